package dev.modelgate.test;

import dev.modelgate.core.spi.ModelRegistry;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;

/**
 * The contract every {@link ModelRegistry} passes: extend this class, implement {@link
 * #createRegistry(Clock)}, and JUnit runs every rule the gates rely on against your registry.
 *
 * <pre>{@code
 * class MyRegistryTest extends ModelRegistryContract {
 *   @Override
 *   protected ModelRegistry createRegistry(Clock clock) {
 *     return new MyRegistry(freshStorage(), clock);
 *   }
 * }
 * }</pre>
 *
 * <p>The rules, one interface each: {@link RegistrationContract} (version ids, metadata kept
 * exactly), {@link AliasContract} (compare-and-set moves and deletes), {@link AliasHistoryContract}
 * (who moved what, when), {@link TagContract}, {@link NameContract} (unsafe and reserved names
 * refused with the same messages everywhere) and {@link ConcurrencyContract} (many threads
 * promoting against one champion: exactly one wins).
 */
public abstract class ModelRegistryContract
    implements RegistrationContract,
        AliasContract,
        AliasHistoryContract,
        TagContract,
        NameContract,
        ConcurrencyContract {

  /** The first reading of the clock given to each registry. */
  public static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

  private ModelRegistry registry;
  private SteppingClock clock;

  /**
   * For subclasses: the concrete test class of one registry implementation. The registry itself
   * is created before each test, once JUnit has injected the subclass's fields.
   */
  protected ModelRegistryContract() {}

  /**
   * A new, empty registry for one test, taking its times from {@code clock} if it can. Each call
   * must return a registry that shares no state with the ones before.
   */
  protected abstract ModelRegistry createRegistry(Clock clock);

  /**
   * Whether the registry records the times of {@code clock}; override to return {@code false} for
   * a registry whose times come from elsewhere, such as a server.
   */
  @Override
  public boolean recordsClockTime() {
    return true;
  }

  @BeforeEach
  final void createFreshRegistry() {
    clock = SteppingClock.startingAt(START);
    registry = createRegistry(clock);
  }

  @Override
  public final ModelRegistry registry() {
    return registry;
  }

  @Override
  public final SteppingClock clock() {
    return clock;
  }
}
