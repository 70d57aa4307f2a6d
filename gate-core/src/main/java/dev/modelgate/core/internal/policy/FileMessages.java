package dev.modelgate.core.internal.policy;

import dev.modelgate.core.Metric;
import dev.modelgate.core.internal.json.JsonProblems;
import dev.modelgate.core.internal.json.MetricJson;
import java.math.BigDecimal;
import java.util.List;

/**
 * The messages of every way a policy file can be wrong, one factory per reason. A message says
 * what is wrong with the field its problem names, so that the file can be fixed by reading it;
 * tests check each text exactly. Stateless and thread-safe.
 */
final class FileMessages {

  private FileMessages() {}

  /** "not UTF-8 text: a policy file is UTF-8". */
  static String notUtf8() {
    return "not UTF-8 text: a policy file is UTF-8";
  }

  /** "the file is empty: a policy starts with apiVersion: modelgate.dev/v1". */
  static String empty() {
    return "the file is empty: a policy starts with " + Keys.API_VERSION + ": " + Keys.V1;
  }

  /** "not valid YAML: mapping values are not allowed here". */
  static String syntax(FileFormat format, String problem) {
    return "not valid " + format.displayName() + ": " + problem;
  }

  /** "a policy file holds one document, but another one starts here". */
  static String secondDocument() {
    return "a policy file holds one document, but another one starts here";
  }

  /** "YAML aliases (*name) are not supported: write the value out". */
  static String alias() {
    return "YAML aliases (*name) are not supported: write the value out";
  }

  /** "given twice (first on line 3)". */
  static String duplicate(int firstLine) {
    return "given twice (first on line " + firstLine + ")";
  }

  /** "unknown field; expected one of metric, greaterThan, atLeast, lessThan, atMost". */
  static String unknownField(List<String> known) {
    return "unknown field; expected one of " + String.join(", ", known);
  }

  /** "required field is missing". */
  static String missing() {
    return "required field is missing";
  }

  /** "expected a number, got \"high\"". */
  static String wrongType(String expected, String found) {
    return "expected " + expected + ", got " + found;
  }

  /** "expected a policy: a mapping with apiVersion, name and registration, got \"hello\"". */
  static String notAPolicy(String found) {
    return "expected a policy: a mapping with "
        + Keys.API_VERSION + ", " + Keys.NAME + " and " + Keys.REGISTRATION + ", got " + found;
  }

  /** "expected higher_is_better or lower_is_better, got \"up\"". */
  static String notAChoice(List<String> choices, String found) {
    return "expected " + String.join(" or ", choices) + ", got " + found;
  }

  /** "unsupported apiVersion \"modelgate.dev/v2\": this version of ModelGate reads modelgate.dev/v1". */
  static String unsupportedVersion(String found) {
    return "unsupported apiVersion " + JsonProblems.quote(found)
        + ": this version of ModelGate reads " + Keys.V1;
  }

  /** "must not be blank". */
  static String blank() {
    return "must not be blank";
  }

  /** "must be at least 0, got -0.02". */
  static String negative(BigDecimal value) {
    return "must be at least 0, got " + value.toPlainString();
  }

  /** "must be at least 1, got 0". */
  static String notPositive(long value) {
    return "must be at least 1, got " + value;
  }

  /** "must be at most 2147483647, got 3000000000". */
  static String tooLarge(long max, long value) {
    return "must be at most " + max + ", got " + value;
  }

  /** "must be a fraction between 0 and 1, got 1.5". */
  static String notAFraction(BigDecimal value) {
    return "must be a fraction between 0 and 1, got " + value.toPlainString();
  }

  /** "must be a level between 0 and 1, both excluded, such as 0.95, got 95". */
  static String notALevel(BigDecimal value) {
    return "must be a level between 0 and 1, both excluded, such as 0.95, got " + value.toPlainString();
  }

  /** "bootstrap settings need a confidence: add confidence, such as confidence: 0.95". */
  static String bootstrapWithoutConfidence() {
    return "bootstrap settings need a confidence: add " + Keys.CONFIDENCE + ", such as " + Keys.CONFIDENCE + ": 0.95";
  }

  /** "p99 is bounded twice (first by canary.checks.latency[0])". */
  static String percentileTwice(String percentile, String firstPath) {
    return percentile + " is bounded twice (first by " + firstPath + ")";
  }

  /** "a check needs one comparison: greaterThan, atLeast, lessThan or atMost". */
  static String noComparison() {
    return "a check needs one comparison: " + String.join(", ", Keys.COMPARISONS.subList(0, 3))
        + " or " + Keys.COMPARISONS.get(3);
  }

  /** "greaterThan and atMost on one check: a check has exactly one comparison". */
  static String severalComparisons(List<String> found) {
    return String.join(" and ", found) + " on one check: a check has exactly one comparison";
  }

  /** "\"F1\" is not a metric name: lower case letters, digits, _ and ., starting with a letter". */
  static String notAMetricName(String name) {
    return JsonProblems.quote(name)
        + " is not a metric name: lower case letters, digits, _ and ., starting with a letter";
  }

  /** "unknown metric \"uplift\": declare its direction under metrics, as in metrics: {uplift: higher_is_better}". */
  static String unknownMetric(String name) {
    return "unknown metric " + JsonProblems.quote(name)
        + ": declare its direction under metrics, as in metrics: {" + name + ": "
        + MetricJson.HIGHER_IS_BETTER + "}";
  }

  /** "f1 is a well-known metric (higher_is_better): remove it from metrics". */
  static String wellKnownDeclared(Metric metric) {
    return metric.name() + " is a well-known metric ("
        + MetricJson.directionName(metric.direction()) + "): remove it from metrics";
  }

  /** "declared but used by no check". */
  static String unusedMetric() {
    return "declared but used by no check";
  }

  /** "net_benefit needs costs: add a costs section with the cost matrix". */
  static String costsNeeded() {
    return "net_benefit needs costs: add a costs section with the cost matrix";
  }

  /** "compares on net_benefit by default, which needs costs: add a costs section or set compareOn". */
  static String costsNeededByDefault() {
    return "compares on net_benefit by default, which needs costs: add a costs section or set compareOn";
  }

  /** "needs at least one check under require or anyOf". */
  static String noRegistrationChecks() {
    return "needs at least one check under " + Keys.REQUIRE + " or " + Keys.ANY_OF;
  }

  /** "an anyOf group needs at least one check". */
  static String emptyGroup() {
    return "an anyOf group needs at least one check";
  }

  /** "f1 is guarded twice (first by championChallenger.guards[0])". */
  static String guardedTwice(String metric, String firstPath) {
    return metric + " is guarded twice (first by " + firstPath + ")";
  }

  /** "f1 is the metric compareOn compares: a strictly better candidate never drops on it, ...". */
  static String guardOnCompared(String metric) {
    return metric + " is the metric " + Keys.COMPARE_ON
        + " compares: a strictly better candidate never drops on it, so this guard can never fail";
  }

  /** "invalid policy: ..." for a rule of the policy itself. */
  static String invalid(String problem) {
    return "invalid policy: " + problem;
  }

  /** "cannot write the policy as a file: metric f1 is lower_is_better, but the well-known f1 is higher_is_better". */
  static String unwritableWellKnown(Metric metric, Metric wellKnown) {
    return "cannot write the policy as a file: metric " + metric.name() + " is "
        + MetricJson.directionName(metric.direction()) + ", but the well-known " + wellKnown.name()
        + " is " + MetricJson.directionName(wellKnown.direction());
  }

  /** "cannot write the policy as a file: metric score is used both higher_is_better and lower_is_better". */
  static String unwritableTwoDirections(String metric) {
    return "cannot write the policy as a file: metric " + metric + " is used both "
        + MetricJson.HIGHER_IS_BETTER + " and " + MetricJson.LOWER_IS_BETTER;
  }

  /**
   * How a value found in the file is described in a message: {@code "high"}, {@code the number
   * 0.5}, {@code the boolean yes}, {@code null}, {@code a mapping}, {@code a list}.
   */
  static String found(Node node) {
    if (node instanceof Node.Mapping) {
      return "a mapping";
    }
    if (node instanceof Node.Sequence) {
      return "a list";
    }
    Node.Scalar scalar = (Node.Scalar) node;
    return switch (scalar.kind()) {
      case STRING -> JsonProblems.quote(scalar.text());
      case INTEGER, DECIMAL -> "the number " + scalar.text();
      case BOOLEAN -> "the boolean " + scalar.text();
      case NULL -> "null";
      case ALIAS -> "an alias";
    };
  }
}
