package dev.modelgate.core.internal.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.canary.CanaryChecks;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.ChiSquareBound;
import dev.modelgate.core.canary.ErrorRateComparison;
import dev.modelgate.core.canary.FailureCounting;
import dev.modelgate.core.canary.InconclusiveAction;
import dev.modelgate.core.canary.KsBound;
import dev.modelgate.core.canary.LatencyBound;
import dev.modelgate.core.canary.Percentile;
import dev.modelgate.core.canary.PsiBound;
import dev.modelgate.core.canary.SequentialErrorRate;
import dev.modelgate.core.canary.SequentialLatency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The canary gate of a policy definition in a report: every setting and every check, absent
 * checks as {@code null}; and back. The sequential tests are written only when set, so that the
 * definitions and hashes of policies without them stay as they were. Stateless and thread-safe.
 */
final class CanaryPolicyNodes {

  private static final String ERRORS = "errorRateSequential";
  private static final String SLOW = "latencySequential";

  private CanaryPolicyNodes() {}

  static ObjectNode write(CanaryGate gate) {
    ObjectNode node = ReportNodes.object();
    ArrayNode steps = node.putArray("steps");
    gate.steps().forEach(steps::add);
    node.put("intervalSeconds", gate.intervalSeconds());
    node.put("windowsPerStep", gate.windowsPerStep());
    node.put("failureLimit", gate.failureLimit());
    node.put("failureCounting", gate.failureCounting().name());
    node.put("minRequests", gate.minRequests());
    node.put("inconclusiveLimit", gate.inconclusiveLimit());
    node.put("onInconclusive", gate.onInconclusive().name());
    CanaryChecks checks = gate.checks();
    ObjectNode c = node.putObject("checks");
    c.set("maxErrorRate", ReportNodes.decimal(checks.maxErrorRate()));
    ErrorRateComparison comparison = checks.errorRateVsChampion();
    if (comparison == null) {
      c.putNull("errorRateVsChampion");
    } else {
      ObjectNode e = c.putObject("errorRateVsChampion");
      e.set("margin", ReportNodes.decimal(comparison.margin()));
      e.set("significance", ReportNodes.decimal(comparison.significance()));
    }
    ArrayNode latency = c.putArray("latency");
    for (LatencyBound bound : checks.latency()) {
      ObjectNode l = latency.addObject();
      l.put("percentile", bound.percentile().name());
      l.set("maxMillis", ReportNodes.decimal(bound.maxMillis()));
      l.set("maxRatio", ReportNodes.decimal(bound.maxRatio()));
    }
    PsiBound psi = checks.psi();
    if (psi == null) {
      c.putNull("psi");
    } else {
      c.putObject("psi").setAll(pair("max", psi.max(), "warn", psi.warn()));
    }
    KsBound ks = checks.ks();
    if (ks == null) {
      c.putNull("ks");
    } else {
      c.putObject("ks").setAll(pair("maxStatistic", ks.maxStatistic(), "minPValue", ks.minPValue()));
    }
    ChiSquareBound chiSquare = checks.chiSquare();
    if (chiSquare == null) {
      c.putNull("chiSquare");
    } else {
      c.putObject("chiSquare").set("minPValue", ReportNodes.decimal(chiSquare.minPValue()));
    }
    SequentialErrorRate errors = checks.errorRateSequential();
    if (errors != null) {
      c.putObject(ERRORS).setAll(pair("alpha", errors.alpha(), "margin", errors.margin()));
    }
    SequentialLatency slow = checks.latencySequential();
    if (slow != null) {
      ObjectNode l = c.putObject(SLOW);
      l.set("sloMillis", ReportNodes.decimal(slow.sloMillis()));
      l.setAll(pair("alpha", slow.alpha(), "margin", slow.margin()));
    }
    return node;
  }

  static CanaryGate read(ReportObject o) {
    o.expect("steps", "intervalSeconds", "windowsPerStep", "failureLimit", "failureCounting", "minRequests",
        "inconclusiveLimit", "onInconclusive", "checks");
    List<Integer> steps = o.wholeNumbers("steps").stream().map(Long::intValue).toList();
    ReportObject c = checks(o.object("checks"));
    ReportObject e = c.nullableObject("errorRateVsChampion");
    ReportObject psi = c.nullableObject("psi");
    ReportObject ks = c.nullableObject("ks");
    ReportObject chi = c.nullableObject("chiSquare");
    List<LatencyBound> latency = c.objects("latency").stream()
        .map(l -> l.expect("percentile", "maxMillis", "maxRatio"))
        .map(l -> new LatencyBound(
            l.enumValue("percentile", Percentile.class), l.nullableDecimal("maxMillis"), l.nullableDecimal("maxRatio")))
        .toList();
    CanaryChecks checks = new CanaryChecks(
        c.nullableDecimal("maxErrorRate"),
        e == null ? null : new ErrorRateComparison(
            e.expect("margin", "significance").decimal("margin"), e.decimal("significance")),
        latency,
        psi == null ? null : new PsiBound(psi.expect("max", "warn").decimal("max"), psi.decimal("warn")),
        ks == null ? null : new KsBound(
            ks.expect("maxStatistic", "minPValue").nullableDecimal("maxStatistic"), ks.nullableDecimal("minPValue")),
        chi == null ? null : new ChiSquareBound(chi.expect("minPValue").decimal("minPValue")),
        c.tree().has(ERRORS) ? errors(c.object(ERRORS)) : null,
        c.tree().has(SLOW) ? slow(c.object(SLOW)) : null);
    return new CanaryGate(steps, o.wholeNumber("intervalSeconds"), (int) o.wholeNumber("windowsPerStep"),
        (int) o.wholeNumber("failureLimit"), o.enumValue("failureCounting", FailureCounting.class),
        o.wholeNumber("minRequests"), (int) o.wholeNumber("inconclusiveLimit"),
        o.enumValue("onInconclusive", InconclusiveAction.class), checks);
  }

  /** The checks object, expecting the sequential tests only where they are written. */
  private static ReportObject checks(ReportObject c) {
    List<String> fields = new ArrayList<>(
        List.of("maxErrorRate", "errorRateVsChampion", "latency", "psi", "ks", "chiSquare"));
    for (String optional : List.of(ERRORS, SLOW)) {
      if (c.tree().has(optional)) {
        fields.add(optional);
      }
    }
    return c.expect(fields.toArray(String[]::new));
  }

  private static SequentialErrorRate errors(ReportObject e) {
    e.expect("alpha", "margin");
    return new SequentialErrorRate(e.decimal("alpha"), e.decimal("margin"));
  }

  private static SequentialLatency slow(ReportObject l) {
    l.expect("sloMillis", "alpha", "margin");
    return new SequentialLatency(l.decimal("sloMillis"), l.decimal("alpha"), l.decimal("margin"));
  }

  private static ObjectNode pair(String a, @Nullable BigDecimal x, String b, @Nullable BigDecimal y) {
    ObjectNode node = ReportNodes.object();
    node.set(a, ReportNodes.decimal(x));
    node.set(b, ReportNodes.decimal(y));
    return node;
  }
}
