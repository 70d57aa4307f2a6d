package dev.modelgate.core.internal.canary;

import dev.modelgate.core.canary.CanaryCheckKind;
import dev.modelgate.core.canary.CanaryCheckResult;
import dev.modelgate.core.canary.CanaryChecks;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.LatencyBound;
import dev.modelgate.core.canary.TrafficCounts;
import dev.modelgate.core.canary.WindowOutcome;
import dev.modelgate.core.canary.WindowResult;
import dev.modelgate.core.internal.reason.CanaryWindowReason;
import dev.modelgate.core.internal.reason.DistributionReason;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.WindowObservation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Judges one canary window against the policy's checks: PASS when every check passed, FAIL when
 * any failed, INCONCLUSIVE when none failed but the data did not suffice (missing, too few
 * requests, a percentile or prediction not reported). The sequential tests add every observed
 * window to the run's {@link SequentialEvidence}, a thin one included (they need no minimum), and a
 * thin window whose evidence completes a sequential test fails on that test alone. Stateless and
 * thread-safe; the evidence it is given is not.
 */
public final class WindowJudge {

  private WindowJudge() {}

  /**
   * The result of the window {@code observation} covers, during {@code step} at {@code canaryPercent},
   * its sequential tests judged on this window alone.
   */
  public static WindowResult judge(CanaryGate gate, WindowObservation observation, int step, int canaryPercent) {
    return judge(gate, observation, step, canaryPercent, new SequentialEvidence(gate.checks()));
  }

  /**
   * The result of the window {@code observation} covers, its counts added to the run's sequential
   * {@code evidence} first.
   */
  public static WindowResult judge(
      CanaryGate gate, WindowObservation observation, int step, int canaryPercent, SequentialEvidence evidence) {
    if (observation instanceof WindowObservation.Missing missing) {
      return new WindowResult(missing.window(), step, canaryPercent, WindowOutcome.INCONCLUSIVE,
          List.of(CanaryWindowReason.missing(missing.kind(), missing.detail())), List.of(), null, missing.kind());
    }
    WindowObservation.Observed observed = (WindowObservation.Observed) observation;
    ModelWindowStats champion = observed.champion();
    ModelWindowStats canary = observed.canary();
    TrafficCounts counts =
        new TrafficCounts(champion.requests(), champion.errors(), canary.requests(), canary.errors());
    List<CanaryCheckResult> sequential = evidence.add(observed.window().index(), champion, canary);
    List<String> thin = new ArrayList<>(2);
    if (champion.requests() < gate.minRequests()) {
      thin.add(CanaryWindowReason.tooFewRequests("champion", champion.requests(), gate.minRequests()));
    }
    if (canary.requests() < gate.minRequests()) {
      thin.add(CanaryWindowReason.tooFewRequests("canary", canary.requests(), gate.minRequests()));
    }
    if (!thin.isEmpty()) {
      List<CanaryCheckResult> rejected =
          sequential.stream().filter(c -> c.outcome() == WindowOutcome.FAIL).toList();
      return rejected.isEmpty()
          ? new WindowResult(observed.window(), step, canaryPercent, WindowOutcome.INCONCLUSIVE, thin,
              List.of(), counts, null)
          : new WindowResult(observed.window(), step, canaryPercent, WindowOutcome.FAIL,
              rejected.stream().map(CanaryCheckResult::reason).toList(), rejected, counts, null);
    }
    List<CanaryCheckResult> checks = new ArrayList<>(checks(gate.checks(), champion, canary));
    checks.addAll(sequential);
    WindowOutcome outcome = outcome(checks);
    List<String> reasons = new ArrayList<>();
    for (CanaryCheckResult check : checks) {
      if (outcome == WindowOutcome.PASS || check.outcome() == outcome || check.warning()) {
        reasons.add(check.reason());
      }
    }
    return new WindowResult(observed.window(), step, canaryPercent, outcome, reasons, checks, counts, null);
  }

  private static List<CanaryCheckResult> checks(
      CanaryChecks checks, ModelWindowStats champion, ModelWindowStats canary) {
    List<CanaryCheckResult> results = new ArrayList<>();
    BigDecimal maxErrorRate = checks.maxErrorRate();
    if (maxErrorRate != null) {
      results.add(guarded(CanaryCheckKind.MAX_ERROR_RATE, "error rate", maxErrorRate,
          () -> ErrorRateChecks.max(canary, maxErrorRate)));
    }
    var comparison = checks.errorRateVsChampion();
    if (comparison != null) {
      results.add(guarded(CanaryCheckKind.ERROR_RATE_VS_CHAMPION, "error rate", comparison.significance(),
          () -> ErrorRateChecks.versusChampion(champion, canary, comparison)));
    }
    for (LatencyBound bound : checks.latency()) {
      results.addAll(LatencyChecks.check(bound, champion, canary));
    }
    var psi = checks.psi();
    if (psi != null) {
      results.add(guarded(CanaryCheckKind.PSI, "PSI", psi.max(), () -> DistributionChecks.psi(champion, canary, psi)));
    }
    var ks = checks.ks();
    if (ks != null) {
      BigDecimal bound = ks.maxStatistic() != null ? ks.maxStatistic() : ks.minPValue();
      results.add(guarded(CanaryCheckKind.KOLMOGOROV_SMIRNOV, "KS", bound,
          () -> DistributionChecks.ks(champion, canary, ks)));
    }
    var chiSquare = checks.chiSquare();
    if (chiSquare != null) {
      results.add(guarded(CanaryCheckKind.CHI_SQUARE, "chi-square", chiSquare.minPValue(),
          () -> DistributionChecks.chiSquare(champion, canary, chiSquare)));
    }
    return results;
  }

  private static CanaryCheckResult guarded(
      CanaryCheckKind kind, String name, BigDecimal bound, Supplier<CanaryCheckResult> check) {
    try {
      return check.get();
    } catch (RuntimeException e) {
      return DistributionChecks.inconclusive(kind, bound, DistributionReason.notComputed(name, e));
    }
  }

  private static WindowOutcome outcome(List<CanaryCheckResult> checks) {
    if (checks.stream().anyMatch(c -> c.outcome() == WindowOutcome.FAIL)) {
      return WindowOutcome.FAIL;
    }
    if (checks.stream().anyMatch(c -> c.outcome() == WindowOutcome.INCONCLUSIVE)) {
      return WindowOutcome.INCONCLUSIVE;
    }
    return WindowOutcome.PASS;
  }
}
