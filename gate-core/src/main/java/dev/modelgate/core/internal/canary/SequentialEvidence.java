package dev.modelgate.core.internal.canary;

import dev.modelgate.core.canary.CanaryCheckKind;
import dev.modelgate.core.canary.CanaryCheckResult;
import dev.modelgate.core.canary.CanaryChecks;
import dev.modelgate.core.canary.SequentialErrorRate;
import dev.modelgate.core.canary.SequentialLatency;
import dev.modelgate.core.canary.WindowOutcome;
import dev.modelgate.core.canary.WindowResult;
import dev.modelgate.core.internal.reason.CanarySequentialReason;
import dev.modelgate.core.internal.reason.DistributionReason;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.metrics.stats.BinomialEProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The evidence of a canary run's sequential tests, accumulated window by window over every step:
 * one {@link BinomialEProcess} on the errors and one on the requests over the SLO, each fed the
 * window's counts with the canary's share of that window's requests, so that a change of step
 * changes {@code π₀} and nothing else. A window without both models' counts over the SLO adds
 * nothing to the latency test, whose check is then inconclusive. Not thread-safe: one per run.
 */
public final class SequentialEvidence {

  private final @Nullable SequentialErrorRate errorTest;
  private final @Nullable SequentialLatency latencyTest;
  private @Nullable BinomialEProcess errors;
  private @Nullable BinomialEProcess slow;
  private final TreeSet<Integer> windows = new TreeSet<>();

  /** Fresh evidence for the sequential tests among {@code checks}; none when it has none. */
  public SequentialEvidence(CanaryChecks checks) {
    this.errorTest = checks.errorRateSequential();
    this.latencyTest = checks.latencySequential();
    this.errors = errorTest == null ? null : BinomialEProcess.start(errorTest.margin().doubleValue());
    this.slow = latencyTest == null ? null : BinomialEProcess.start(latencyTest.margin().doubleValue());
  }

  /**
   * Adds window {@code index}'s counts to each test and returns each test's result after it, the
   * error test first; empty without sequential tests.
   */
  public List<CanaryCheckResult> add(int index, ModelWindowStats champion, ModelWindowStats canary) {
    List<CanaryCheckResult> results = new ArrayList<>(2);
    SequentialErrorRate errorRate = errorTest;
    BinomialEProcess errorProcess = errors;
    if (errorRate != null && errorProcess != null) {
      try {
        errors = errorProcess.observeCounts(champion.requests(), champion.errors(), canary.requests(), canary.errors());
        windows.add(index);
        results.add(SequentialChecks.result(
            CanaryCheckKind.ERROR_RATE_SEQUENTIAL, errors, errorRate.alpha(), errorRate.margin(), "errors"));
      } catch (RuntimeException e) {
        results.add(SequentialChecks.inconclusive(CanaryCheckKind.ERROR_RATE_SEQUENTIAL, errorRate.alpha(),
            DistributionReason.notComputed("sequential error-rate", e)));
      }
    }
    SequentialLatency latency = latencyTest;
    BinomialEProcess slowProcess = slow;
    if (latency != null && slowProcess != null) {
      results.add(latency(index, latency, slowProcess, champion, canary));
    }
    return results;
  }

  private CanaryCheckResult latency(int index, SequentialLatency test, BinomialEProcess process,
      ModelWindowStats champion, ModelWindowStats canary) {
    String events = CanarySequentialReason.requestsOver(test.sloMillis());
    OptionalLong championSlow = champion.requestsOver(test.slo());
    OptionalLong canarySlow = canary.requestsOver(test.slo());
    if (championSlow.isEmpty() || canarySlow.isEmpty()) {
      return SequentialChecks.inconclusive(
          CanaryCheckKind.LATENCY_SEQUENTIAL, test.alpha(), CanarySequentialReason.notCounted(events));
    }
    try {
      slow = process.observeCounts(
          champion.requests(), championSlow.getAsLong(), canary.requests(), canarySlow.getAsLong());
      windows.add(index);
      return SequentialChecks.result(CanaryCheckKind.LATENCY_SEQUENTIAL, slow, test.alpha(), test.margin(), events);
    } catch (RuntimeException e) {
      return SequentialChecks.inconclusive(CanaryCheckKind.LATENCY_SEQUENTIAL, test.alpha(),
          DistributionReason.notComputed("sequential latency", e));
    }
  }

  /** The windows whose counts went into either test, in order: the evidence of a rollback. */
  public List<Integer> windows() {
    return List.copyOf(windows);
  }

  /** The reasons of {@code window}'s failed sequential checks, in order; empty when none failed. */
  public static List<String> rejections(WindowResult window) {
    return window.checks().stream()
        .filter(c -> c.kind().sequential() && c.outcome() == WindowOutcome.FAIL)
        .map(CanaryCheckResult::reason)
        .toList();
  }
}
