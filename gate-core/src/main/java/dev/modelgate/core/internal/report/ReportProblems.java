package dev.modelgate.core.internal.report;

import dev.modelgate.core.internal.json.JsonProblems;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The messages of every way a document can fail to be a report, besides those of {@link
 * JsonProblems}, one factory per reason. {@code owner} is the path of the object being read, such
 * as {@code report.registration.checks[0]}. Stateless and thread-safe.
 */
final class ReportProblems {

  private ReportProblems() {}

  /** "field "decision" of report.registration must be one of REGISTER, REJECT, not "MAYBE"". */
  static String notOneOf(String owner, String field, Enum<?>[] values, String found) {
    String names = Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    return "field " + JsonProblems.quote(field) + " of " + owner + " must be one of " + names + ", not " + found;
  }

  /** "field "decidedAt" of report.registration must be an ISO-8601 instant such as 2025-03-01T12:00:00Z, not "noon"". */
  static String notAnInstant(String owner, String field, String found) {
    return "field " + JsonProblems.quote(field) + " of " + owner
        + " must be an ISO-8601 instant such as 2025-03-01T12:00:00Z, not " + found;
  }

  /** "field "source" of report must be a URI, not "a b" (Illegal character in path)". */
  static String notAUri(String owner, String field, String found, String reason) {
    return "field " + JsonProblems.quote(field) + " of " + owner + " must be a URI, not " + found + " (" + reason + ")";
  }

  /** "report.formatVersion 3 is not supported: this library reads formats 1 to 2". */
  static String unsupportedVersion(long found, int oldest, int newest) {
    return "report.formatVersion " + found + " is not supported: this library reads formats " + oldest + " to "
        + newest;
  }

  /** "report.type is "verdict", but a gate-run report was expected". */
  static String wrongType(String found, String expected) {
    return "report.type is " + JsonProblems.quote(found) + ", but a " + expected + " report was expected";
  }

  /** "report.registration.layer is PIPELINE, but REGISTRATION belongs here". */
  static String wrongLayer(String owner, String found, String expected) {
    return owner + ".layer is " + found + ", but " + expected + " belongs here";
  }

  /** "report.policy.sha256 is sha256:… but the definition hashes to sha256:…: the report was edited". */
  static String policyHash(String written, String computed) {
    return "report.policy.sha256 is " + written + " but the definition hashes to " + computed
        + ": the report was edited";
  }

  /** "report.policy.name is "a" but the definition's name is "b"". */
  static String derivedMismatch(String owner, String field, String written, String derived) {
    return owner + "." + field + " is " + written + " but the report's content gives " + derived;
  }

  /** "report.registration is invalid: model name must not be blank". */
  static String invalid(String owner, String reason) {
    return JsonProblems.invalid(owner, reason);
  }

  /** "invalid JSON at line 3, column 7: Unexpected character". */
  static String notJson(int line, int column, String message) {
    return "invalid JSON at line " + line + ", column " + column + ": " + message;
  }
}
