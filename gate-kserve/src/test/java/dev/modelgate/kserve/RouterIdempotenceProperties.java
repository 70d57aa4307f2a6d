package dev.modelgate.kserve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.jspecify.annotations.Nullable;

/**
 * Whatever sequence of operations the analysis runs, the router sends a patch exactly when the
 * field changes, and the field ends as the last operation asked.
 */
class RouterIdempotenceProperties {

  /** One router operation and the value of canaryTrafficPercent it asks for (null: absent). */
  record Operation(String label, @Nullable Integer target) {

    void applyTo(KServeTrafficRouter router) {
      switch (label) {
        case "promote" -> router.promoteCanary();
        case "rollback" -> router.rollback();
        default -> router.setCanaryShare(Objects.requireNonNull(target));
      }
    }
  }

  private MockKServe kserve;
  private KServeTrafficRouter router;

  @BeforeProperty
  void start() {
    kserve = new MockKServe();
    kserve.create("inferenceservice-canary.json");
    router = kserve.router();
  }

  @AfterProperty
  void stop() {
    kserve.close();
  }

  @Property(tries = 25)
  void should_patch_exactly_when_the_field_changes(@ForAll("operations") List<Operation> operations) {
    router.setCanaryShare(20);
    kserve.takeRequests();
    Integer current = 20;

    for (Operation operation : operations) {
      operation.applyTo(router);

      int expectedPatches = Objects.equals(current, operation.target()) ? 0 : 1;
      assertThat(kserve.takePatches()).as("%s after %s", operation, current).hasSize(expectedPatches);
      current = operation.target();
    }
    assertThat(kserve.storedPredictor().get("canaryTrafficPercent")).isEqualTo(current);
  }

  @Provide
  Arbitrary<List<Operation>> operations() {
    Arbitrary<Operation> share =
        Arbitraries.of(0, 1, 20, 50, 99, 100).map(p -> new Operation("share " + p, p));
    Arbitrary<Operation> operation =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, share),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(new Operation("promote", null))),
            net.jqwik.api.Tuple.of(1, Arbitraries.just(new Operation("rollback", 0))));
    return operation.list().ofMinSize(1).ofMaxSize(10);
  }
}
