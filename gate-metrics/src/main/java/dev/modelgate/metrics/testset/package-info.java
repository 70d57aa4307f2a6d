/**
 * The fixed test set: a seeded split that selects the same rows on every JVM, operating system
 * and library version, and the test set's fingerprint, a SHA-256 over its rows' identities and
 * labels that every evaluation carries.
 *
 * <p>Start with {@link dev.modelgate.metrics.testset.TestSetSplit#defaults()} (seed 42, 20 % test
 * rows, stratified by label) or {@link dev.modelgate.metrics.testset.Fingerprint#of(String[],
 * String[])}. Values in this package are immutable and thread-safe; {@link
 * dev.modelgate.metrics.testset.FingerprintAccumulator} is not thread-safe and is combined with
 * {@code merge} instead.
 */
@NullMarked
package dev.modelgate.metrics.testset;

import org.jspecify.annotations.NullMarked;
