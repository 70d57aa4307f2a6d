package dev.modelgate.core.internal.policy;

import dev.modelgate.core.canary.CanaryChecks;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.ChiSquareBound;
import dev.modelgate.core.canary.ErrorRateComparison;
import dev.modelgate.core.canary.KsBound;
import dev.modelgate.core.canary.LatencyBound;
import dev.modelgate.core.canary.PsiBound;
import dev.modelgate.core.canary.SequentialErrorRate;
import dev.modelgate.core.canary.SequentialLatency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes the {@code canary} section of a policy file: every setting and every check, in the order
 * the format documents, so that it reads back as an equal gate. Stateless and thread-safe.
 */
final class CanaryDocument {

  private CanaryDocument() {}

  static Map<String, Object> canary(CanaryGate gate) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(Keys.STEPS, gate.steps().stream().map(Integer::longValue).toList());
    map.put(Keys.INTERVAL_SECONDS, gate.intervalSeconds());
    map.put(Keys.WINDOWS_PER_STEP, (long) gate.windowsPerStep());
    map.put(Keys.FAILURE_LIMIT, (long) gate.failureLimit());
    map.put(Keys.FAILURE_COUNTING, gate.failureCounting().name().toLowerCase(Locale.ROOT));
    map.put(Keys.MIN_REQUESTS, gate.minRequests());
    map.put(Keys.INCONCLUSIVE_LIMIT, (long) gate.inconclusiveLimit());
    map.put(Keys.ON_INCONCLUSIVE, gate.onInconclusive().name().toLowerCase(Locale.ROOT));
    map.put(Keys.CHECKS, checks(gate.checks()));
    return map;
  }

  private static Map<String, Object> checks(CanaryChecks checks) {
    Map<String, Object> map = new LinkedHashMap<>();
    put(map, Keys.MAX_ERROR_RATE, checks.maxErrorRate());
    ErrorRateComparison comparison = checks.errorRateVsChampion();
    if (comparison != null) {
      Map<String, Object> c = new LinkedHashMap<>();
      c.put(Keys.MARGIN, comparison.margin());
      c.put(Keys.SIGNIFICANCE, comparison.significance());
      map.put(Keys.ERROR_RATE_VS_CHAMPION, c);
    }
    if (!checks.latency().isEmpty()) {
      List<Object> bounds = new ArrayList<>();
      for (LatencyBound bound : checks.latency()) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put(Keys.PERCENTILE, bound.percentile().label());
        put(b, Keys.MAX_MILLIS, bound.maxMillis());
        put(b, Keys.MAX_RATIO, bound.maxRatio());
        bounds.add(b);
      }
      map.put(Keys.LATENCY, bounds);
    }
    PsiBound psi = checks.psi();
    if (psi != null) {
      Map<String, Object> p = new LinkedHashMap<>();
      p.put(Keys.MAX, psi.max());
      p.put(Keys.WARN, psi.warn());
      map.put(Keys.PSI, p);
    }
    KsBound ks = checks.ks();
    if (ks != null) {
      Map<String, Object> k = new LinkedHashMap<>();
      put(k, Keys.MAX_STATISTIC, ks.maxStatistic());
      put(k, Keys.MIN_P_VALUE, ks.minPValue());
      map.put(Keys.KS, k);
    }
    ChiSquareBound chiSquare = checks.chiSquare();
    if (chiSquare != null) {
      map.put(Keys.CHI_SQUARE, new LinkedHashMap<>(Map.of(Keys.MIN_P_VALUE, chiSquare.minPValue())));
    }
    SequentialErrorRate errors = checks.errorRateSequential();
    if (errors != null) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put(Keys.ALPHA, errors.alpha());
      e.put(Keys.MARGIN, errors.margin());
      map.put(Keys.ERROR_RATE_SEQUENTIAL, e);
    }
    SequentialLatency slow = checks.latencySequential();
    if (slow != null) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put(Keys.SLO_MILLIS, slow.sloMillis());
      l.put(Keys.ALPHA, slow.alpha());
      l.put(Keys.MARGIN, slow.margin());
      map.put(Keys.LATENCY_SEQUENTIAL, l);
    }
    return map;
  }

  private static void put(Map<String, Object> map, String key, @Nullable BigDecimal value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
