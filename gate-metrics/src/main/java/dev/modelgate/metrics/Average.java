package dev.modelgate.metrics;

/**
 * How a per-class metric is reduced to one number over all classes, as scikit-learn's {@code
 * average} argument. The binary case ({@code average="binary"}) is the per-class value of the
 * positive class, and {@code average=None} the array of per-class values; {@link
 * ClassificationMetrics} has a method for each.
 *
 * <p>Immutable and thread-safe.
 */
public enum Average {

  /**
   * The metric of the pooled counts: true positives, predictions and true rows summed over all
   * classes first. For precision, recall and F-beta over all classes this equals accuracy.
   */
  MICRO,

  /** The unweighted mean of the per-class values. */
  MACRO,

  /**
   * The mean of the per-class values weighted by each class's number (or weight) of true rows,
   * its support.
   */
  WEIGHTED
}
