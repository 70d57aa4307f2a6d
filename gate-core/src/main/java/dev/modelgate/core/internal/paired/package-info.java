/**
 * Paired comparisons inside layer 2: the joint table of two models' predictions aligned by row,
 * the intervals a verdict shows, and the confidence check. Not exported.
 */
@NullMarked
package dev.modelgate.core.internal.paired;

import org.jspecify.annotations.NullMarked;
