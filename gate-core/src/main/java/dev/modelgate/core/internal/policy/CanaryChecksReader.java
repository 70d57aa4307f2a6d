package dev.modelgate.core.internal.policy;

import dev.modelgate.core.canary.CanaryChecks;
import dev.modelgate.core.canary.ChiSquareBound;
import dev.modelgate.core.canary.ErrorRateComparison;
import dev.modelgate.core.canary.KsBound;
import dev.modelgate.core.canary.LatencyBound;
import dev.modelgate.core.canary.Percentile;
import dev.modelgate.core.canary.PsiBound;
import dev.modelgate.core.canary.SequentialErrorRate;
import dev.modelgate.core.canary.SequentialLatency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code canary.checks}: the checks every canary window must pass, exactly as written. The
 * rules of each check (an error rate is a fraction, a significance is between 0 and 1, at least one
 * check) are the policy's own, reported at the check that breaks them. Not thread-safe.
 */
final class CanaryChecksReader {

  private final Findings findings;

  CanaryChecksReader(Findings findings) {
    this.findings = findings;
  }

  /** The checks written at {@code node}; null when they have problems (they are recorded). */
  @Nullable CanaryChecks read(Node node, String path) {
    int mark = findings.count();
    Fields checks = Fields.of(node, path, Keys.CANARY_CHECK_FIELDS, findings);
    if (checks == null) {
      return null;
    }
    BigDecimal maxErrorRate = fraction(checks, Keys.MAX_ERROR_RATE);
    ErrorRateComparison comparison = section(checks, Keys.ERROR_RATE_VS_CHAMPION, Keys.ERROR_RATE_VS_CHAMPION_FIELDS,
        f -> new ErrorRateComparison(require(f, Keys.MARGIN), require(f, Keys.SIGNIFICANCE)));
    List<LatencyBound> latency = latency(checks);
    PsiBound psi = section(checks, Keys.PSI, Keys.PSI_FIELDS,
        f -> new PsiBound(require(f, Keys.MAX), optional(f, Keys.WARN, PsiBound.DEFAULT_WARN)));
    KsBound ks = section(checks, Keys.KS, Keys.KS_FIELDS,
        f -> new KsBound(optional(f, Keys.MAX_STATISTIC, null), optional(f, Keys.MIN_P_VALUE, null)));
    ChiSquareBound chiSquare = section(checks, Keys.CHI_SQUARE, Keys.CHI_SQUARE_FIELDS,
        f -> new ChiSquareBound(require(f, Keys.MIN_P_VALUE)));
    SequentialErrorRate errors = section(checks, Keys.ERROR_RATE_SEQUENTIAL, Keys.ERROR_RATE_SEQUENTIAL_FIELDS,
        f -> new SequentialErrorRate(
            optional(f, Keys.ALPHA, SequentialErrorRate.DEFAULT_ALPHA), optional(f, Keys.MARGIN, BigDecimal.ZERO)));
    SequentialLatency slow = section(checks, Keys.LATENCY_SEQUENTIAL, Keys.LATENCY_SEQUENTIAL_FIELDS,
        f -> new SequentialLatency(require(f, Keys.SLO_MILLIS),
            optional(f, Keys.ALPHA, SequentialErrorRate.DEFAULT_ALPHA), optional(f, Keys.MARGIN, BigDecimal.ZERO)));
    if (findings.since(mark)) {
      return null;
    }
    return findings.build(
        () -> new CanaryChecks(maxErrorRate, comparison, latency, psi, ks, chiSquare, errors, slow),
        checks.at(), checks.path());
  }

  private interface SectionValue<T> {
    @Nullable T build(Fields fields);
  }

  /** A missing number, for a value that the record refuses with a problem of its own. */
  private static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Missing() {
      super(null, null, false, false);
    }
  }

  private <T> @Nullable T section(Fields checks, String name, List<String> known, SectionValue<T> value) {
    Node node = checks.get(name);
    if (node == null) {
      return null;
    }
    Fields fields = Fields.of(node, checks.path(name), known, findings);
    if (fields == null) {
      return null;
    }
    int mark = findings.count();
    try {
      T built = findings.build(() -> value.build(fields), fields.at(), fields.path());
      return findings.since(mark) ? null : built;
    } catch (Missing e) {
      return null;
    }
  }

  private List<LatencyBound> latency(Fields checks) {
    List<LatencyBound> bounds = new ArrayList<>();
    Node node = checks.get(Keys.LATENCY);
    Node.Sequence list = node == null ? null : Values.list(node, checks.path(Keys.LATENCY), findings);
    Map<String, String> firstPaths = new HashMap<>();
    for (int i = 0; list != null && i < list.items().size(); i++) {
      String path = checks.path(Keys.LATENCY) + "[" + i + "]";
      Fields bound = Fields.of(list.items().get(i), path, Keys.LATENCY_FIELDS, findings);
      if (bound == null) {
        continue;
      }
      Node percentileNode = bound.require(Keys.PERCENTILE);
      String percentile = percentileNode == null
          ? null : CanaryReader.choice(percentileNode, bound.path(Keys.PERCENTILE), Keys.PERCENTILES, findings);
      BigDecimal maxMillis = number(bound, Keys.MAX_MILLIS);
      BigDecimal maxRatio = number(bound, Keys.MAX_RATIO);
      if (percentile == null) {
        continue;
      }
      String first = firstPaths.putIfAbsent(percentile, path);
      if (first != null) {
        findings.add(percentileNode.at(), bound.path(Keys.PERCENTILE), FileMessages.percentileTwice(percentile, first));
        continue;
      }
      Percentile p = Percentile.valueOf(percentile.toUpperCase(Locale.ROOT));
      LatencyBound built = findings.build(() -> new LatencyBound(p, maxMillis, maxRatio), bound.at(), bound.path());
      if (built != null) {
        bounds.add(built);
      }
    }
    return bounds;
  }

  private @Nullable BigDecimal fraction(Fields fields, String name) {
    Node node = fields.get(name);
    BigDecimal value = node == null ? null : Values.number(node, fields.path(name), findings);
    if (node != null && value != null && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
      findings.add(node.at(), fields.path(name), FileMessages.notAFraction(value));
      return null;
    }
    return value;
  }

  private @Nullable BigDecimal number(Fields fields, String name) {
    Node node = fields.get(name);
    return node == null ? null : Values.number(node, fields.path(name), findings);
  }

  private BigDecimal require(Fields fields, String name) {
    Node node = fields.require(name);
    BigDecimal value = node == null ? null : Values.number(node, fields.path(name), findings);
    if (value == null) {
      throw new Missing();
    }
    return value;
  }

  private @Nullable BigDecimal optional(Fields fields, String name, @Nullable BigDecimal defaultValue) {
    Node node = fields.get(name);
    if (node == null) {
      return defaultValue;
    }
    BigDecimal value = Values.number(node, fields.path(name), findings);
    if (value == null) {
      throw new Missing();
    }
    return value;
  }
}
