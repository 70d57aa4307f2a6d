package dev.modelgate.core.report;

import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.Verdict;
import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.core.canary.WindowResult;
import dev.modelgate.core.internal.canary.CanaryNodes;
import dev.modelgate.core.internal.io.AtomicFiles;
import dev.modelgate.core.internal.json.JsonShapeException;
import dev.modelgate.core.internal.report.ReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes gate-run reports and verdicts as stable JSON, and reads them back to equal values.
 *
 * <pre>{@code
 * String json = Reports.toJson(report);            // {"formatVersion": 2, "type": "gate-run", …}
 * GateRunReport same = Reports.readRun(json);      // same.equals(report)
 * Reports.write(report, Path.of("gate-report.json"));
 * }</pre>
 *
 * <p>The format ({@value #FORMAT_VERSION}) is documented field by field in {@code
 * docs/report-format.md}: keys in a fixed order, two-space indent, {@code \n} line breaks, exact
 * decimals in plain notation, undefined metric values as {@code "NaN"}, times in ISO-8601 UTC, and
 * the policy as a {@link PolicySnapshot} with its full definition. Reports of format 1 (before the
 * paired intervals) are still read. Reading is strict: an unknown or missing field, a wrong type, a
 * format version this library does not know, or a policy definition that does not match its hash
 * is refused with a {@link ReportFormatException} naming the field. Stateless and thread-safe.
 */
public final class Reports {

  /** The version of the report format this library writes; it reads this one and version 1. */
  public static final int FORMAT_VERSION = ReportJson.FORMAT_VERSION;

  private Reports() {}

  /** {@code report} as JSON, with a final line break. */
  public static String toJson(GateRunReport report) {
    return ReportJson.write(Objects.requireNonNull(report, "report"));
  }

  /** {@code verdict} as a report of its own ({@code "type": "verdict"}), with a final line break. */
  public static String toJson(Verdict verdict) {
    return ReportJson.write(Objects.requireNonNull(verdict, "verdict"));
  }

  /**
   * The verdict of a canary run as a report of its own ({@code "type": "canary"}), with a final line
   * break: decision, state, dry-run flag, summary, model, reasons, router and metrics names, times,
   * the champion alias move, every window with its checks, every transition and traffic action, and
   * the canary gate that decided. Written for people and tools; this version does not read canary
   * reports back.
   */
  public static String toJson(CanaryVerdict verdict) {
    return ReportJson.write(Objects.requireNonNull(verdict, "verdict"));
  }

  /**
   * One judged canary window as one line of JSON without a line break (index, interval, step,
   * share, outcome, reasons, counts, missing kind, checks), for a timeline printed as windows close,
   * such as {@code gate canary --format json}.
   */
  public static String toJsonLine(WindowResult window) {
    return ReportJson.line(CanaryNodes.window(Objects.requireNonNull(window, "window")));
  }

  /** The verdict of a canary run as one line of JSON, the same fields as {@link #toJson(CanaryVerdict)}. */
  public static String toJsonLine(CanaryVerdict verdict) {
    return ReportJson.line(CanaryNodes.verdict(Objects.requireNonNull(verdict, "verdict")));
  }

  /**
   * The gate run written in {@code json}.
   *
   * @throws ReportFormatException naming what is wrong, if it is not a gate-run report
   */
  public static GateRunReport readRun(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return ReportJson.readRun(json);
    } catch (JsonShapeException e) {
      throw new ReportFormatException(String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * The verdict written in {@code json}: a registration, champion–challenger or pipeline verdict.
   *
   * @throws ReportFormatException naming what is wrong, if it is not a verdict report
   */
  public static Verdict readVerdict(String json) {
    Objects.requireNonNull(json, "json");
    try {
      return ReportJson.readVerdict(json);
    } catch (JsonShapeException e) {
      throw new ReportFormatException(String.valueOf(e.getMessage()), e);
    }
  }

  /**
   * Writes {@code report} to {@code file} atomically (a temporary file, forced, then renamed), so a
   * reader never sees half a report.
   *
   * @throws IOException if the file cannot be written
   */
  public static void write(GateRunReport report, Path file) throws IOException {
    AtomicFiles.write(Objects.requireNonNull(file, "file"), toJson(report).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The gate run in {@code file}, which must be UTF-8.
   *
   * @throws IOException if the file cannot be read
   * @throws ReportFormatException if it is not a gate-run report
   */
  public static GateRunReport readRun(Path file) throws IOException {
    return readRun(Files.readString(Objects.requireNonNull(file, "file"), StandardCharsets.UTF_8));
  }
}
