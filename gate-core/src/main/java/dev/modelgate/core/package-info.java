/**
 * The Gate API: metrics and evaluations, policies and their gates, verdicts.
 *
 * <p>Values in this package are immutable and thread-safe unless a class says otherwise.
 */
@NullMarked
package dev.modelgate.core;

import org.jspecify.annotations.NullMarked;
