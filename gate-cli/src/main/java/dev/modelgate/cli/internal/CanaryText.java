package dev.modelgate.cli.internal;

import dev.modelgate.core.ModelIdentity;
import dev.modelgate.core.canary.CanaryState;
import dev.modelgate.core.canary.CanaryTransition;
import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.core.canary.RouterAction;
import dev.modelgate.core.canary.WindowResult;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code gate canary}'s readable timeline: one line per window as it closes, per state transition
 * and per traffic action, and the verdict with its reasons at the end. Stateless and thread-safe.
 */
public final class CanaryText {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private CanaryText() {}

  /** {@code window 3 12:02:00Z-12:03:00Z step 1 at 20%: PASS: reason; reason}. */
  public static String window(WindowResult result) {
    return "window " + result.window().index() + " " + time(result.window().start()) + "-"
        + time(result.window().end()) + " step " + result.step() + " at " + result.canaryPercent()
        + "%: " + result.outcome() + ": " + String.join("; ", result.reasons());
  }

  /** {@code state PENDING -> RUNNING, step 1 at 20%: reason}. */
  public static String transition(CanaryTransition transition) {
    return "state " + transition.from() + " -> " + transition.to() + ", step " + transition.step()
        + " at " + transition.canaryPercent() + "%: " + transition.reason();
  }

  /** {@code traffic SET_SHARE 20%: CONFIRMED after 1 attempt: the split read back}. */
  public static String action(RouterAction action) {
    return "traffic " + action.kind() + " " + action.canaryPercent() + "%: " + action.status()
        + " after " + action.attempts() + (action.attempts() == 1 ? " attempt" : " attempts")
        + (action.detail().isBlank() ? "" : ": " + action.detail());
  }

  /**
   * The verdict: a headline ({@code promoted: credit version 7 against version 6, 5 windows}) and
   * the reasons and notes, each on its own indented line.
   */
  public static List<String> verdict(CanaryVerdict verdict, List<String> notes) {
    List<String> lines = new ArrayList<>();
    String subject = subject(verdict.model()) + ", " + verdict.windows().size()
        + (verdict.windows().size() == 1 ? " window" : " windows");
    if (verdict.state() == CanaryState.ROLLBACK_FAILED) {
      lines.add("ROLLBACK FAILED: " + subject + ": the canary may still receive "
          + lastPercent(verdict) + "% of the traffic: put it back on the champion by hand");
    } else {
      lines.add(verdict.summary() + ": " + subject);
    }
    verdict.reasons().forEach(reason -> lines.add("  " + reason));
    notes.forEach(note -> lines.add("  " + note));
    return lines;
  }

  /** {@code @champion moved back from 7 to 6: only a promotion keeps the candidate as champion}. */
  public static String restored(String candidate, @Nullable String champion) {
    return "@champion moved back from " + candidate + " to " + unset(champion)
        + ": only a promotion keeps the candidate as champion";
  }

  /** {@code dry run: @champion stays at 7; a real run would move it back to 6}. */
  public static String wouldRestore(String candidate, @Nullable String champion) {
    return "dry run: @champion stays at " + candidate + "; a real run would move it back to "
        + unset(champion);
  }

  /** {@code @champion could not be moved back from 7 to 6: <detail>: move it by hand}. */
  public static String restoreFailed(String candidate, @Nullable String champion, String detail) {
    return "@champion could not be moved back from " + candidate + " to " + unset(champion) + ": "
        + detail + ": move it by hand";
  }

  /** {@code dry run: no traffic was moved and nothing was written to the registry}. */
  public static String dryRun() {
    return "dry run: no traffic was moved and nothing was written to the registry";
  }

  private static String unset(@Nullable String version) {
    return version == null ? "unset" : version;
  }

  /**
   * {@code credit version 7 against version 6}, {@code credit version 7, no champion}, or {@code
   * credit} without a candidate version.
   */
  static String subject(ModelIdentity model) {
    if (model.candidateVersion() == null) {
      return model.model();
    }
    return model.model() + " version " + model.candidateVersion()
        + (model.championVersion() == null
            ? ", no champion"
            : " against version " + model.championVersion());
  }

  /** The canary's share after the run's last transition. */
  static int lastPercent(CanaryVerdict verdict) {
    List<CanaryTransition> transitions = verdict.transitions();
    return transitions.isEmpty() ? 0 : transitions.get(transitions.size() - 1).canaryPercent();
  }

  private static String time(Instant instant) {
    return TIME.format(instant);
  }
}
