package dev.modelgate.examples.canary;

/**
 * The named runs of the local canary: the same candidate (the better challenger, {@code
 * challenger-better}) against the same champion, served healthy or with one thing going wrong.
 * Each names the decision the bundled policy's canary gate reaches on it. Immutable.
 */
public enum CanaryScenario {

  /** The candidate served as it should be: it passes every window and is promoted. */
  HEALTHY("healthy", "served as it should be", ServingFault.none(), 0),

  /** The candidate's server fails one request in ten with HTTP 500: rolled back. */
  ERROR_SPIKE("error-spike", "its server answers 10% of requests with HTTP 500", ServingFault.failing(0.10), 0),

  /**
   * A slow code path in the candidate's server: one request in ten takes three times as long, so
   * its p99 latency more than doubles while the median hardly moves: rolled back.
   */
  LATENCY_REGRESSION("latency-regression", "a slow code path: 10% of its requests take 3 times as long",
      ServingFault.slower(0.10, 3), 0),

  /**
   * The candidate's server passes the applicant's age in months where the model learned years
   * (training/serving skew): it declines almost no one, which looks fine in errors and latency;
   * the PSI of its decisions against the champion's catches it: rolled back.
   */
  PREDICTION_SHIFT("prediction-shift", "its server reads the age in months, not years: it declines almost no one",
      ServingFault.skewed("Age", 12), 0),

  /**
   * The metrics source goes down after the first window: every later window is inconclusive, and
   * the run rolls back at the policy's inconclusive limit. Missing data never promotes.
   */
  METRICS_OUTAGE("metrics-outage", "served well, but the metrics source is down from the second window on",
      ServingFault.none(), 2);

  private final String id;
  private final String description;
  private final ServingFault fault;
  private final int outageFromWindow;

  CanaryScenario(String id, String description, ServingFault fault, int outageFromWindow) {
    this.id = id;
    this.description = description;
    this.fault = fault;
    this.outageFromWindow = outageFromWindow;
  }

  /** The scenario's name in the timeline, such as {@code error-spike}. */
  public String id() {
    return id;
  }

  /** What is different about the candidate, in a few words. */
  public String description() {
    return description;
  }

  /** What goes wrong in the candidate's server. */
  ServingFault fault() {
    return fault;
  }

  /** The first window the metrics source fails, from 1; 0 when it never does. */
  int outageFromWindow() {
    return outageFromWindow;
  }
}
