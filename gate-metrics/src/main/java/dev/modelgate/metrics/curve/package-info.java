/**
 * Threshold curves of scored binary predictions: precision, recall, F1, false and true positive
 * rates and exact net benefit at every distinct score, ROC AUC, average precision, and the best
 * threshold for a chosen metric.
 *
 * <p>Ties in scores are handled as scikit-learn's {@code precision_recall_curve} and {@code
 * roc_curve(drop_intermediate=False)} handle them. All values in this package are immutable and
 * thread-safe.
 */
@NullMarked
package dev.modelgate.metrics.curve;

import org.jspecify.annotations.NullMarked;
