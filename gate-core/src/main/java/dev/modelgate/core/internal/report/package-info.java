/**
 * Implementation of the report format: the JSON trees of policies, checks, verdicts and gate runs,
 * written in a fixed key order and read back strictly, and the policy's canonical form and hash.
 * Not exported; {@code dev.modelgate.core.report} is the API and {@code docs/report-format.md} the
 * format's documentation.
 */
@NullMarked
package dev.modelgate.core.internal.report;

import org.jspecify.annotations.NullMarked;
