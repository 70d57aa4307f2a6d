package dev.modelgate.core.internal.canary;

import dev.modelgate.core.canary.CanaryCheckKind;
import dev.modelgate.core.canary.CanaryCheckResult;
import dev.modelgate.core.canary.ChiSquareBound;
import dev.modelgate.core.canary.KsBound;
import dev.modelgate.core.canary.PsiBound;
import dev.modelgate.core.canary.WindowOutcome;
import dev.modelgate.core.internal.reason.DistributionReason;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.PredictionDistribution;
import dev.modelgate.core.spi.PredictionDistribution.ClassCounts;
import dev.modelgate.core.spi.PredictionDistribution.ScoreSample;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The prediction-distribution checks of one window: PSI of scores or classes, the two-sample
 * Kolmogorov–Smirnov test of score samples, and the chi-square test of class rates, each of the
 * canary against the champion. Predictions that are missing, empty or of the wrong kind make the
 * check inconclusive. Stateless and thread-safe.
 */
final class DistributionChecks {

  private DistributionChecks() {}

  /** PSI at most {@code bound.max()}, warning above {@code bound.warn()}. */
  static CanaryCheckResult psi(ModelWindowStats champion, ModelWindowStats canary, PsiBound bound) {
    PredictionPair pair = PredictionPair.of(CanaryCheckKind.PSI, "PSI", champion, canary, bound.max());
    if (pair.problem() != null) {
      return pair.problem();
    }
    double psi = PredictionShares.psi(pair.champion(), pair.canary());
    BigDecimal observed = Numbers.exact(psi).round(MathContext.DECIMAL64);
    String shown = Numbers.statistic(psi);
    if (observed.compareTo(bound.max()) > 0) {
      return result(CanaryCheckKind.PSI, WindowOutcome.FAIL, observed, bound.max(), null, false,
          DistributionReason.psiShifted(shown, bound.max()));
    }
    boolean warning = observed.compareTo(bound.warn()) > 0;
    String reason =
        warning
            ? DistributionReason.psiModerate(shown, bound.max(), bound.warn())
            : DistributionReason.psiStable(shown, bound.max(), bound.warn());
    return result(CanaryCheckKind.PSI, WindowOutcome.PASS, observed, bound.max(), null, warning, reason);
  }

  /** The KS distance at most {@code bound.maxStatistic()} and p at least {@code bound.minPValue()}. */
  static CanaryCheckResult ks(ModelWindowStats champion, ModelWindowStats canary, KsBound bound) {
    BigDecimal shownBound = bound.maxStatistic() != null ? bound.maxStatistic() : bound.minPValue();
    PredictionPair pair = PredictionPair.of(CanaryCheckKind.KOLMOGOROV_SMIRNOV, "KS", champion, canary, shownBound);
    if (pair.problem() != null) {
      return pair.problem();
    }
    if (!(pair.champion() instanceof ScoreSample reference) || !(pair.canary() instanceof ScoreSample sample)) {
      return inconclusive(CanaryCheckKind.KOLMOGOROV_SMIRNOV, shownBound,
          DistributionReason.wrongKind("KS", "score samples", kind(pair.canary())));
    }
    Statistics.Test test = Statistics.kolmogorovSmirnov(reference.scores(), sample.scores());
    BigDecimal d = Numbers.exact(test.statistic()).round(MathContext.DECIMAL64);
    BigDecimal p = Numbers.exact(test.pValue()).round(MathContext.DECIMAL64);
    List<String> parts = new ArrayList<>(2);
    boolean passed = true;
    if (bound.maxStatistic() != null) {
      boolean held = d.compareTo(bound.maxStatistic()) <= 0;
      passed &= held;
      parts.add(DistributionReason.ksBound("D", held, true, bound.maxStatistic()));
    }
    if (bound.minPValue() != null) {
      boolean held = p.compareTo(bound.minPValue()) >= 0;
      passed &= held;
      parts.add(DistributionReason.ksBound("p", held, false, bound.minPValue()));
    }
    String reason =
        DistributionReason.ks(Numbers.statistic(test.statistic()), Numbers.pValue(test.pValue()),
            String.join(" and ", parts));
    return new CanaryCheckResult(CanaryCheckKind.KOLMOGOROV_SMIRNOV, null,
        passed ? WindowOutcome.PASS : WindowOutcome.FAIL, d, shownBound, null, p, false, reason);
  }

  /** The chi-square test of class rates: p at least {@code bound.minPValue()}. */
  static CanaryCheckResult chiSquare(ModelWindowStats champion, ModelWindowStats canary, ChiSquareBound bound) {
    PredictionPair pair = PredictionPair.of(CanaryCheckKind.CHI_SQUARE, "chi-square", champion, canary, bound.minPValue());
    if (pair.problem() != null) {
      return pair.problem();
    }
    if (!(pair.champion() instanceof ClassCounts reference) || !(pair.canary() instanceof ClassCounts counts)) {
      return inconclusive(CanaryCheckKind.CHI_SQUARE, bound.minPValue(),
          DistributionReason.wrongKind("chi-square", "class counts", kind(pair.canary())));
    }
    long[][] table = PredictionShares.byLabel(reference, counts);
    Statistics.Test test = Statistics.chiSquare(table[0], table[1]);
    int df = test.degreesOfFreedom();
    BigDecimal p = Numbers.exact(test.pValue()).round(MathContext.DECIMAL64);
    boolean passed = p.compareTo(bound.minPValue()) >= 0;
    String statistic = Numbers.statistic(test.statistic());
    String shownP = Numbers.pValue(test.pValue());
    String reason =
        passed
            ? DistributionReason.chiSquareWithin(statistic, df, shownP, bound.minPValue())
            : DistributionReason.chiSquareBelow(statistic, df, shownP, bound.minPValue());
    return new CanaryCheckResult(CanaryCheckKind.CHI_SQUARE, null,
        passed ? WindowOutcome.PASS : WindowOutcome.FAIL,
        Numbers.exact(test.statistic()).round(MathContext.DECIMAL64), bound.minPValue(), null, p, false, reason);
  }

  static String kind(PredictionDistribution distribution) {
    return distribution.getClass().getSimpleName();
  }

  static CanaryCheckResult inconclusive(CanaryCheckKind kind, BigDecimal bound, String reason) {
    return result(kind, WindowOutcome.INCONCLUSIVE, null, bound, null, false, reason);
  }

  private static CanaryCheckResult result(
      CanaryCheckKind kind, WindowOutcome outcome, @Nullable BigDecimal observed, BigDecimal bound,
      @Nullable BigDecimal pValue, boolean warning, String reason) {
    return new CanaryCheckResult(kind, null, outcome, observed, bound, null, pValue, warning, reason);
  }
}
