/**
 * The plain-word reasons of verdicts and the problems of invalid policies, one small factory per
 * reason, so that a message cannot drift from the rule that produces it. Not exported.
 */
@NullMarked
package dev.modelgate.core.internal.reason;

import org.jspecify.annotations.NullMarked;
