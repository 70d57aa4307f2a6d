package dev.modelgate.core.canary;

/**
 * How failed windows count towards a canary's failure limit; the policy declares one.
 *
 * <p>With a limit of 2 and the windows FAIL, PASS, FAIL: {@link #CONSECUTIVE} keeps the canary
 * running (a pass in between resets the count), {@link #CUMULATIVE} rolls it back at the second
 * FAIL. An inconclusive window neither counts as a failure nor resets the count.
 */
public enum FailureCounting {
  /** Failed windows in a row, over the whole run; a passing window resets the count to 0. */
  CONSECUTIVE,
  /** Every failed window of the whole run; nothing resets the count. */
  CUMULATIVE
}
