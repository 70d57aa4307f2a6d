package dev.modelgate.cli.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;

/**
 * The messages of a bad canary recording ({@code gate canary --metrics-file}), one factory per
 * reason, so that a message cannot drift from the rule that produces it. Each names the file and
 * the line, {@code metrics.jsonl:3: ...}, and the field at fault as a path such as {@code
 * canary.latencyMillis."0.99"}.
 */
public final class RecordingMessages {

  private RecordingMessages() {}

  /** {@code metrics.jsonl: no windows: expected one JSON object per line}. */
  public static String noWindows(String file) {
    return file + ": no windows: expected one JSON object per line";
  }

  /** {@code metrics.jsonl:3: not a JSON object: Unexpected character ('x' ...)}. */
  public static String notJson(String file, long line, String reason) {
    return file + ":" + line + ": not a JSON object: " + reason;
  }

  /** {@code metrics.jsonl:3: canary.requests: required field is missing}. */
  public static String missingField(String file, long line, String field) {
    return file + ":" + line + ": " + field + ": required field is missing";
  }

  /** {@code metrics.jsonl:3: canary.p99: unknown field; expected one of requests, errors, ...}. */
  public static String unknownField(String file, long line, String field, Collection<String> known) {
    return file + ":" + line + ": " + field + ": unknown field; expected one of "
        + String.join(", ", known);
  }

  /** {@code metrics.jsonl:3: canary.errors: expected a whole number >= 0, got "x"}. */
  public static String expected(String file, long line, String field, String what, String got) {
    return file + ":" + line + ": " + field + ": expected " + what + ", got " + got;
  }

  /** {@code metrics.jsonl:3: canary.errors: 30 errors out of 20 requests}. */
  public static String moreErrorsThanRequests(String file, long line, String side, long errors,
      long requests) {
    return file + ":" + line + ": " + side + ".errors: " + errors + " errors out of " + requests
        + " requests";
  }

  /** {@code metrics.jsonl:3: missing and champion/canary both given: a window has one or the other}. */
  public static String bothKinds(String file, long line) {
    return file + ":" + line + ": missing and champion/canary both given: a window is either"
        + " observed or missing";
  }

  /** {@code metrics.jsonl:3: missing: expected one of NO_TRAFFIC, ..., got "x"}. */
  public static String unknownKind(String file, long line, String got, Collection<String> kinds) {
    return file + ":" + line + ": missing: expected one of " + String.join(", ", kinds) + ", got "
        + InputMessages.quote(got);
  }

  /** {@code metrics.jsonl:3: predictions: give exactly one of scores, histogram, classes}. */
  public static String onePredictionKind(String file, long line, String field) {
    return file + ":" + line + ": " + field + ": give exactly one of scores, histogram, classes";
  }

  /** {@code metrics.jsonl:3: canary.predictions.histogram: 3 upper bounds but 2 counts}. */
  public static String badHistogram(String file, long line, String field, String reason) {
    return file + ":" + line + ": " + field + ": " + reason;
  }

  /** {@code metrics.jsonl:3: window: expected 3 (windows are numbered 1, 2, 3, ...), got 4}. */
  public static String windowNumber(String file, long line, int expected, long got) {
    return file + ":" + line + ": window: expected " + expected
        + " (windows are numbered 1, 2, 3, ... in order), got " + got;
  }

  /** {@code metrics.jsonl:3: end 12:00:00Z is not after start 12:01:00Z}. */
  public static String endBeforeStart(String file, long line, Instant start, Instant end) {
    return file + ":" + line + ": end " + end + " is not after start " + start;
  }

  /** {@code metrics.jsonl:3: window 3 starts at X, but window 2 ended at Y}. */
  public static String gap(String file, long line, int window, Instant start, Instant previousEnd) {
    return file + ":" + line + ": window " + window + " starts at " + start + ", but window "
        + (window - 1) + " ended at " + previousEnd + ": windows follow each other";
  }

  /** {@code metrics.jsonl:3: window 3 lasts 30 s, but the policy's canary windows last 60 s}. */
  public static String length(String file, long line, int window, Duration length,
      Duration interval) {
    return file + ":" + line + ": window " + window + " lasts " + seconds(length)
        + " s, but the policy's canary windows last " + seconds(interval)
        + " s (canary.intervalSeconds)";
  }

  /** {@code the recording metrics.jsonl ends after window 8}. */
  public static String ended(String file, int windows) {
    return "the recording " + file + " ends after window " + windows;
  }

  private static String seconds(Duration duration) {
    return BigDecimal.valueOf(duration.toMillis(), 3).stripTrailingZeros().toPlainString();
  }
}
