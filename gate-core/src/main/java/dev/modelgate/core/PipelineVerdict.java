package dev.modelgate.core;

import java.util.List;
import java.util.Objects;

/**
 * The verdict of the pipeline gate (layer 3): {@code DEPLOY} exactly when layer 2 promoted, {@code
 * SKIP} otherwise. A skip is a successful run: production was protected. This is what {@link
 * dev.modelgate.core.spi.DecisionPublisher}s receive. Immutable and thread-safe.
 *
 * @param decision deploy or skip
 * @param championChallenger the layer-2 decision this verdict follows
 * @param reasons why, followed by the layer-2 reasons
 * @param context the evidence
 */
public record PipelineVerdict(
    DeployDecision decision,
    PromotionDecision championChallenger,
    List<String> reasons,
    VerdictContext context)
    implements Verdict {

  /** Copies the reasons. */
  public PipelineVerdict {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(championChallenger, "championChallenger");
    Objects.requireNonNull(context, "context");
    reasons = List.copyOf(reasons);
  }

  /** Whether the deploy jobs run. */
  public boolean deploys() {
    return decision == DeployDecision.DEPLOY;
  }

  @Override
  public Layer layer() {
    return Layer.PIPELINE;
  }

  @Override
  public String decisionName() {
    return decision.name();
  }
}
