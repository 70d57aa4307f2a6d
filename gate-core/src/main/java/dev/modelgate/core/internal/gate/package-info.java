/**
 * Implementation of the gates: the evaluators that turn a policy and evaluations into verdicts,
 * and the small helpers they share. Not exported; nothing here is API.
 */
@NullMarked
package dev.modelgate.core.internal.gate;

import org.jspecify.annotations.NullMarked;
