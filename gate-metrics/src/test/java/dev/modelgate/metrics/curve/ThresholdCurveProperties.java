package dev.modelgate.metrics.curve;

import static dev.modelgate.metrics.curve.CloseTo.assertCloseTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ThresholdCurveProperties {

  @Provide
  Arbitrary<ScoredRows> onGrid() {
    return ScoredRows.onGrid();
  }

  @Provide
  Arbitrary<ScoredRows> anywhere() {
    return ScoredRows.anywhere();
  }

  @Property(seed = ScoredRows.SEED)
  void should_have_strictly_decreasing_thresholds_and_monotone_counts(
      @ForAll("anywhere") ScoredRows rows) {
    ThresholdCurve curve = rows.curve();
    double[] t = curve.thresholds();
    double[] tp = curve.truePositives();
    double[] fp = curve.falsePositives();

    for (int i = 1; i < t.length; i++) {
      assertThat(t[i]).isLessThan(t[i - 1]);
      assertThat(tp[i]).isGreaterThanOrEqualTo(tp[i - 1]);
      assertThat(fp[i]).isGreaterThanOrEqualTo(fp[i - 1]);
      assertThat(tp[i] + fp[i]).isGreaterThan(tp[i - 1] + fp[i - 1]);
    }
    assertThat(t).hasSize((int) Arrays.stream(rows.scores()).map(s -> s + 0.0).distinct().count());
    assertThat(curve.positives() + curve.negatives()).isEqualTo(rows.rows().size());
  }

  @Property(seed = ScoredRows.SEED)
  void should_keep_precision_recall_f1_and_areas_within_zero_and_one(
      @ForAll("anywhere") ScoredRows rows) {
    ThresholdCurve curve = rows.curve();

    assertWithinUnit(curve.precision(), "precision");
    assertWithinUnit(curve.recall(), "recall");
    assertWithinUnit(curve.f1(), "f1");
    if (curve.positives() > 0 && curve.negatives() > 0) {
      assertThat(curve.rocAuc()).isBetween(0.0, 1.0);
    }
    if (curve.positives() > 0) {
      assertThat(curve.averagePrecision()).isBetween(0.0, 1.0);
    }
  }

  @Property(seed = ScoredRows.SEED)
  void should_equal_mann_whitney_u_over_pairs(@ForAll("anywhere") ScoredRows rows) {
    double u = 0;
    long pairs = 0;
    for (ScoredRows.Row p : rows.rows()) {
      for (ScoredRows.Row n : rows.rows()) {
        if (p.positive() && !n.positive()) {
          pairs++;
          u += p.score() > n.score() ? 1 : p.score() == n.score() ? 0.5 : 0;
        }
      }
    }

    double auc = rows.curve().rocAuc();

    if (pairs == 0) {
      assertThat(auc).isNaN();
    } else {
      assertThat(auc).isEqualTo(u / pairs);
    }
  }

  @Property(seed = ScoredRows.SEED)
  void should_keep_auc_under_a_strictly_increasing_transform_of_scores(
      @ForAll("onGrid") ScoredRows rows) {
    ScoredRows cubed = rows.mapScores(x -> x * x * x + 3 * x - 7);
    ScoredRows scaled = rows.mapScores(x -> Math.scalb(x, 40));

    assertSameValue(cubed.curve().rocAuc(), rows.curve().rocAuc());
    assertSameValue(scaled.curve().rocAuc(), rows.curve().rocAuc());
    assertSameValue(cubed.curve().averagePrecision(), rows.curve().averagePrecision());
  }

  @Property(seed = ScoredRows.SEED)
  void should_not_depend_on_row_order(@ForAll("anywhere") ScoredRows rows, @ForAll long seed) {
    ScoredRows shuffled = rows.shuffled(seed);

    assertThat(shuffled.curve()).isEqualTo(rows.curve());
    assertSameValue(shuffled.curve().rocAuc(), rows.curve().rocAuc());
    if (rows.anyWeight()) {
      ThresholdCurve weighted = ThresholdCurve.of(rows.truth(), rows.scores(), rows.weights());
      ThresholdCurve weightedShuffled =
          ThresholdCurve.of(shuffled.truth(), shuffled.scores(), shuffled.weights());
      assertThat(weightedShuffled).isEqualTo(weighted);
      assertCloseTo(weightedShuffled.rocAuc(), weighted.rocAuc(), "weighted AUC");
    }
  }

  @Property(seed = ScoredRows.SEED)
  void should_weigh_a_row_by_w_as_w_copies_of_it(@ForAll("anywhere") ScoredRows rows) {
    Assume.that(rows.anyWeight());
    ThresholdCurve weighted = ThresholdCurve.of(rows.truth(), rows.scores(), rows.weights());
    ThresholdCurve repeated = rows.repeatedByWeight().curve();

    assertThat(weighted.weighted()).isTrue();
    assertThat(weighted.thresholds()).containsExactly(repeated.thresholds());
    assertThat(weighted.truePositives()).containsExactly(repeated.truePositives());
    assertThat(weighted.falsePositives()).containsExactly(repeated.falsePositives());
    assertCloseTo(weighted.rocAuc(), repeated.rocAuc(), "AUC");
    assertCloseTo(weighted.averagePrecision(), repeated.averagePrecision(), "AP");
  }

  /** Equal as {@link Double#equals}: NaN is the same value as NaN. */
  private static void assertSameValue(double actual, double expected) {
    assertThat(Double.valueOf(actual)).isEqualTo(Double.valueOf(expected));
  }

  private static void assertWithinUnit(double[] values, String what) {
    for (int i = 0; i < values.length; i++) {
      assertThat(values[i]).as(what + "[" + i + "]").isBetween(0.0, 1.0);
    }
  }
}
