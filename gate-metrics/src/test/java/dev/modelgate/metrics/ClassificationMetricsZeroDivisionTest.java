package dev.modelgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * Hand-computed values of every metric at 0/0 under each policy. scikit-learn 1.2.1 has no {@code
 * zero_division=np.nan}, so {@link ZeroDivision#NAN} is checked here against the behaviour
 * documented for scikit-learn 1.3 and later: 0/0 is NaN and averages leave NaN classes out.
 */
class ClassificationMetricsZeroDivisionTest {

  private static final double EPS = 1e-15;

  /**
   * Five classes: c is truly present but never predicted (precision 0/0), d is predicted but never
   * true (recall 0/0), e is neither (both 0/0, and F 0/0).
   */
  private static final ConfusionMatrix MATRIX =
      ConfusionMatrix.ofCounts(
          LabelDictionary.of("a", "b", "c", "d", "e"),
          new double[][] {
            {3, 1, 0, 1, 0},
            {2, 4, 0, 0, 0},
            {1, 0, 0, 0, 0},
            {0, 0, 0, 0, 0},
            {0, 0, 0, 0, 0}
          });

  @Test
  void should_give_each_undefined_class_the_policy_value() {
    for (ZeroDivision policy : ZeroDivision.values()) {
      ClassificationMetrics m = ClassificationMetrics.of(MATRIX, policy);
      double z = policy.value();

      assertThat(m.precisionPerClass()).containsExactly(0.5, 0.8, z, 0.0, z);
      assertThat(m.recallPerClass()).containsExactly(0.6, 4.0 / 6, 0.0, z, z);
      assertThat(m.f1PerClass()).containsExactly(6.0 / 11, 8.0 / 11, 0.0, 0.0, z);
      assertThat(m.fBetaPerClass(2)).containsExactly(15.0 / 26, 20.0 / 29, 0.0, 0.0, z);
    }
  }

  @Test
  void should_leave_nan_classes_out_of_macro_and_weighted_averages() {
    ClassificationMetrics m = ClassificationMetrics.of(MATRIX, ZeroDivision.NAN);

    assertThat(m.precision(Average.MACRO)).isCloseTo((0.5 + 0.8 + 0) / 3, within(EPS));
    assertThat(m.precision(Average.WEIGHTED)).isCloseTo((0.5 * 5 + 0.8 * 6) / 11, within(EPS));
    assertThat(m.recall(Average.MACRO)).isCloseTo((0.6 + 4.0 / 6 + 0) / 3, within(EPS));
    assertThat(m.recall(Average.WEIGHTED)).isCloseTo(7.0 / 12, within(EPS));
    assertThat(m.f1(Average.MACRO)).isCloseTo((6.0 / 11 + 8.0 / 11) / 4, within(EPS));
    assertThat(m.f1(Average.WEIGHTED)).isCloseTo((30.0 / 11 + 48.0 / 11) / 12, within(EPS));
  }

  @Test
  void should_average_policy_values_like_any_other_under_zero_and_one() {
    ClassificationMetrics zero = ClassificationMetrics.of(MATRIX, ZeroDivision.ZERO);
    ClassificationMetrics one = ClassificationMetrics.of(MATRIX, ZeroDivision.ONE);

    assertThat(zero.precision(Average.MACRO)).isCloseTo(1.3 / 5, within(EPS));
    assertThat(one.precision(Average.MACRO)).isCloseTo(3.3 / 5, within(EPS));
    assertThat(zero.precision(Average.WEIGHTED)).isCloseTo(7.3 / 12, within(EPS));
    assertThat(one.precision(Average.WEIGHTED)).isCloseTo(8.3 / 12, within(EPS));
    assertThat(one.recall(Average.MACRO)).isCloseTo((0.6 + 4.0 / 6 + 0 + 1 + 1) / 5, within(EPS));
    assertThat(one.f1(Average.MACRO)).isCloseTo((14.0 / 11 + 1) / 5, within(EPS));
  }

  @Test
  void should_never_need_the_policy_for_micro_averages_accuracy_and_balanced_accuracy() {
    for (ZeroDivision policy : ZeroDivision.values()) {
      ClassificationMetrics m = ClassificationMetrics.of(MATRIX, policy);

      assertThat(m.accuracy()).isEqualTo(7.0 / 12);
      assertThat(m.precision(Average.MICRO)).isEqualTo(7.0 / 12);
      assertThat(m.recall(Average.MICRO)).isEqualTo(7.0 / 12);
      assertThat(m.f1(Average.MICRO)).isEqualTo(7.0 / 12);
      assertThat(m.balancedAccuracy()).isCloseTo((0.6 + 4.0 / 6 + 0) / 3, within(EPS));
    }
  }

  @Test
  void should_fall_back_to_the_unweighted_mean_when_the_classes_left_have_no_support() {
    // every row is truly class 0 and predicted as class 1: precision of 0 is 0/0, of 1 is 0/4
    ConfusionMatrix matrix = ConfusionMatrix.ofCounts(
        LabelDictionary.indices(2), new double[][] {{0, 4}, {0, 0}});

    assertThat(ClassificationMetrics.of(matrix, ZeroDivision.NAN).precision(Average.WEIGHTED))
        .isEqualTo(0.0);
    assertThat(ClassificationMetrics.of(matrix, ZeroDivision.ONE).precision(Average.WEIGHTED))
        .isEqualTo(1.0);
    assertThat(ClassificationMetrics.of(matrix, ZeroDivision.NAN).recall(1)).isNaN();
    assertThat(ClassificationMetrics.of(matrix, ZeroDivision.NAN).f1(1)).isEqualTo(0.0);
  }

  @Test
  void should_make_matthews_correlation_nan_only_under_nan_when_a_variance_is_zero() {
    ConfusionMatrix constant = ConfusionMatrix.binary(0, 0, 3, 7); // nothing predicted positive

    assertThat(ClassificationMetrics.of(constant, ZeroDivision.ZERO).matthewsCorrelation())
        .isEqualTo(0.0);
    assertThat(ClassificationMetrics.of(constant, ZeroDivision.ONE).matthewsCorrelation())
        .isEqualTo(0.0);
    assertThat(ClassificationMetrics.of(constant, ZeroDivision.NAN).matthewsCorrelation()).isNaN();
  }

  @Test
  void should_give_binary_f_beta_the_policy_value_only_when_truth_and_predictions_are_empty() {
    ConfusionMatrix allNegative = ConfusionMatrix.binary(0, 0, 0, 10);

    ClassificationMetrics nan = ClassificationMetrics.of(allNegative, ZeroDivision.NAN);
    assertThat(nan.precision(1)).isNaN();
    assertThat(nan.recall(1)).isNaN();
    assertThat(nan.f1(1)).isNaN();
    assertThat(nan.fBeta(Double.POSITIVE_INFINITY, 1)).isNaN();
    assertThat(ClassificationMetrics.of(allNegative, ZeroDivision.ONE).f1(1)).isEqualTo(1.0);
    assertThat(ClassificationMetrics.of(allNegative).f1(1)).isEqualTo(0.0);
    assertThat(ClassificationMetrics.of(allNegative).zeroDivision()).isEqualTo(ZeroDivision.ZERO);
  }

  @Test
  void should_treat_an_infinite_beta_as_recall_and_a_huge_one_without_overflow() {
    ClassificationMetrics m = ClassificationMetrics.of(ConfusionMatrix.binary(3, 1, 2, 4));

    assertThat(m.fBeta(Double.POSITIVE_INFINITY, 1)).isEqualTo(m.recall(1));
    assertThat(m.fBeta(1e200, 1)).isEqualTo(m.recall(1));
    assertThat(m.fBeta(1e-200, 1)).isEqualTo(m.precision(1));
  }

  @Test
  void should_return_nan_only_when_every_class_is_nan() {
    assertThat(ClassAverages.macro(new double[] {Double.NaN, Double.NaN})).isNaN();
    assertThat(ClassAverages.weighted(new double[] {Double.NaN}, new double[] {3})).isNaN();
    assertThat(ClassAverages.weighted(new double[] {Double.NaN, 0.5}, new double[] {3, 1}))
        .isEqualTo(0.5);
  }
}
