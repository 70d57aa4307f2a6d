package dev.modelgate.core.internal.gate;

import dev.modelgate.core.CheckResult;
import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.MetricInterval;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.Verdict;
import dev.modelgate.core.VerdictContext;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Logs every decision through SLF4J with key/value pairs: layer, decision, policy, fast-track,
 * model, versions, test set, failed checks, and at layer 2 the paired interval of the improvement
 * when there is one. Stateless and thread-safe.
 */
public final class DecisionLog {

  private static final Logger log = LoggerFactory.getLogger("dev.modelgate.core.Gate");

  private DecisionLog() {}

  /** Logs {@code verdict} at INFO. */
  public static void decided(Verdict verdict) {
    if (!log.isInfoEnabled()) {
      return;
    }
    VerdictContext context = verdict.context();
    LoggingEventBuilder event =
        log.atInfo()
            .setMessage("quality gate decided")
            .addKeyValue("layer", verdict.layer())
            .addKeyValue("decision", verdict.decisionName())
            .addKeyValue("policy", context.policy().name())
            .addKeyValue("fastTrack", context.hasFastTrack())
            .addKeyValue("model", context.model().model())
            .addKeyValue("candidateVersion", context.model().candidateVersion())
            .addKeyValue("championVersion", context.model().championVersion())
            .addKeyValue("testSet", context.testSetFingerprint())
            .addKeyValue("libraryVersion", context.libraryVersion());
    if (verdict instanceof RegistrationVerdict registration) {
      long failedGroups = registration.anyOf().stream().filter(g -> !g.passed()).count();
      event = event.addKeyValue("failedChecks", failed(registration.checks()) + failedGroups);
    } else if (verdict instanceof ChampionChallengerVerdict comparison) {
      event = event.addKeyValue("failedChecks", failed(comparison.checks()));
      MetricInterval interval = comparison.paired() == null ? null : comparison.paired().improvement();
      if (interval != null) {
        event = event
            .addKeyValue("confidence", comparison.paired().settings().level())
            .addKeyValue("improvementLower", interval.lower())
            .addKeyValue("improvementUpper", interval.upper());
      }
    }
    event.addKeyValue("reasons", String.join("; ", verdict.reasons())).log();
  }

  private static long failed(List<CheckResult> checks) {
    return checks.stream().filter(c -> !c.passed()).count();
  }
}
