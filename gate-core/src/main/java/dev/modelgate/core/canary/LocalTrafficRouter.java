package dev.modelgate.core.canary;

import dev.modelgate.core.spi.TrafficRouter;
import dev.modelgate.core.spi.TrafficSplit;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TrafficRouter} for applications that route requests themselves: {@link #route()} says
 * which model serves the next request, by the canary's current share. Changes take effect at once,
 * so {@link #observedSplit()} is always ready.
 *
 * <p>{@link #counting(String)} spreads the canary's requests evenly and exactly (at 20 %, every
 * fifth request); {@link #random(String, RandomGenerator)} draws each request from the generator,
 * which a test seeds. After {@link #promoteCanary()} every request goes to the canary, after {@link
 * #rollback()} none. Thread-safe.
 */
public final class LocalTrafficRouter implements TrafficRouter {

  private final String name;
  private final @Nullable RandomGenerator random;
  private final AtomicLong requests = new AtomicLong();
  private volatile int canaryPercent;

  private LocalTrafficRouter(String name, @Nullable RandomGenerator random) {
    this.name = Objects.requireNonNull(name, "name");
    this.random = random;
  }

  /** A router that sends exactly the canary's share of every 100 requests, evenly spread. */
  public static LocalTrafficRouter counting(String name) {
    return new LocalTrafficRouter(name, null);
  }

  /** A router that draws each request from {@code random}; calls on it are synchronized. */
  public static LocalTrafficRouter random(String name, RandomGenerator random) {
    return new LocalTrafficRouter(name, Objects.requireNonNull(random, "random"));
  }

  /** Which model serves the next request. */
  public ModelRole route() {
    int percent = canaryPercent;
    if (random != null) {
      int draw;
      synchronized (random) {
        draw = random.nextInt(100);
      }
      return draw < percent ? ModelRole.CANARY : ModelRole.CHAMPION;
    }
    long n = requests.getAndIncrement();
    return (n + 1) * percent / 100 > n * percent / 100 ? ModelRole.CANARY : ModelRole.CHAMPION;
  }

  /** The canary's current share in percent. */
  public int canaryPercent() {
    return canaryPercent;
  }

  @Override
  public String name() {
    return "local:" + name;
  }

  @Override
  public void setCanaryShare(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException("percent = " + percent + " is not a share between 0 and 100");
    }
    canaryPercent = percent;
  }

  @Override
  public void promoteCanary() {
    canaryPercent = 100;
  }

  @Override
  public void rollback() {
    canaryPercent = 0;
  }

  @Override
  public TrafficSplit observedSplit() {
    return new TrafficSplit(canaryPercent, true);
  }
}
