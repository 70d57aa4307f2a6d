package dev.modelgate.metrics.curve;

import static dev.modelgate.metrics.curve.CloseTo.assertCloseTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test against scikit-learn 1.2.1, at 1e-12 relative, on the cases written by {@code
 * gen_curve_fixtures.py}: random scores, ties, all-equal scores, a single positive, weights with
 * zeros, unbounded scores, three classes, no positives, no negatives, signed zeros, huge scores.
 */
class ThresholdCurveMatchesSklearnTest {

  static List<SklearnCurveCase> cases() {
    return SklearnCurveCase.all();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void should_have_sklearn_thresholds_and_cumulative_counts(SklearnCurveCase c) {
    ThresholdCurve curve = c.curve();

    assertThat(curve.thresholds()).containsExactly(c.doubles("clf/thresholds"));
    assertCloseTo(curve.truePositives(), c.doubles("clf/tps"), "tps");
    assertCloseTo(curve.falsePositives(), c.doubles("clf/fps"), "fps");
    assertThat(curve.weighted()).isEqualTo(c.weighted());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void should_return_precision_recall_curve_as_sklearn_1_2_1(SklearnCurveCase c) {
    PrecisionRecallCurve pr = c.curve().precisionRecallCurve();

    assertCloseTo(pr.precision(), c.doubles("pr/precision"), "precision");
    assertCloseTo(pr.recall(), c.doubles("pr/recall"), "recall");
    assertThat(pr.thresholds()).containsExactly(c.doubles("pr/thresholds"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void should_return_roc_curve_as_sklearn_but_start_at_infinity_not_max_plus_one(
      SklearnCurveCase c) {
    RocCurve roc = c.curve().rocCurve();
    double[] expected = c.doubles("roc/thresholds");
    double max = Arrays.stream(c.scores()).max().orElseThrow();

    assertCloseTo(roc.fpr(), c.doubles("roc/fpr"), "fpr");
    assertCloseTo(roc.tpr(), c.doubles("roc/tpr"), "tpr");
    assertThat(expected[0]).as("scikit-learn 1.2.1 starts at max + 1").isEqualTo(max + 1);
    assertThat(roc.thresholds()[0]).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(Arrays.copyOfRange(roc.thresholds(), 1, expected.length))
        .containsExactly(Arrays.copyOfRange(expected, 1, expected.length));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void should_match_roc_auc_and_be_nan_where_sklearn_raises(SklearnCurveCase c) {
    double auc = c.curve().rocAuc();

    if (c.has("roc_auc")) {
      assertCloseTo(auc, c.number("roc_auc"), "roc_auc");
    } else {
      assertThat(c.json().get("roc_auc_error").asText())
          .isEqualTo("Only one class present in y_true. ROC AUC score is not defined in that case.");
      assertThat(auc).isNaN();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void should_match_average_precision_and_be_nan_where_sklearn_returns_zero_without_positives(
      SklearnCurveCase c) {
    ThresholdCurve curve = c.curve();

    if (curve.positives() == 0) {
      assertThat(c.number("average_precision")).isZero();
      assertThat(curve.averagePrecision()).isNaN();
    } else {
      assertCloseTo(curve.averagePrecision(), c.number("average_precision"), "AP");
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void should_match_sklearn_precision_recall_and_f1_scores_at_each_threshold(SklearnCurveCase c) {
    ThresholdCurve curve = c.curve();
    if (!c.has("at_threshold")) {
      assertThat(c.scores()).as("only the large case skips per-threshold scores").hasSize(1000);
      return;
    }

    assertCloseTo(curve.precision(), c.doubles("at_threshold/precision"), "precision_score");
    assertCloseTo(curve.recall(), c.doubles("at_threshold/recall"), "recall_score");
    assertCloseTo(curve.f1(), c.doubles("at_threshold/f1"), "f1_score");
  }

  @ParameterizedTest
  @MethodSource("cases")
  void should_build_the_same_curve_from_booleans_and_from_class_indices(SklearnCurveCase c) {
    ThresholdCurve fromBooleans = c.weighted()
        ? ThresholdCurve.of(c.positives(), c.scores(), c.doubles("weights"))
        : ThresholdCurve.of(c.positives(), c.scores());

    assertThat(fromBooleans).isEqualTo(c.curve());
  }
}
