package dev.modelgate.core.canary;

import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.util.ArrayList;
import java.util.List;

/**
 * A metrics source that answers window n with the n-th scripted outcome (PASS after the script
 * ends): healthy counts, a canary with half its requests failing, or a timeout. Remembers the
 * windows it was asked for. Not thread-safe.
 */
final class ScriptedMetrics implements CanaryMetrics {

  private final List<WindowOutcome> script;
  final List<Window> asked = new ArrayList<>();

  ScriptedMetrics(List<WindowOutcome> script) {
    this.script = List.copyOf(script);
  }

  static ScriptedMetrics of(WindowOutcome... outcomes) {
    return new ScriptedMetrics(List.of(outcomes));
  }

  /** The gate that judges this source's windows: error rate at most 0.05, 100 requests, no other check. */
  static CanaryGateBuilder gate() {
    return CanaryGate.builder().clearChecks().maxErrorRate(0.05);
  }

  @Override
  public String name() {
    return "scripted";
  }

  @Override
  public WindowObservation observe(Window window) {
    asked.add(window);
    int i = window.index() - 1;
    WindowOutcome outcome = i < script.size() ? script.get(i) : WindowOutcome.PASS;
    switch (outcome) {
      case FAIL:
        return new WindowObservation.Observed(window, Windows.healthy(), Windows.stats(1000, 500, 20, 40, 80));
      case INCONCLUSIVE:
        return new WindowObservation.Missing(window, MissingKind.TIMEOUT, "no answer within 10s");
      default:
        return new WindowObservation.Observed(window, Windows.healthy(), Windows.healthy());
    }
  }
}
