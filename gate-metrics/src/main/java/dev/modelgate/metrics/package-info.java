/**
 * Confusion matrices and the classification metrics computed from them.
 *
 * <p>All values in this package are immutable and thread-safe; accumulators are not thread-safe
 * and are combined with {@code merge} instead.
 */
@NullMarked
package dev.modelgate.metrics;

import org.jspecify.annotations.NullMarked;
