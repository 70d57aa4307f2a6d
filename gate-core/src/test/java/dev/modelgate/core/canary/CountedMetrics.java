package dev.modelgate.core.canary;

import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.TrafficRouter;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.util.List;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * A metrics source that answers each window with counts computed from its number (and, through the
 * router, the canary's share at the time): requests and errors per model, or a timeout when the
 * function gives nothing. Not thread-safe.
 */
final class CountedMetrics implements CanaryMetrics {

  private final IntFunction<@Nullable List<ModelWindowStats>> counts;

  private CountedMetrics(IntFunction<@Nullable List<ModelWindowStats>> counts) {
    this.counts = counts;
  }

  /** Champion and canary statistics of window {@code n}, or null for a timeout. */
  static CountedMetrics of(IntFunction<@Nullable List<ModelWindowStats>> counts) {
    return new CountedMetrics(counts);
  }

  /**
   * {@code requests} per window split at the router's share, each model erring at its rate, the
   * counts rounded down.
   */
  static CountedMetrics rates(TrafficRouter router, long requests, double championRate, double canaryRate) {
    return of(n -> {
      long canary = requests * router.observedSplit().canaryPercent() / 100;
      long champion = requests - canary;
      return List.of(Windows.stats(champion, (long) (champion * championRate), 20, 40, 80),
          Windows.stats(canary, (long) (canary * canaryRate), 20, 40, 80));
    });
  }

  @Override
  public String name() {
    return "counted";
  }

  @Override
  public WindowObservation observe(Window window) {
    List<ModelWindowStats> stats = counts.apply(window.index());
    return stats == null
        ? new WindowObservation.Missing(window, MissingKind.TIMEOUT, "no answer within 10s")
        : new WindowObservation.Observed(window, stats.get(0), stats.get(1));
  }
}
