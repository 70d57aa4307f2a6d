package dev.modelgate.core;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The metrics of one model on one test set, with the test set's fingerprint.
 *
 * <p>Two evaluations can only be compared when their fingerprints are equal: otherwise the
 * comparison would compare data, not models. Metrics are kept sorted by name.
 *
 * @param testSetFingerprint {@code sha256:<64 hex>} of the test set the metrics were computed on
 * @param rows the number of rows in the test set
 * @param metrics each metric's value, sorted by metric name
 */
public record Evaluation(String testSetFingerprint, long rows, Map<Metric, MetricValue> metrics) {

  private static final Pattern FINGERPRINT = Pattern.compile("sha256:[0-9a-f]{64}");

  /** Checks the fingerprint's form and copies the metrics. */
  public Evaluation {
    requireFingerprint(testSetFingerprint);
    Objects.requireNonNull(metrics, "metrics");
    if (rows < 1) {
      throw new IllegalArgumentException("rows = " + rows + " must be at least 1");
    }
    TreeMap<Metric, MetricValue> sorted = new TreeMap<>();
    metrics.forEach(
        (metric, value) -> {
          Objects.requireNonNull(metric, "metric");
          Objects.requireNonNull(value, () -> "value of " + metric.name());
          MetricValue previous = sorted.put(metric, value);
          if (previous != null) {
            throw new IllegalArgumentException("metric " + metric.name() + " is given twice");
          }
        });
    metrics = Collections.unmodifiableMap(sorted);
  }

  /** Refuses a fingerprint that is not {@code sha256:<64 lower-case hex digits>}. */
  static String requireFingerprint(String testSetFingerprint) {
    Objects.requireNonNull(testSetFingerprint, "testSetFingerprint");
    if (!FINGERPRINT.matcher(testSetFingerprint).matches()) {
      throw new IllegalArgumentException(
          "test set fingerprint \"" + testSetFingerprint + "\" is not of the form sha256:<64 lower-case hex digits>");
    }
    return testSetFingerprint;
  }

  /** The value of {@code metric}, empty when the evaluation did not compute it. */
  public Optional<MetricValue> metric(Metric metric) {
    return Optional.ofNullable(metrics.get(metric));
  }

  /** Whether this and {@code other} were computed on the same test set. */
  public boolean sameTestSet(Evaluation other) {
    return testSetFingerprint.equals(other.testSetFingerprint);
  }
}
