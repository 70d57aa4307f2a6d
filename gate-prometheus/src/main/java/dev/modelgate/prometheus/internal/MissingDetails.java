package dev.modelgate.prometheus.internal;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * The texts of every gap the Prometheus adapter reports, one factory per reason, so that a report's
 * wording cannot drift from the rule that produced it. Each text starts with what was asked, such
 * as {@code canary requests}. Stateless and thread-safe.
 */
public final class MissingDetails {

  private static final int SNIPPET_LENGTH = 120;

  private MissingDetails() {}

  /** "canary requests: Prometheus at http://h:9090 could not be reached (java.net.ConnectException)". */
  public static String unreachable(String what, String source, String cause) {
    return what + ": Prometheus at " + source + " could not be reached (" + cause + ")";
  }

  /** "canary requests: Prometheus at http://h:9090 did not answer within 200 ms". */
  public static String timedOut(String what, String source, Duration timeout) {
    return what + ": Prometheus at " + source + " did not answer within " + timeout.toMillis() + " ms";
  }

  /** "canary requests: interrupted while waiting for Prometheus at http://h:9090". */
  public static String interrupted(String what, String source) {
    return what + ": interrupted while waiting for Prometheus at " + source;
  }

  /** "canary requests: Prometheus at http://h:9090 answered HTTP 502 (text/html), not Prometheus JSON: &lt;html&gt;…". */
  public static String notJson(String what, String source, int status, String contentType, String body) {
    return what + ": Prometheus at " + source + " answered HTTP " + status + " (" + contentType
        + "), not Prometheus JSON: " + snippet(body);
  }

  /** "canary requests: Prometheus answered HTTP 400 bad_data: parse error … (query: …)". */
  public static String prometheusError(String what, int status, String errorType, String error, String query) {
    return what + ": Prometheus answered HTTP " + status + " " + errorType + ": " + error + inQuery(query);
  }

  /** "canary requests: Prometheus answered a matrix, not a vector or a scalar (query: …)". */
  public static String unsupportedResult(String what, String resultType, String query) {
    return what + ": Prometheus answered a " + resultType + ", not a vector or a scalar" + inQuery(query);
  }

  /** "canary requests: Prometheus answered a native histogram, not a classic sample (query: …)". */
  public static String nativeHistogram(String what, String query) {
    return what + ": Prometheus answered a native histogram, not a classic sample" + inQuery(query);
  }

  /** "canary requests: Prometheus' answer is malformed: data.result is missing (query: …)". */
  public static String malformed(String what, String problem, String query) {
    return what + ": Prometheus' answer is malformed: " + problem + inQuery(query);
  }

  /** "canary requests: Prometheus answered the value "abc", not a number (query: …)". */
  public static String notANumberText(String what, String raw, String query) {
    return what + ": Prometheus answered the value \"" + raw + "\", not a number" + inQuery(query);
  }

  /** "canary requests: Prometheus returned no series (query: …)". */
  public static String emptyResult(String what, String query) {
    return what + ": Prometheus returned no series" + inQuery(query);
  }

  /** "canary requests: Prometheus returned 3 series, not one; aggregate them, for example with sum(...) (query: …)". */
  public static String tooManySeries(String what, int series, String query) {
    return what + ": Prometheus returned " + series
        + " series, not one; aggregate them, for example with sum(...)" + inQuery(query);
  }

  /** "canary latency p99: Prometheus returned NaN (query: …)"; also for +Inf and -Inf. */
  public static String notFinite(String what, double value, String query) {
    return what + ": Prometheus returned " + number(value) + inQuery(query);
  }

  /** "canary errors: -3 is not a count (query: …)". */
  public static String notACount(String what, double value, String query) {
    return what + ": " + number(value) + " is not a count" + inQuery(query);
  }

  /** "canary latency p99: -0.1 is negative (query: …)". */
  public static String negativeLatency(String what, double value, String query) {
    return what + ": " + number(value) + " is negative" + inQuery(query);
  }

  /** "canary received no requests in the window (query: …)". */
  public static String noTraffic(String role, String query) {
    return role + " received no requests in the window" + inQuery(query);
  }

  /** "canary: 12 errors exceed 10 requests; the errors query must count a subset of the requests". */
  public static String errorsExceedRequests(String role, long errors, long requests) {
    return role + ": " + errors + " errors exceed " + requests
        + " requests; the errors query must count a subset of the requests";
  }

  /** "canary score buckets: a series has no le label (query: …)". */
  public static String missingLabel(String what, String label, String query) {
    return what + ": a series has no " + label + " label" + inQuery(query);
  }

  /** "canary score buckets: le="abc" is not a bucket bound (query: …)". */
  public static String badBucketBound(String what, String le, String query) {
    return what + ": le=\"" + le + "\" is not a bucket bound" + inQuery(query);
  }

  /** Prometheus' spelling of a sample value: "NaN", "+Inf", "-Inf" or the plain decimal. */
  public static String number(double value) {
    if (Double.isNaN(value)) {
      return "NaN";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "+Inf" : "-Inf";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  private static String inQuery(String query) {
    return " (query: " + query + ")";
  }

  private static String snippet(String body) {
    String collapsed = body.strip().replaceAll("\\s+", " ");
    if (collapsed.isEmpty()) {
      return "(empty body)";
    }
    return collapsed.length() <= SNIPPET_LENGTH
        ? collapsed
        : collapsed.substring(0, SNIPPET_LENGTH) + "…";
  }
}
