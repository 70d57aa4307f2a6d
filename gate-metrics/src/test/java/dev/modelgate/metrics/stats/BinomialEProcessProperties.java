package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of the e-process: non-negative, monotone in canary events, and at most α false alarms. */
class BinomialEProcessProperties {

  private static final String SEED = "20250301";

  /** One window: canary events, total events, canary share. */
  record Window(long canary, long total, double share) {}

  @Provide
  Arbitrary<List<Window>> windows() {
    Arbitrary<Window> window = Combinators.combine(
            Arbitraries.longs().between(0, 5_000), Arbitraries.doubles().between(0, 1),
            Arbitraries.doubles().between(0.01, 0.99))
        .as((total, at, share) -> new Window((long) Math.floor(at * total), total, share));
    return window.list().ofMinSize(1).ofMaxSize(12);
  }

  private static BinomialEProcess run(double margin, List<Window> windows) {
    BinomialEProcess process = BinomialEProcess.start(margin);
    for (Window w : windows) {
      process = process.observe(w.canary(), w.total(), w.share());
    }
    return process;
  }

  @Property(seed = SEED)
  void should_keep_the_e_value_at_least_zero_and_its_log_finite(
      @ForAll("windows") List<Window> windows, @ForAll @DoubleRange(min = 0, max = 2) double margin) {
    BinomialEProcess process = run(margin, windows);

    assertThat(process.eValue()).isNotNaN().isGreaterThanOrEqualTo(0.0);
    assertThat(process.logEValue()).isFinite();
    assertThat(process.pValue()).isBetween(0.0, 1.0);
  }

  @Property(seed = SEED)
  void should_grow_with_each_event_moved_from_the_champion_to_the_canary(
      @ForAll("windows") List<Window> windows, @ForAll @DoubleRange(min = 0, max = 2) double margin) {
    Window last = windows.get(windows.size() - 1);
    BinomialEProcess before = run(margin, windows.subList(0, windows.size() - 1));
    BinomialEProcess fewer = before.observe(Math.max(0, last.canary() - 1), last.total(), last.share());
    BinomialEProcess more = before.observe(last.canary(), last.total(), last.share());

    assertThat(more.logEValue()).isGreaterThanOrEqualTo(fewer.logEValue());
  }

  @Property(seed = SEED)
  void should_reject_at_every_larger_alpha_once_it_rejects_at_one(
      @ForAll("windows") List<Window> windows, @ForAll @DoubleRange(min = 0.01, max = 0.5) double alpha) {
    BinomialEProcess process = run(0, windows);

    if (process.rejects(alpha)) {
      assertThat(process.rejects(Math.min(0.999, alpha * 1.5))).isTrue();
      assertThat(process.pValue()).isLessThanOrEqualTo(alpha * (1 + 1e-9));
    }
  }

  /**
   * Healthy canaries at the boundary of the null hypothesis: every error lands on the canary with
   * probability π₀ and the process is checked after every error (so after every request) for 1,500
   * errors; the share of runs that ever reach 1/α stays within α plus three standard errors.
   */
  @Property(tries = 25, seed = SEED)
  void should_falsely_reject_at_most_alpha_of_healthy_runs_checked_after_every_error(
      @ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 2) long seed,
      @ForAll @DoubleRange(min = 0.05, max = 0.8) double share,
      @ForAll @DoubleRange(min = 0, max = 0.5) double margin,
      @ForAll("alphas") double alpha) {
    SplittableRandom random = new SplittableRandom(seed);
    double nullShare = share * (1 + margin) / (1 + share * margin);
    int runs = 400;
    int rejected = 0;
    for (int run = 0; run < runs; run++) {
      BinomialEProcess process = BinomialEProcess.start(margin);
      for (int error = 0; error < 1_500 && !process.rejects(alpha); error++) {
        process = process.observe(random.nextDouble() < nullShare ? 1 : 0, 1, share);
      }
      rejected += process.rejects(alpha) ? 1 : 0;
    }

    double rate = (double) rejected / runs;
    assertThat(rate).isLessThanOrEqualTo(alpha + 3 * Math.sqrt(alpha * (1 - alpha) / runs));
  }

  @Provide
  Arbitrary<Double> alphas() {
    return Arbitraries.of(0.01, 0.05, 0.1, 0.2);
  }
}
