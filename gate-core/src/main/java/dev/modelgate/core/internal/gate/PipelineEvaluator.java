package dev.modelgate.core.internal.gate;

import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.PipelineResult;
import dev.modelgate.core.PipelineVerdict;
import dev.modelgate.core.PublisherFailure;
import dev.modelgate.core.VerdictContext;
import dev.modelgate.core.internal.reason.PipelineReason;
import dev.modelgate.core.spi.DecisionPublisher;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Evaluates the pipeline gate and hands its verdict to the publishers, reporting each failure
 * without letting it change the decision. Stateless and thread-safe.
 */
public final class PipelineEvaluator {

  private static final Logger log = LoggerFactory.getLogger(PipelineEvaluator.class);

  private PipelineEvaluator() {}

  /** The pipeline verdict that follows {@code championChallenger}: DEPLOY exactly on PROMOTE. */
  public static PipelineVerdict evaluate(ChampionChallengerVerdict championChallenger, VerdictContext context) {
    boolean deploy = championChallenger.promoted();
    List<String> reasons = LeadingReasons.of(context);
    int leading = reasons.size();
    reasons.add(deploy ? PipelineReason.deploy() : PipelineReason.skip());
    List<String> layer2 = championChallenger.reasons();
    reasons.addAll(layer2.subList(Math.min(leading, layer2.size()), layer2.size()));
    DeployDecision decision = deploy ? DeployDecision.DEPLOY : DeployDecision.SKIP;
    return new PipelineVerdict(decision, championChallenger.decision(), reasons, context);
  }

  /** Publishes {@code verdict} to every publisher in order, collecting each failure. */
  public static PipelineResult publish(PipelineVerdict verdict, List<DecisionPublisher> publishers) {
    List<PublisherFailure> failures = new ArrayList<>();
    for (DecisionPublisher publisher : publishers) {
      String name = nameOf(publisher);
      try {
        publisher.publish(verdict);
      } catch (IOException | RuntimeException e) {
        String reason = PipelineReason.publisherFailed(name, verdict.decision(), e);
        failures.add(new PublisherFailure(name, reason));
        log.atWarn()
            .setMessage("publishing the pipeline decision failed")
            .addKeyValue("publisher", name)
            .addKeyValue("decision", verdict.decision())
            .addKeyValue("reason", reason)
            .setCause(e)
            .log();
      }
    }
    return new PipelineResult(verdict, failures);
  }

  private static String nameOf(DecisionPublisher publisher) {
    String name;
    try {
      name = publisher.name();
    } catch (RuntimeException e) {
      name = null;
    }
    return Objects.requireNonNullElse(name, publisher.getClass().getName());
  }
}
