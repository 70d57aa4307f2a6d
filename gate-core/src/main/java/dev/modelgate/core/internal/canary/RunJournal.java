package dev.modelgate.core.internal.canary;

import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.canary.CanaryState;
import dev.modelgate.core.canary.CanaryStateTransition;
import dev.modelgate.core.canary.CanaryTransition;
import dev.modelgate.core.canary.RouterAction;
import dev.modelgate.core.canary.WindowResult;
import dev.modelgate.core.internal.json.CoreJson;
import dev.modelgate.core.internal.reason.CanaryRunReason;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record of one canary run as it happens: its state, and every window, transition and action,
 * each logged, appended to the audit log (transitions, with their evidence windows) and told to
 * the listener. A transition the table does not allow throws {@link
 * dev.modelgate.core.canary.IllegalStateTransitionException}. Not thread-safe: one per run.
 */
final class RunJournal {

  private final RunSettings settings;
  private CanaryState state = CanaryState.PENDING;
  private final Map<Integer, WindowResult> windows = new TreeMap<>();
  private final List<CanaryTransition> transitions = new ArrayList<>();
  private final List<RouterAction> actions = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();

  RunJournal(RunSettings settings) {
    this.settings = settings;
  }

  CanaryState state() {
    return state;
  }

  void window(WindowResult window) {
    windows.put(window.window().index(), window);
    CanaryLog.window(settings.model(), settings.dryRun(), window);
    tell(() -> settings.listener().windowJudged(window));
  }

  void action(RouterAction action) {
    actions.add(action);
    CanaryLog.action(settings.model(), action);
    tell(() -> settings.listener().acted(action));
  }

  /** Records a note for the verdict's reasons, after the decisive transition's reason. */
  void note(String note) {
    notes.add(note);
  }

  /**
   * Moves to {@code to}; an audit log that cannot record the move fails a move into a running
   * state (the run then rolls back) and is noted on a move into a terminal one.
   */
  void moveTo(CanaryState to, int step, int canaryPercent, String reason, List<Integer> evidence) {
    CanaryStateTransition.between(state, to);
    CanaryTransition transition =
        new CanaryTransition(state, to, step, canaryPercent, settings.clock().instant(), reason, evidence);
    transitions.add(transition);
    state = to;
    CanaryLog.transition(settings.model(), settings.dryRun(), transition);
    try {
      audit(transition);
    } catch (RuntimeException e) {
      if (!to.terminal()) {
        throw e;
      }
      CanaryLog.problem(settings.model(), "canary audit append failed", e);
      notes.add(CanaryRunReason.auditFailed(to.name(), CanaryRunReason.describe(e)));
    }
    tell(() -> settings.listener().transitioned(transition));
  }

  List<WindowResult> windows() {
    return List.copyOf(windows.values());
  }

  List<CanaryTransition> transitions() {
    return List.copyOf(transitions);
  }

  List<RouterAction> actions() {
    return List.copyOf(actions);
  }

  List<String> notes() {
    return List.copyOf(notes);
  }

  private void audit(CanaryTransition transition) {
    AuditLog log = settings.auditLog();
    if (log == null) {
      return;
    }
    List<WindowResult> evidence = new ArrayList<>();
    transition.windows().forEach(i -> evidence.add(windows.get(i)));
    ObjectNode payload = CanaryNodes.transition(transition, evidence);
    payload.set("model", CanaryNodes.model(settings.model()));
    payload.put("dryRun", settings.dryRun());
    try {
      log.appendJson("canary.transition", CoreJson.mapper().writeValueAsString(payload));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("a canary transition cannot be written as JSON", e);
    }
  }

  private void tell(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      CanaryLog.problem(settings.model(), "canary listener failed", e);
    }
  }
}
