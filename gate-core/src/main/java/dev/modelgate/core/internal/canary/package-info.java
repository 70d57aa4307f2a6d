/**
 * The machinery of the canary gate: window judgement, statistics, the state machine's run loop,
 * router actions with confirmation and retries, audit payloads. Not exported.
 */
@NullMarked
package dev.modelgate.core.internal.canary;

import org.jspecify.annotations.NullMarked;
