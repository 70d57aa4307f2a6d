package dev.modelgate.core.canary;

import static dev.modelgate.core.canary.Windows.observed;
import static dev.modelgate.core.canary.Windows.stats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.internal.canary.WindowJudge;
import dev.modelgate.core.spi.PredictionDistribution;
import dev.modelgate.core.spi.PredictionDistribution.ClassCounts;
import dev.modelgate.core.spi.PredictionDistribution.ScoreHistogram;
import dev.modelgate.core.spi.PredictionDistribution.ScoreSample;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The prediction-distribution checks of a window: PSI with its tiers, chi-square, and unusable data. */
class DistributionJudgementTest {

  private static final CanaryGate PSI = CanaryGate.builder().clearChecks().maxPsi(0.25).build();
  private static final CanaryGate CHI_SQUARE = CanaryGate.builder().clearChecks().chiSquare(0.01).build();

  private static WindowResult judge(CanaryGate gate, PredictionDistribution champion, PredictionDistribution canary) {
    return WindowJudge.judge(gate, observed(stats(1000, 0, champion), stats(1000, 0, canary)), 1, 20);
  }

  private static ClassCounts classes(long a, long b) {
    return new ClassCounts(Map.of("a", a, "b", b));
  }

  @Test
  void should_pass_stable_predictions() {
    WindowResult window = judge(PSI, classes(500, 500), classes(500, 500));

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(window.reasons()).containsExactly("prediction PSI 0.000 is at most 0.25 (stable up to 0.1)");
    assertThat(window.checks().get(0).warning()).isFalse();
  }

  @Test
  void should_pass_a_moderate_shift_with_a_warning() {
    WindowResult window = judge(PSI, classes(500, 500), classes(700, 300));

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(window.reasons()).containsExactly("prediction PSI 0.169 is at most 0.25 but above 0.1: a moderate shift");
    assertThat(window.checks().get(0).warning()).isTrue();
    assertThat(window.checks().get(0).observed().doubleValue()).isCloseTo(0.16945957207744072, within());
  }

  @Test
  void should_fail_predictions_that_shifted() {
    WindowResult window = judge(PSI, classes(500, 500), classes(900, 100));

    assertThat(window.outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(window.reasons()).containsExactly("prediction PSI 0.879 is above 0.25: the predictions shifted");
  }

  @Test
  void should_report_a_moderate_shift_among_the_reasons_of_a_failed_window() {
    CanaryGate gate = CanaryGate.builder().clearChecks().maxErrorRate(0.001).maxPsi(0.25).build();

    WindowResult window = WindowJudge.judge(
        gate, observed(stats(1000, 0, classes(500, 500)), stats(1000, 5, classes(700, 300))), 1, 20);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(window.reasons()).containsExactly(
        "canary error rate 0.0050 (5 of 1000) is above 0.001",
        "prediction PSI 0.169 is at most 0.25 but above 0.1: a moderate shift");
  }

  @Test
  void should_pass_class_rates_that_do_not_differ_significantly() {
    WindowResult window = judge(CHI_SQUARE, new ClassCounts(Map.of("a", 500L, "b", 300L, "c", 200L)),
        new ClassCounts(Map.of("a", 450L, "b", 330L, "c", 220L)));

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(window.checks().get(0).pValue().doubleValue()).isCloseTo(0.08157228949885938, within());
    assertThat(window.reasons())
        .containsExactly("class rates chi-square 5.013 with 2 degrees of freedom, p = 0.082 is at least 0.01");
  }

  @Test
  void should_fail_class_rates_that_differ_significantly() {
    WindowResult window = judge(CHI_SQUARE, new ClassCounts(Map.of("a", 500L, "b", 300L, "c", 200L)),
        new ClassCounts(Map.of("a", 300L, "b", 300L, "c", 400L)));

    assertThat(window.outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(window.reasons())
        .containsExactly("class rates chi-square 116.667 with 2 degrees of freedom, p = 4.6E-26 is below 0.01");
  }

  @Test
  void should_be_inconclusive_on_predictions_it_cannot_compare() {
    ScoreSample scores = new ScoreSample(new double[] {0.1, 0.2});
    ScoreHistogram histogram = new ScoreHistogram(new double[] {0.5, 1}, new long[] {3, 4});
    ScoreHistogram otherBuckets = new ScoreHistogram(new double[] {0.4, 1}, new long[] {3, 4});

    assertThat(judge(PSI, scores, classes(1, 1)).reasons()).containsExactly(
        "the PSI check needs the same kind of predictions from both models: champion ScoreSample, canary ClassCounts");
    assertThat(judge(PSI, histogram, otherBuckets).reasons())
        .containsExactly("the PSI check needs the same histogram buckets for both models");
    assertThat(judge(PSI, classes(1, 1), classes(0, 0)).reasons())
        .containsExactly("the canary's predictions are empty, so the PSI check cannot be judged");
    assertThat(judge(CHI_SQUARE, scores, scores).reasons())
        .containsExactly("the chi-square check needs class counts, but the models report ScoreSample");
    assertThat(judge(CHI_SQUARE, scores, scores).outcome()).isEqualTo(WindowOutcome.INCONCLUSIVE);
  }

  @Test
  void should_compute_psi_over_the_buckets_of_histograms() {
    ScoreHistogram champion = new ScoreHistogram(new double[] {0.5, Double.POSITIVE_INFINITY}, new long[] {500, 1000});
    ScoreHistogram canary = new ScoreHistogram(new double[] {0.5, Double.POSITIVE_INFINITY}, new long[] {900, 1000});

    assertThat(judge(PSI, champion, canary).reasons())
        .containsExactly("prediction PSI 0.879 is above 0.25: the predictions shifted");
  }

  private static Offset<Double> within() {
    return Offset.offset(1e-9);
  }
}
