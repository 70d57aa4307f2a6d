/**
 * Layer 4, the canary gate: the canary part of a policy ({@link dev.modelgate.core.canary.CanaryGate}),
 * the analysis that moves live traffic step by step and judges each window ({@link
 * dev.modelgate.core.canary.CanaryAnalysis}), its verdict ({@link
 * dev.modelgate.core.canary.CanaryVerdict}), and the built-in recorder and router for applications
 * that serve and route requests themselves.
 *
 * <p>Layer 4 cannot be switched off: every policy has a canary part, defaults apply when the user
 * says nothing, and missing data never counts as a pass. Values in this package are immutable and
 * thread-safe unless a class says otherwise.
 */
@NullMarked
package dev.modelgate.core.canary;

import org.jspecify.annotations.NullMarked;
