package dev.modelgate.core.internal.policy;

import dev.modelgate.core.canary.CanaryChecks;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.FailureCounting;
import dev.modelgate.core.canary.InconclusiveAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code canary} section. Every field is optional and defaults as {@link
 * CanaryGate#defaults()} does; {@code checks}, when written, are exactly the window's checks (the
 * default checks apply only when it is left out). Not thread-safe.
 */
final class CanaryReader {

  private final Findings findings;

  CanaryReader(Findings findings) {
    this.findings = findings;
  }

  /** The gate written at {@code node}, the defaults when it is null; null when it has problems. */
  @Nullable CanaryGate read(@Nullable Node node) {
    CanaryGate defaults = CanaryGate.defaults();
    if (node == null) {
      return defaults;
    }
    int mark = findings.count();
    Fields gate = Fields.of(node, Keys.CANARY, Keys.CANARY_FIELDS, findings);
    if (gate == null) {
      return null;
    }
    List<Integer> steps = steps(gate, defaults.steps());
    Long interval = count(gate, Keys.INTERVAL_SECONDS, defaults.intervalSeconds(), Long.MAX_VALUE);
    Long windows = count(gate, Keys.WINDOWS_PER_STEP, defaults.windowsPerStep(), Integer.MAX_VALUE);
    Long failures = count(gate, Keys.FAILURE_LIMIT, defaults.failureLimit(), Integer.MAX_VALUE);
    String counting = choice(gate, Keys.FAILURE_COUNTING, Keys.FAILURE_COUNTINGS, defaults.failureCounting().name());
    Long minRequests = count(gate, Keys.MIN_REQUESTS, defaults.minRequests(), Long.MAX_VALUE);
    Long inconclusive = count(gate, Keys.INCONCLUSIVE_LIMIT, defaults.inconclusiveLimit(), Integer.MAX_VALUE);
    String action = choice(gate, Keys.ON_INCONCLUSIVE, Keys.INCONCLUSIVE_ACTIONS, defaults.onInconclusive().name());
    Node checksNode = gate.get(Keys.CHECKS);
    CanaryChecks checks =
        checksNode == null ? defaults.checks() : new CanaryChecksReader(findings).read(checksNode, gate.path(Keys.CHECKS));
    if (steps == null || interval == null || windows == null || failures == null || counting == null
        || minRequests == null || inconclusive == null || action == null) {
      return null;
    }
    // the gate's own rules are checked even when the checks have problems, with the default checks
    CanaryChecks forGate = checks == null ? defaults.checks() : checks;
    CanaryGate built = findings.build(
        () -> new CanaryGate(steps, interval, windows.intValue(), failures.intValue(),
            FailureCounting.valueOf(counting.toUpperCase(Locale.ROOT)), minRequests, inconclusive.intValue(),
            InconclusiveAction.valueOf(action.toUpperCase(Locale.ROOT)), forGate),
        gate.at(),
        gate.path());
    return findings.since(mark) ? null : built;
  }

  private @Nullable List<Integer> steps(Fields gate, List<Integer> defaults) {
    Node node = gate.get(Keys.STEPS);
    if (node == null) {
      return defaults;
    }
    Node.Sequence list = Values.list(node, gate.path(Keys.STEPS), findings);
    if (list == null) {
      return null;
    }
    List<Integer> steps = new ArrayList<>();
    for (int i = 0; i < list.items().size(); i++) {
      Node item = list.items().get(i);
      Long step = Values.wholeNumber(item, gate.path(Keys.STEPS) + "[" + i + "]", findings);
      if (step != null) {
        steps.add((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, step)));
      }
    }
    return steps.size() == list.items().size() ? steps : null;
  }

  /** A whole number from 1 to {@code max}, the default when absent; null with a problem recorded. */
  private @Nullable Long count(Fields gate, String name, long defaultValue, long max) {
    Node node = gate.get(name);
    if (node == null) {
      return defaultValue;
    }
    Long value = Values.wholeNumber(node, gate.path(name), findings);
    if (value != null && value < 1) {
      findings.add(node.at(), gate.path(name), FileMessages.notPositive(value));
      return null;
    }
    if (value != null && value > max) {
      findings.add(node.at(), gate.path(name), FileMessages.tooLarge(max, value));
      return null;
    }
    return value;
  }

  /** One of {@code choices}, the default (an enum constant's name) when absent. */
  private @Nullable String choice(Fields gate, String name, List<String> choices, String defaultValue) {
    Node node = gate.get(name);
    return node == null ? defaultValue : choice(node, gate.path(name), choices, findings);
  }

  /** The text of {@code node} if it is one of {@code choices}; null with a problem recorded. */
  static @Nullable String choice(Node node, String path, List<String> choices, Findings findings) {
    String text = Values.text(node, path, false, findings);
    if (text != null && !choices.contains(text)) {
      findings.add(node.at(), path, FileMessages.notAChoice(choices, FileMessages.found(node)));
      return null;
    }
    return text;
  }
}
