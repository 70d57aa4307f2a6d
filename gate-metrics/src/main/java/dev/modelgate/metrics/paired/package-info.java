/**
 * Paired statistics for champion and candidate scored on the same rows: the joint table of (true
 * class, champion's prediction, candidate's prediction) built in one pass, the paired bootstrap on
 * that table with percentile and BCa intervals for any function of the two confusion matrices,
 * and per-row differences of example-dependent net benefit.
 *
 * <p>The joint table is the sufficient statistic: every confusion-matrix metric of both models, and
 * their difference, is a function of it, and resampling its K³ cells (a multinomial with n trials)
 * is the row bootstrap at a cost that does not grow with the number of rows. Resampling is seeded
 * (42 by default) and reproducible bit for bit on every machine. McNemar's test on the table's
 * discordant rows is {@link dev.modelgate.metrics.stats.McNemar}.
 *
 * <p>Values in this package are immutable and thread-safe; accumulators are not thread-safe and
 * are combined with {@code merge} instead. Bad input is refused with an {@link
 * java.lang.IllegalArgumentException} that names the argument, the index and the value; too little
 * data with a {@link dev.modelgate.metrics.stats.InsufficientDataException}.
 */
@NullMarked
package dev.modelgate.metrics.paired;

import org.jspecify.annotations.NullMarked;
