package dev.modelgate.cli.internal;

import dev.modelgate.core.canary.CanaryListener;
import dev.modelgate.core.canary.CanaryTransition;
import dev.modelgate.core.canary.RouterAction;
import dev.modelgate.core.canary.WindowResult;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * Prints a canary run as it goes: each window as it closes, as a line of text or, with JSON, one
 * {@link CanaryJson#window JSON object}; in text, also each state transition and each traffic action
 * (not those a dry run skipped). Flushes after every line, so a pipeline's log shows the run live.
 * Called from the run's thread only.
 */
public final class CanaryTimeline implements CanaryListener {

  private final PrintWriter out;
  private final boolean json;

  /** A timeline printed to {@code out}, in JSON or text. */
  public CanaryTimeline(PrintWriter out, boolean json) {
    this.out = Objects.requireNonNull(out, "out");
    this.json = json;
  }

  @Override
  public void windowJudged(WindowResult window) {
    print(json ? CanaryJson.window(window) : CanaryText.window(window));
  }

  @Override
  public void transitioned(CanaryTransition transition) {
    if (!json) {
      print(CanaryText.transition(transition));
    }
  }

  @Override
  public void acted(RouterAction action) {
    if (!json && action.status() != RouterAction.Status.SKIPPED_DRY_RUN) {
      print(CanaryText.action(action));
    }
  }

  private void print(String line) {
    out.println(line);
    out.flush();
  }
}
