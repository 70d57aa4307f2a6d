package dev.modelgate.core.spi;

/** Why a canary window has no usable data. Every kind makes the window inconclusive, never a pass. */
public enum MissingKind {
  /** The source answered, but a model received no requests in the window. */
  NO_TRAFFIC,
  /** The source answered with no series for the query (for example a wrong label or metric name). */
  EMPTY_RESULT,
  /** The source answered with NaN or infinity where a number was needed. */
  NOT_A_NUMBER,
  /** The source could not be reached or answered with an error (bad query, HTTP 5xx, …). */
  SOURCE_ERROR,
  /** The source did not answer in time. */
  TIMEOUT
}
