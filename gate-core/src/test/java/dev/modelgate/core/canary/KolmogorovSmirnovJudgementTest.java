package dev.modelgate.core.canary;

import static dev.modelgate.core.canary.Windows.observed;
import static dev.modelgate.core.canary.Windows.stats;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.internal.canary.WindowJudge;
import dev.modelgate.core.spi.PredictionDistribution.ScoreHistogram;
import dev.modelgate.core.spi.PredictionDistribution.ScoreSample;
import org.junit.jupiter.api.Test;

/** The Kolmogorov–Smirnov check of score samples: each bound the policy sets, with its state. */
class KolmogorovSmirnovJudgementTest {

  private static ScoreSample evenly(int n, double from, double step) {
    double[] scores = new double[n];
    for (int i = 0; i < n; i++) {
      scores[i] = from + i * step;
    }
    return new ScoreSample(scores);
  }

  private static final ScoreSample CHAMPION = evenly(1000, 0, 0.001);
  private static final ScoreSample NEAR = evenly(800, 0.06, 0.00125);
  private static final ScoreSample FAR = evenly(800, 0.05, 0.001);

  private static WindowResult judge(CanaryGate gate, ScoreSample canary) {
    return WindowJudge.judge(gate, observed(stats(1000, 0, CHAMPION), stats(1000, 0, canary)), 1, 20);
  }

  @Test
  void should_pass_scores_within_both_bounds() {
    CanaryGate gate = CanaryGate.builder().clearChecks().kolmogorovSmirnov(0.1, 0.01).build();

    WindowResult window = judge(gate, NEAR);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.PASS);
    assertThat(window.reasons())
        .containsExactly("score KS D = 0.061, p = 0.070: D is at most 0.1 and p is at least 0.01");
    assertThat(window.checks().get(0).observed()).isEqualByComparingTo("0.061");
  }

  @Test
  void should_fail_scores_beyond_a_bound_and_name_each_bounds_state() {
    CanaryGate both = CanaryGate.builder().clearChecks().kolmogorovSmirnov(0.1, 0.01).build();
    CanaryGate distanceOnly = CanaryGate.builder().clearChecks().kolmogorovSmirnov(0.15, null).build();

    assertThat(judge(both, FAR).reasons())
        .containsExactly("score KS D = 0.150, p = 3.5E-9: D is above 0.1 and p is below 0.01");
    assertThat(judge(both, FAR).outcome()).isEqualTo(WindowOutcome.FAIL);
    assertThat(judge(distanceOnly, FAR).reasons())
        .containsExactly("score KS D = 0.150, p = 3.5E-9: D is at most 0.15");
  }

  @Test
  void should_need_score_samples() {
    CanaryGate gate = CanaryGate.builder().clearChecks().kolmogorovSmirnov(0.1, null).build();
    ScoreHistogram histogram = new ScoreHistogram(new double[] {0.5, 1}, new long[] {500, 1000});

    WindowResult window = WindowJudge.judge(gate, observed(stats(1000, 0, histogram), stats(1000, 0, histogram)), 1, 20);

    assertThat(window.outcome()).isEqualTo(WindowOutcome.INCONCLUSIVE);
    assertThat(window.reasons())
        .containsExactly("the KS check needs score samples, but the models report ScoreHistogram");
  }
}
