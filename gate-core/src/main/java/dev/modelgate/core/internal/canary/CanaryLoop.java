package dev.modelgate.core.internal.canary;

import dev.modelgate.core.ModelIdentity;
import dev.modelgate.core.canary.CanaryDecision;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.CanaryState;
import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.core.canary.InconclusiveAction;
import dev.modelgate.core.canary.RouterAction;
import dev.modelgate.core.canary.WindowResult;
import dev.modelgate.core.internal.reason.CanaryRunReason;
import dev.modelgate.core.internal.reason.CanaryWindowReason;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One canary run: sets each step's share and confirms it, judges windows as they close (the
 * sequential tests' evidence accumulating over all of them), and promotes, rolls back or holds as
 * the policy says; a sequential test that reaches 1/α rolls back at once. Anything that goes wrong
 * — an action the router refuses or does not confirm, a registry conflict, an exception in the
 * analysis, an interrupt — rolls back; a promotion happens only after every step's windows passed.
 * Not thread-safe: one per run.
 */
public final class CanaryLoop {

  private final RunSettings settings;
  private final CanaryGate gate;
  private final RunJournal journal;
  private final TrafficActions traffic;
  private final Progress progress;
  private final SequentialEvidence evidence;
  private int step;
  private int percent;
  private int windowIndex;
  private @Nullable AliasChange championChange;

  /** A run with {@code settings}. */
  public CanaryLoop(RunSettings settings) {
    this.settings = settings;
    this.gate = settings.gate();
    this.journal = new RunJournal(settings);
    this.traffic = new TrafficActions(
        settings.router(), settings.clock(), settings.waiter(), settings.retry(), settings.dryRun());
    this.progress = new Progress(gate);
    this.evidence = new SequentialEvidence(gate.checks());
  }

  /** Runs the canary to a terminal state and returns the verdict; an {@link Error} is rethrown after a rollback. */
  public CanaryVerdict run() {
    Instant startedAt = settings.clock().instant();
    boolean interrupted = false;
    try {
      steps();
    } catch (InterruptedException e) {
      interrupted = true;
      rollbackUnlessEnded(CanaryRunReason.interrupted());
    } catch (RuntimeException e) {
      CanaryLog.problem(settings.model(), "canary analysis failed", e);
      rollbackUnlessEnded(CanaryRunReason.analysisFailed(CanaryRunReason.describe(e)));
    } catch (Error e) {
      try {
        rollbackUnlessEnded(CanaryRunReason.analysisFailed(CanaryRunReason.describe(e)));
      } catch (RuntimeException | Error suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    } finally {
      if (interrupted || traffic.interrupted()) {
        Thread.currentThread().interrupt();
      }
    }
    return verdict(startedAt);
  }

  private void steps() throws InterruptedException {
    List<Integer> steps = gate.steps();
    List<Integer> evidence = List.of();
    for (int i = 0; i < steps.size(); i++) {
      int previousPercent = percent;
      RouterAction action = traffic.setShare(steps.get(i));
      journal.action(action);
      if (!action.succeeded()) {
        rollback(shareProblem(action), List.of());
        return;
      }
      step = i + 1;
      percent = steps.get(i);
      String reason =
          i == 0
              ? CanaryRunReason.stepStarted(step, steps.size(), percent)
              : CanaryRunReason.stepPassed(evidence.size(), previousPercent, step, steps.size(), percent);
      journal.moveTo(CanaryState.RUNNING, step, percent, reason, evidence);
      if (!observeStep()) {
        return;
      }
      evidence = progress.nextStep();
    }
    promote(evidence);
  }

  /** Observes the current step's windows; true when it passed, false when the run ended. */
  private boolean observeStep() throws InterruptedException {
    Instant start = settings.clock().instant();
    while (true) {
      Window window = new Window(++windowIndex, start, start.plus(gate.interval()));
      settings.waiter().waitUntil(window.end());
      WindowResult result = WindowJudge.judge(gate, observe(window), step, percent, evidence);
      journal.window(result);
      switch (progress.after(result)) {
        case STEP_PASSED:
          return true;
        case FAILURE_LIMIT:
          List<Integer> failed = progress.failed();
          rollback(CanaryRunReason.failureLimit(failed.size(), gate.failureLimit(), gate.failureCounting()), failed);
          return false;
        case INCONCLUSIVE_LIMIT:
          endInconclusive();
          return false;
        case SEQUENTIAL_EVIDENCE:
          rollback(String.join("; ", SequentialEvidence.rejections(result)), evidence.windows());
          return false;
        default:
          start = window.end();
      }
    }
  }

  private WindowObservation observe(Window window) {
    try {
      WindowObservation observation = settings.metrics().observe(window);
      if (observation == null) {
        return new WindowObservation.Missing(window, MissingKind.SOURCE_ERROR, CanaryWindowReason.nothing());
      }
      if (!observation.window().equals(window)) {
        return new WindowObservation.Missing(
            window, MissingKind.SOURCE_ERROR, CanaryWindowReason.otherWindow(observation.window()));
      }
      return observation;
    } catch (RuntimeException e) {
      return new WindowObservation.Missing(window, MissingKind.SOURCE_ERROR, CanaryWindowReason.sourceThrew(e));
    }
  }

  private void endInconclusive() {
    List<Integer> inconclusive = progress.inconclusive();
    String reason = CanaryRunReason.inconclusiveLimit(
        inconclusive.size(), gate.inconclusiveLimit(), gate.onInconclusive(), percent);
    if (gate.onInconclusive() == InconclusiveAction.HOLD) {
      journal.moveTo(CanaryState.HELD, step, percent, reason, inconclusive);
    } else {
      rollback(reason, inconclusive);
    }
  }

  private void promote(List<Integer> evidence) throws InterruptedException {
    RouterAction action = traffic.promote();
    journal.action(action);
    if (!action.succeeded()) {
      String detail =
          action.status() == RouterAction.Status.FAILED
              ? CanaryRunReason.promotionFailed(action.detail())
              : CanaryRunReason.shareUnconfirmed(100, settings.retry().confirmReads(), action.detail());
      rollback(detail, List.of());
      return;
    }
    ChampionMove move = ChampionMove.of(settings);
    if (move.refusal() != null) {
      rollback(move.refusal(), List.of());
      return;
    }
    AliasChange change = move.change();
    if (change != null) {
      championChange = change;
      journal.note(CanaryRunReason.championMoved(
          change.model(), change.from().orElse("unset"), change.to().orElse("unset")));
    }
    journal.moveTo(CanaryState.PROMOTED, step, 100, CanaryRunReason.promoted(evidence.size(), percent), evidence);
  }

  private String shareProblem(RouterAction action) {
    return action.status() == RouterAction.Status.FAILED
        ? CanaryRunReason.shareFailed(action.canaryPercent(), action.detail())
        : CanaryRunReason.shareUnconfirmed(action.canaryPercent(), settings.retry().confirmReads(), action.detail());
  }

  private void rollbackUnlessEnded(String reason) {
    if (!journal.state().terminal()) {
      rollback(reason, List.of());
    }
  }

  private void rollback(String reason, List<Integer> evidence) {
    RouterAction action = traffic.rollback();
    journal.action(action);
    if (action.succeeded()) {
      percent = 0;
      journal.moveTo(CanaryState.ROLLED_BACK, step, 0, reason, evidence);
    } else {
      String failed = reason + "; " + CanaryRunReason.rollbackFailed(action.attempts(), action.detail());
      journal.moveTo(CanaryState.ROLLBACK_FAILED, step, percent, failed, evidence);
    }
  }

  private CanaryVerdict verdict(Instant startedAt) {
    CanaryState state = journal.state();
    CanaryDecision decision =
        state == CanaryState.PROMOTED
            ? CanaryDecision.PROMOTE
            : state == CanaryState.HELD ? CanaryDecision.HOLD : CanaryDecision.ROLLBACK;
    List<String> reasons = new ArrayList<>();
    var transitions = journal.transitions();
    reasons.add(transitions.get(transitions.size() - 1).reason());
    journal.notes().stream().filter(n -> !reasons.contains(n)).forEach(reasons::add);
    ModelIdentity model = settings.model();
    return new CanaryVerdict(decision, state, settings.dryRun(), model, gate, reasons, journal.windows(),
        transitions, journal.actions(), championChange, routerName(),
        settings.metrics().name(), startedAt, settings.clock().instant(), settings.libraryVersion());
  }

  private String routerName() {
    return settings.router() == null ? "none" : settings.router().name();
  }
}
