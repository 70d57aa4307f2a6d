package dev.modelgate.core.internal.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.Verdict;
import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.core.internal.canary.CanaryNodes;
import dev.modelgate.core.internal.json.CoreJson;
import dev.modelgate.core.internal.json.JsonShapeException;
import java.nio.charset.StandardCharsets;

/**
 * The report documents: a gate run ({@code "type": "gate-run"}) or a single verdict ({@code
 * "type": "verdict"}), pretty-printed with keys in a fixed order, and read back strictly. Reading
 * fails with a {@link JsonShapeException} naming the path and field at fault. Stateless and
 * thread-safe.
 */
public final class ReportJson {

  /**
   * The version of the format this library writes. It reads this one and every earlier one: version
   * 1 is version 2 without the {@code paired} intervals of a champion–challenger verdict.
   */
  public static final int FORMAT_VERSION = 2;

  /** The oldest version this library reads. */
  public static final int OLDEST_READ = 1;

  /** The {@code type} of a gate-run report. */
  public static final String RUN_TYPE = "gate-run";

  /** The {@code type} of a single verdict's report. */
  public static final String VERDICT_TYPE = "verdict";

  /** The {@code type} of a canary run's report. */
  public static final String CANARY_TYPE = "canary";

  private static final String ROOT = "report";

  private ReportJson() {}

  /** {@code report} as pretty-printed JSON with a final line break. */
  public static String write(GateRunReport report) {
    ObjectNode node = header(RUN_TYPE);
    RunNodes.write(report, node);
    return pretty(node);
  }

  /** {@code verdict} as a report document of its own. */
  public static String write(Verdict verdict) {
    Header header = Header.of(verdict.context());
    ObjectNode node = header(VERDICT_TYPE);
    node.put("model", header.model());
    node.put("testSetFingerprint", header.testSetFingerprint());
    node.put("libraryVersion", header.libraryVersion());
    node.set("verdict", VerdictNodes.write(verdict));
    node.set("policy", PolicyCodec.snapshot(header.policy()));
    return pretty(node);
  }

  /** {@code verdict} of a canary run as a report document: the verdict's fields and its canary gate. */
  public static String write(CanaryVerdict verdict) {
    ObjectNode node = header(CANARY_TYPE);
    node.setAll(CanaryNodes.verdict(verdict));
    node.set("policy", CanaryPolicyNodes.write(verdict.policy()));
    return pretty(node);
  }

  /** {@code value}'s JSON tree on one line, without a line break. */
  public static String line(ObjectNode value) {
    try {
      return CoreJson.mapper().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree cannot be written", e);
    }
  }

  /**
   * The gate run written in {@code json}.
   *
   * @throws JsonShapeException if it is not JSON, not a gate-run report of a supported version, or
   *     any field is missing, unknown, of the wrong type or inconsistent
   */
  public static GateRunReport readRun(String json) {
    ReportObject root = root(json, RUN_TYPE);
    try {
      return RunNodes.read(root);
    } catch (IllegalArgumentException e) {
      throw new JsonShapeException(ReportProblems.invalid(ROOT, String.valueOf(e.getMessage())));
    }
  }

  /**
   * The verdict written in {@code json}: a {@code RegistrationVerdict}, {@code
   * ChampionChallengerVerdict} or {@code PipelineVerdict}.
   *
   * @throws JsonShapeException as {@link #readRun} does
   */
  public static Verdict readVerdict(String json) {
    ReportObject root = root(json, VERDICT_TYPE);
    try {
      root.expect("formatVersion", "type", "model", "testSetFingerprint", "libraryVersion", "verdict", "policy");
      Header header =
          new Header(
              PolicyCodec.snapshot(root.object("policy")),
              root.text("model"),
              root.text("testSetFingerprint"),
              root.text("libraryVersion"),
              root.wholeNumber("formatVersion"));
      return VerdictNodes.read(root.object("verdict"), header);
    } catch (IllegalArgumentException e) {
      throw new JsonShapeException(ReportProblems.invalid(ROOT, String.valueOf(e.getMessage())));
    }
  }

  private static ObjectNode header(String type) {
    ObjectNode node = ReportNodes.object();
    node.put("formatVersion", FORMAT_VERSION);
    node.put("type", type);
    return node;
  }

  private static ReportObject root(String json, String type) {
    JsonNode tree;
    try {
      tree = CoreJson.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new JsonShapeException(
          ReportProblems.notJson(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
              e.getOriginalMessage()));
    }
    ReportObject root = ReportObject.of(tree, ROOT);
    long version = root.wholeNumber("formatVersion");
    if (version < OLDEST_READ || version > FORMAT_VERSION) {
      throw new JsonShapeException(ReportProblems.unsupportedVersion(version, OLDEST_READ, FORMAT_VERSION));
    }
    String found = root.text("type");
    if (!found.equals(type)) {
      throw new JsonShapeException(ReportProblems.wrongType(found, type));
    }
    return root;
  }

  private static String pretty(ObjectNode node) {
    return new String(CoreJson.prettyBytes(node), StandardCharsets.UTF_8);
  }
}
