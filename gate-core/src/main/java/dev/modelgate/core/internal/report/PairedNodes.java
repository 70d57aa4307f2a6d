package dev.modelgate.core.internal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.Confidence;
import dev.modelgate.core.MetricInterval;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.PairedIntervals;
import dev.modelgate.core.internal.json.JsonProblems;
import dev.modelgate.core.internal.json.JsonShapeException;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.paired.IntervalMethod;
import dev.modelgate.metrics.paired.JointTable;
import dev.modelgate.metrics.stats.Alternative;
import dev.modelgate.metrics.stats.McNemarResult;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code paired} intervals of a champion–challenger verdict as JSON, and back:
 *
 * <pre>{@code
 * {"confidence": 0.95, "method": "PERCENTILE", "resamples": 10000, "seed": 42, "rows": 200,
 *  "labels": ["Bad", "Good"], "jointTable": [[[…]]],
 *  "mcnemar": {"championOnly": 12, "candidateOnly": 17, "pValue": 0.458},
 *  "improvement": interval | null, "differences": [interval…], "champion": [interval…],
 *  "candidate": [interval…]}
 * }</pre>
 *
 * where an interval is {@code {"metric", "method", "estimate", "lower", "upper"}}, numbers exact
 * decimals of the computed doubles or {@code "NaN"}. Reading checks what the table gives ({@code
 * rows}, McNemar's counts). Stateless and thread-safe.
 */
final class PairedNodes {

  private static final String[] FIELDS = {
    "confidence", "method", "resamples", "seed", "rows", "labels", "jointTable", "mcnemar", "improvement",
    "differences", "champion", "candidate"
  };

  private PairedNodes() {}

  static JsonNode write(@Nullable PairedIntervals paired) {
    if (paired == null) {
      return NullNode.getInstance();
    }
    ObjectNode node = settings(paired.settings());
    node.put("rows", paired.rows());
    JointTable table = paired.table();
    node.set("labels", ReportNodes.texts(table.labels().labels()));
    ArrayNode counts = node.putArray("jointTable");
    for (long[][] truth : table.toArray()) {
      ArrayNode byTruth = counts.addArray();
      for (long[] champion : truth) {
        ArrayNode byChampion = byTruth.addArray();
        for (long count : champion) {
          byChampion.add(count);
        }
      }
    }
    McNemarResult mcnemar = paired.mcnemar();
    node.putObject("mcnemar")
        .put("championOnly", mcnemar.championOnly())
        .put("candidateOnly", mcnemar.candidateOnly())
        .set("pValue", ReportNodes.metricValue(MetricValue.of(mcnemar.pValue())));
    node.set("improvement", paired.improvement() == null ? NullNode.getInstance() : interval(paired.improvement()));
    node.set("differences", intervals(paired.differences()));
    node.set("champion", intervals(paired.champion()));
    node.set("candidate", intervals(paired.candidate()));
    return node;
  }

  static PairedIntervals read(ReportObject o) {
    o.expect(FIELDS);
    Confidence settings = settings(o);
    JointTable table = table(o);
    if (o.wholeNumber("rows") != table.rows()) {
      throw derived(o, "rows", o.wholeNumber("rows"), table.rows());
    }
    ReportObject m = o.object("mcnemar").expect("championOnly", "candidateOnly", "pValue");
    if (m.wholeNumber("championOnly") != table.championOnly()) {
      throw derived(m, "championOnly", m.wholeNumber("championOnly"), table.championOnly());
    }
    if (m.wholeNumber("candidateOnly") != table.candidateOnly()) {
      throw derived(m, "candidateOnly", m.wholeNumber("candidateOnly"), table.candidateOnly());
    }
    McNemarResult mcnemar =
        new McNemarResult(
            table.championOnly(), table.candidateOnly(), McNemarResult.Method.EXACT, Alternative.TWO_SIDED,
            Math.min(table.championOnly(), table.candidateOnly()), required(m, "pValue").toDouble());
    ReportObject improvement = o.nullableObject("improvement");
    return new PairedIntervals(
        settings, table, mcnemar, improvement == null ? null : interval(improvement),
        intervals(o, "differences"), intervals(o, "champion"), intervals(o, "candidate"));
  }

  /** A new object holding {@code confidence, method, resamples, seed} of {@code settings}. */
  static ObjectNode settings(Confidence settings) {
    ObjectNode node = ReportNodes.object();
    node.set("confidence", ReportNodes.decimal(settings.level()));
    node.put("method", settings.method().name());
    node.put("resamples", settings.resamples());
    node.put("seed", settings.seed());
    return node;
  }

  /** The settings in {@code confidence, method, resamples, seed} of {@code o}. */
  static Confidence settings(ReportObject o) {
    long resamples = o.wholeNumber("resamples");
    // out of int's range it is out of the settings' range too, and refused as such
    int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, resamples));
    return new Confidence(
        o.decimal("confidence"), clamped, o.wholeNumber("seed"), o.enumValue("method", IntervalMethod.class));
  }

  private static JointTable table(ReportObject o) {
    LabelDictionary labels = LabelDictionary.of(o.texts("labels"));
    int k = labels.size();
    JsonNode counts = o.node("jointTable");
    long[][][] cells = new long[k][k][k];
    for (int t = 0; t < k; t++) {
      for (int a = 0; a < k; a++) {
        for (int b = 0; b < k; b++) {
          JsonNode count = counts.path(t).path(a).path(b);
          if (!count.isIntegralNumber() || !count.canConvertToLong()) {
            throw new JsonShapeException(JsonProblems.wrongType(o.path(), "jointTable[" + t + "][" + a + "][" + b + "]",
                "a whole number", JsonProblems.describe(count)));
          }
          cells[t][a][b] = count.longValue();
        }
      }
    }
    return JointTable.ofCounts(labels, cells);
  }

  private static ObjectNode interval(MetricInterval interval) {
    ObjectNode node = ReportNodes.object();
    node.set("metric", ReportNodes.metric(interval.metric()));
    node.put("method", interval.method().name());
    node.set("estimate", ReportNodes.metricValue(interval.estimate()));
    node.set("lower", ReportNodes.metricValue(interval.lower()));
    node.set("upper", ReportNodes.metricValue(interval.upper()));
    return node;
  }

  private static MetricInterval interval(ReportObject o) {
    o.expect("metric", "method", "estimate", "lower", "upper");
    return new MetricInterval(
        o.metric("metric"), o.enumValue("method", MetricInterval.Method.class), required(o, "estimate"),
        required(o, "lower"), required(o, "upper"));
  }

  static ArrayNode intervals(List<MetricInterval> intervals) {
    ArrayNode array = ReportNodes.array();
    intervals.forEach(i -> array.add(interval(i)));
    return array;
  }

  static List<MetricInterval> intervals(ReportObject o, String field) {
    return o.objects(field).stream().map(PairedNodes::interval).toList();
  }

  /** A metric value that may be {@code "NaN"} but not {@code null}. */
  private static MetricValue required(ReportObject o, String field) {
    MetricValue value = o.metricValue(field);
    if (value == null) {
      throw new JsonShapeException(
          JsonProblems.wrongType(o.path(), field, "a number or \"NaN\"", JsonProblems.describe(o.node(field))));
    }
    return value;
  }

  private static JsonShapeException derived(ReportObject o, String field, long written, long derived) {
    return new JsonShapeException(
        ReportProblems.derivedMismatch(o.path(), field, String.valueOf(written), String.valueOf(derived)));
  }
}
