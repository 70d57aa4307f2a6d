package dev.modelgate.core.internal.reason;

import dev.modelgate.core.DeployDecision;

/**
 * The reasons of the pipeline gate (layer 3) and of a failed publication. Stateless and
 * thread-safe.
 */
public final class PipelineReason {

  private PipelineReason() {}

  /** "champion-challenger decided PROMOTE, so the deploy jobs run". */
  public static String deploy() {
    return "champion-challenger decided PROMOTE, so the deploy jobs run";
  }

  /**
   * "champion-challenger decided HOLD, so the deploy jobs are skipped and the champion keeps
   * serving".
   */
  public static String skip() {
    return "champion-challenger decided HOLD, so the deploy jobs are skipped and the champion keeps serving";
  }

  /**
   * "publisher github-actions failed to publish SKIP (IOException: disk full); the decision stays
   * SKIP", or for DEPLOY "…; fail safe: nothing deploys".
   */
  public static String publisherFailed(String publisher, DeployDecision decision, Exception failure) {
    String cause = failure.getClass().getSimpleName()
        + (failure.getMessage() == null ? "" : ": " + failure.getMessage());
    String consequence =
        decision == DeployDecision.DEPLOY ? "fail safe: nothing deploys" : "the decision stays SKIP";
    return "publisher " + publisher + " failed to publish " + decision + " (" + cause + "); " + consequence;
  }
}
