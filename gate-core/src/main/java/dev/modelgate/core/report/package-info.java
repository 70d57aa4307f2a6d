/**
 * Reports: the stable, documented JSON of verdicts and of whole gate runs, written by {@link
 * dev.modelgate.core.report.Reports} and read back to equal values, and the {@link
 * dev.modelgate.core.report.PolicySnapshot} that identifies the policy of a report.
 *
 * <p>The format is documented field by field in {@code docs/report-format.md}; golden files pin it.
 */
@NullMarked
package dev.modelgate.core.report;

import org.jspecify.annotations.NullMarked;
