/**
 * Net benefit: the money a model's decisions make or lose, from a cost matrix, per-row amounts and
 * a production volume. Amounts are exact decimals.
 */
@NullMarked
package dev.modelgate.metrics.cost;

import org.jspecify.annotations.NullMarked;
