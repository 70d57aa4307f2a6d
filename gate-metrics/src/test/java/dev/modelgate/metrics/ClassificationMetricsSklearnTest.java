package dev.modelgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential tests against scikit-learn 1.2.1: every case of the fixture file, every metric,
 * zero_division 0 and 1.
 *
 * <p>Tolerances: counts give ratios of the same integers, so values agree to {@value
 * #COUNT_TOLERANCE} relative (the largest difference seen is 1.2e-15, in rounding of the last
 * operations). Weighted cases sum the same weights in another order (scikit-learn in data order
 * per cell, row and column; this library exactly, rounded once per cell): they are held to
 * {@value #WEIGHTED_TOLERANCE} relative as well, and the largest difference seen is also about
 * 1e-15. An expected 0 must be matched within the tolerance absolutely.
 */
class ClassificationMetricsSklearnTest {

  static final double COUNT_TOLERANCE = 1e-12;
  static final double WEIGHTED_TOLERANCE = 1e-12;

  private static final Map<String, Double> BETAS =
      Map.of("f1", 1.0, "fbeta_0.5", 0.5, "fbeta_2", 2.0);

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.modelgate.metrics.SklearnFixtures#cases")
  void should_build_the_confusion_matrix_scikit_learn_builds(String name, JsonNode c) {
    ConfusionMatrix fromIndices = SklearnFixtures.matrixOfIndices(c);
    ConfusionMatrix fromStrings = SklearnFixtures.matrixOfStrings(c);
    double[][] expected = matrix(c.get("expected").get("confusion_matrix"));

    assertThat(fromStrings.labels().labels()).isEqualTo(SklearnFixtures.labels(c));
    assertThat(fromStrings).isEqualTo(fromIndices);
    assertThat(fromIndices.rows()).isEqualTo(c.get("truth").size());
    SoftAssertions softly = new SoftAssertions();
    double tolerance = tolerance(c);
    for (int t = 0; t < expected.length; t++) {
      for (int p = 0; p < expected.length; p++) {
        close(softly, "cell [" + t + "][" + p + "]", fromIndices.count(t, p), expected[t][p],
            tolerance);
      }
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.modelgate.metrics.SklearnFixtures#cases")
  void should_compute_accuracy_balanced_accuracy_and_matthews_correlation_as_scikit_learn(
      String name, JsonNode c) {
    JsonNode expected = c.get("expected");
    SoftAssertions softly = new SoftAssertions();
    double tolerance = tolerance(c);
    for (ZeroDivision policy : List.of(ZeroDivision.ZERO, ZeroDivision.ONE)) {
      ClassificationMetrics m = ClassificationMetrics.of(SklearnFixtures.matrixOfIndices(c), policy);
      close(softly, "accuracy", m.accuracy(), expected.get("accuracy").asDouble(), tolerance);
      close(softly, "balanced accuracy", m.balancedAccuracy(),
          expected.get("balanced_accuracy").asDouble(), tolerance);
      close(softly, "mcc " + policy, m.matthewsCorrelation(), expected.get("mcc").asDouble(),
          tolerance);
    }
    softly.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.modelgate.metrics.SklearnFixtures#cases")
  void should_compute_precision_recall_and_f_scores_as_scikit_learn_for_zero_division_0_and_1(
      String name, JsonNode c) {
    SoftAssertions softly = new SoftAssertions();
    ConfusionMatrix matrix = SklearnFixtures.matrixOfIndices(c);
    List<String> labels = SklearnFixtures.labels(c);
    for (ZeroDivision policy : List.of(ZeroDivision.ZERO, ZeroDivision.ONE)) {
      ClassificationMetrics m = ClassificationMetrics.of(matrix, policy);
      JsonNode block = c.get("expected").get("zero_division_" + (int) policy.value());
      check(softly, c, labels, "precision " + policy, block.get("precision"),
          m::precision, m::precision, m.precisionPerClass());
      check(softly, c, labels, "recall " + policy, block.get("recall"),
          m::recall, m::recall, m.recallPerClass());
      BETAS.forEach((score, beta) -> check(softly, c, labels, score + " " + policy,
          block.get(score), average -> m.fBeta(beta, average), index -> m.fBeta(beta, index),
          m.fBetaPerClass(beta)));
      check(softly, c, labels, "f1() " + policy, block.get("f1"), m::f1, m::f1, m.f1PerClass());
    }
    softly.assertAll();
  }

  private static void check(
      SoftAssertions softly, JsonNode c, List<String> labels, String what, JsonNode expected,
      Function<Average, Double> averaged, Function<Integer, Double> ofClass, double[] perClass) {
    double tolerance = tolerance(c);
    double[] expectedPerClass = SklearnFixtures.doubles(expected.get("per_class"));
    assertThat(perClass).hasSameSizeAs(expectedPerClass);
    for (int i = 0; i < perClass.length; i++) {
      close(softly, what + " per class [" + i + "]", perClass[i], expectedPerClass[i], tolerance);
      close(softly, what + " of class " + i, ofClass.apply(i), expectedPerClass[i], tolerance);
    }
    BiFunction<String, Average, Void> average = (key, a) -> {
      close(softly, what + " " + key, averaged.apply(a), expected.get(key).asDouble(), tolerance);
      return null;
    };
    average.apply("micro", Average.MICRO);
    average.apply("macro", Average.MACRO);
    average.apply("weighted", Average.WEIGHTED);
    if (expected.has("binary")) {
      for (int i = 0; i < labels.size(); i++) {
        close(softly, what + " binary pos_label=" + labels.get(i), ofClass.apply(i),
            expected.get("binary").get(labels.get(i)).asDouble(), tolerance);
      }
    }
  }

  private static void close(
      SoftAssertions softly, String what, double actual, double expected, double tolerance) {
    double allowed = expected == 0 ? tolerance : tolerance * Math.abs(expected);
    softly.assertThat(Math.abs(actual - expected))
        .as("%s: %s vs scikit-learn %s", what, actual, expected)
        .isLessThanOrEqualTo(allowed);
  }

  private static double tolerance(JsonNode c) {
    return SklearnFixtures.weighted(c) ? WEIGHTED_TOLERANCE : COUNT_TOLERANCE;
  }

  private static double[][] matrix(JsonNode rows) {
    double[][] cells = new double[rows.size()][];
    for (int t = 0; t < cells.length; t++) {
      cells[t] = SklearnFixtures.doubles(rows.get(t));
    }
    return cells;
  }
}
