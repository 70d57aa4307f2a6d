package dev.modelgate.core;

import static dev.modelgate.core.PairedSamples.BAD;
import static dev.modelgate.core.PairedSamples.GOOD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Invariants of {@code withConfidence}, for any joint table of champion and candidate. */
class ConfidenceProperties {

  /** Few resamples keep the properties fast; the rules do not depend on B. */
  private static final Confidence QUICK = Confidence.of(0.95).withResamples(200);

  @Provide
  Arbitrary<PairedSamples> tables() {
    return Arbitraries.integers().between(0, 40).list().ofSize(8).map(ConfidenceProperties::rows);
  }

  @Provide
  Arbitrary<Metric> compared() {
    return Arbitraries.of(Confidence.pairedMetrics());
  }

  /** The eight cells (truth, champion, candidate) with the counts given, plus one right row of each class. */
  private static PairedSamples rows(List<Integer> counts) {
    String[] labels = {BAD, GOOD};
    Object[] cells = new Object[4 * 10];
    int c = 0;
    for (int cell = 0; cell < 8; cell++) {
      cells[c++] = counts.get(cell);
      cells[c++] = labels[cell >> 2];
      cells[c++] = labels[(cell >> 1) & 1];
      cells[c++] = labels[cell & 1];
    }
    Object[] anchors = {1, BAD, BAD, BAD, 1, GOOD, GOOD, GOOD};
    System.arraycopy(anchors, 0, cells, c, anchors.length);
    return PairedSamples.rows(cells);
  }

  private static ChampionChallengerVerdict decide(Metric compareOn, Confidence confidence, PairedSamples samples) {
    return ConfidenceGateTest.decide(g -> g.compareOn(compareOn).withConfidence(confidence), samples);
  }

  @Property(tries = 150)
  void should_promote_exactly_when_strictly_better_and_the_lower_bound_lies_above_zero(
      @ForAll("compared") Metric compareOn, @ForAll("tables") PairedSamples samples) {
    ChampionChallengerVerdict verdict = decide(compareOn, QUICK, samples);

    MetricInterval interval = verdict.paired().improvement();
    boolean confident = interval.defined() && interval.lower().value().signum() > 0;
    assertThat(verdict.promoted()).isEqualTo(verdict.checks().get(0).passed() && confident);
  }

  @Property(tries = 100)
  void should_hold_identical_models_on_any_metric(
      @ForAll("compared") Metric compareOn, @ForAll("tables") PairedSamples samples) {
    PairedSamples identical = new PairedSamples(samples.champion(), samples.champion());

    ChampionChallengerVerdict verdict = decide(compareOn, QUICK, identical);

    assertThat(verdict.decision()).isEqualTo(PromotionDecision.HOLD);
    assertThat(verdict.paired().mcnemar().discordant()).isZero();
  }

  @Property(tries = 50)
  void should_give_the_same_intervals_and_decision_for_the_same_evidence_and_seed(
      @ForAll("compared") Metric compareOn, @ForAll("tables") PairedSamples samples) {
    ChampionChallengerVerdict first = decide(compareOn, QUICK, samples);
    ChampionChallengerVerdict second = decide(compareOn, QUICK, samples);

    assertThat(second.paired()).isEqualTo(first.paired());
    assertThat(second.reasons()).isEqualTo(first.reasons());
  }

  @Property(tries = 50)
  void should_decide_by_the_plain_strict_rule_without_confidence_and_still_show_the_interval(
      @ForAll("compared") Metric compareOn, @ForAll("tables") PairedSamples samples) {
    ChampionChallengerVerdict verdict = ConfidenceGateTest.decide(g -> g.compareOn(compareOn), samples);

    assertThat(verdict.promoted()).isEqualTo(verdict.checks().get(0).passed());
    assertThat(verdict.checks()).hasSize(1);
    assertThat(verdict.paired().improvement().metric()).isEqualTo(compareOn);
  }
}
