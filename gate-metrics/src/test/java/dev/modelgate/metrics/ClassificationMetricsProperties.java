package dev.modelgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

/** Laws every matrix obeys: ranges, the harmonic mean, and independence from row order. */
class ClassificationMetricsProperties {

  @Provide
  Arbitrary<RandomRows> rows() {
    return RandomRows.arbitrary();
  }

  @Property(seed = "20240621", tries = 300)
  void precision_recall_and_f_scores_lie_between_zero_and_one(
      @ForAll("rows") RandomRows rows, @ForAll ZeroDivision policy) {
    ClassificationMetrics m = metrics(rows, policy);
    Assume.that(m != null);

    for (double[] perClass : new double[][] {
        m.precisionPerClass(), m.recallPerClass(), m.f1PerClass(), m.fBetaPerClass(0.5),
        m.fBetaPerClass(3)}) {
      for (double v : perClass) {
        if (Double.isNaN(v)) {
          assertThat(policy).isEqualTo(ZeroDivision.NAN);
        } else {
          assertThat(v).isBetween(0.0, 1.0);
        }
      }
    }
    for (Average average : Average.values()) {
      assertThat(m.precision(average)).isBetween(0.0, 1.0);
      assertThat(m.recall(average)).isBetween(0.0, 1.0);
      assertThat(m.f1(average)).isBetween(0.0, 1.0);
      assertThat(m.fBeta(2, average)).isBetween(0.0, 1.0);
    }
    assertThat(m.accuracy()).isBetween(0.0, 1.0);
    assertThat(m.balancedAccuracy()).isBetween(0.0, 1.0);
  }

  @Property(seed = "20240622", tries = 300)
  void f1_is_the_harmonic_mean_of_precision_and_recall_where_both_are_defined(
      @ForAll("rows") RandomRows rows) {
    ClassificationMetrics m = metrics(rows, ZeroDivision.NAN);
    Assume.that(m != null);

    for (int c = 0; c < rows.k(); c++) {
      double p = m.precision(c);
      double r = m.recall(c);
      if (!Double.isNaN(p) && !Double.isNaN(r) && p + r > 0) {
        assertThat(m.f1(c)).isCloseTo(2 * p * r / (p + r), within(1e-12));
      }
    }
  }

  @Property(seed = "20240623", tries = 300)
  void matthews_correlation_lies_between_minus_one_and_one(@ForAll("rows") RandomRows rows) {
    ClassificationMetrics m = metrics(rows, ZeroDivision.ZERO);
    Assume.that(m != null);

    assertThat(m.matthewsCorrelation()).isBetween(-1.0, 1.0);
  }

  @Property(seed = "20240624", tries = 200)
  void permuting_the_rows_changes_no_metric(@ForAll("rows") RandomRows rows, @ForAll long seed) {
    ClassificationMetrics m = metrics(rows, ZeroDivision.NAN);
    Assume.that(m != null);
    ClassificationMetrics shuffled = ClassificationMetrics.of(
        rows.shuffled(seed).matrix(), ZeroDivision.NAN);

    // bit for bit, NaN included: the matrices are equal, so every metric is
    assertThat(shuffled.accuracy()).isEqualTo((Double) m.accuracy());
    assertThat(shuffled.balancedAccuracy()).isEqualTo((Double) m.balancedAccuracy());
    assertThat((Double) shuffled.matthewsCorrelation()).isEqualTo((Double) m.matthewsCorrelation());
    assertThat(shuffled.f1PerClass()).containsExactly(m.f1PerClass());
    for (Average average : Average.values()) {
      assertThat((Double) shuffled.precision(average)).isEqualTo((Double) m.precision(average));
      assertThat((Double) shuffled.recall(average)).isEqualTo((Double) m.recall(average));
      assertThat((Double) shuffled.fBeta(0.5, average)).isEqualTo((Double) m.fBeta(0.5, average));
    }
  }

  /** The metrics of the rows, or null if every row weighs 0 (refused, tested elsewhere). */
  private static @Nullable ClassificationMetrics metrics(RandomRows rows, ZeroDivision policy) {
    ConfusionMatrix matrix = rows.matrix();
    return matrix.total() > 0 ? ClassificationMetrics.of(matrix, policy) : null;
  }
}
