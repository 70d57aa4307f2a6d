/**
 * The statistics a canary decides on: population stability (PSI) with its tiers, the two-sample
 * Kolmogorov–Smirnov test, the chi-square test of homogeneity for class rates, binomial tests for
 * the canary's share of errors (with a margin over the champion's error rate), an anytime-valid
 * sequential test of that share across windows ({@link dev.modelgate.metrics.stats.BinomialEProcess},
 * an e-process that may be checked after every window or request at a false-alarm rate of at most
 * α), and quantiles of bucketed histograms computed as Prometheus' {@code histogram_quantile}
 * computes them.
 *
 * <p>Every p-value matches SciPy 1.10 to 1e-9 where SciPy has the same test; each class documents
 * where it differs and why. Bad input (mismatched lengths, {@code NaN} scores, negative counts, a
 * probability outside [0, 1]) is refused with an {@link java.lang.IllegalArgumentException} that
 * names the argument, the index and the value. Input from which a statistic is undefined (an empty
 * sample, a table with no counts) is refused with an {@link InsufficientDataException}, so that an
 * undefined statistic can never read as a pass.
 *
 * <p>All values in this package are immutable and thread-safe; all functions are stateless.
 */
@NullMarked
package dev.modelgate.metrics.stats;

import org.jspecify.annotations.NullMarked;
