package dev.modelgate.core.internal.canary;

import dev.modelgate.core.ModelIdentity;
import dev.modelgate.core.canary.CanaryState;
import dev.modelgate.core.canary.CanaryTransition;
import dev.modelgate.core.canary.RouterAction;
import dev.modelgate.core.canary.WindowResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs a canary run through SLF4J with key/value pairs: each window at INFO, each transition at
 * INFO (ERROR for a failed rollback), each action that did not succeed at WARN. Stateless and
 * thread-safe.
 */
final class CanaryLog {

  private static final Logger log = LoggerFactory.getLogger("dev.modelgate.core.canary.CanaryAnalysis");

  private CanaryLog() {}

  static void window(ModelIdentity model, boolean dryRun, WindowResult window) {
    log.atInfo()
        .setMessage("canary window judged")
        .addKeyValue("model", model.model())
        .addKeyValue("candidateVersion", model.candidateVersion())
        .addKeyValue("dryRun", dryRun)
        .addKeyValue("window", window.window().index())
        .addKeyValue("step", window.step())
        .addKeyValue("canaryPercent", window.canaryPercent())
        .addKeyValue("outcome", window.outcome())
        .addKeyValue("reasons", window.reasons())
        .log();
  }

  static void transition(ModelIdentity model, boolean dryRun, CanaryTransition transition) {
    var event = transition.to() == CanaryState.ROLLBACK_FAILED ? log.atError() : log.atInfo();
    event
        .setMessage("canary state changed")
        .addKeyValue("model", model.model())
        .addKeyValue("candidateVersion", model.candidateVersion())
        .addKeyValue("dryRun", dryRun)
        .addKeyValue("from", transition.from())
        .addKeyValue("to", transition.to())
        .addKeyValue("step", transition.step())
        .addKeyValue("canaryPercent", transition.canaryPercent())
        .addKeyValue("reason", transition.reason())
        .log();
  }

  static void action(ModelIdentity model, RouterAction action) {
    if (action.succeeded()) {
      return;
    }
    log.atWarn()
        .setMessage("canary traffic action did not succeed")
        .addKeyValue("model", model.model())
        .addKeyValue("action", action.kind())
        .addKeyValue("canaryPercent", action.canaryPercent())
        .addKeyValue("status", action.status())
        .addKeyValue("attempts", action.attempts())
        .addKeyValue("detail", action.detail())
        .log();
  }

  static void problem(ModelIdentity model, String message, Throwable e) {
    log.atError()
        .setMessage(message)
        .addKeyValue("model", model.model())
        .addKeyValue("candidateVersion", model.candidateVersion())
        .setCause(e)
        .log();
  }
}
