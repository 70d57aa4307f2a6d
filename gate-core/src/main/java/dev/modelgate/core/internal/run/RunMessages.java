package dev.modelgate.core.internal.run;

import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.PromotionDecision;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The messages of a gate run's request, of its report's consistency and of a failed audit, one
 * factory per message. The outcomes' summaries are in {@link RunSummaries}, the registry calls'
 * details in {@link ActionDetails}. Stateless and thread-safe.
 */
public final class RunMessages {

  /** The prefix of the tags the gate sets itself, refused in a request's own tags. */
  public static final String RESERVED_TAG_PREFIX = "modelgate.";

  private RunMessages() {}

  /** "candidate already has version 3: a gate run registers the candidate itself". */
  public static String candidateHasVersion(@Nullable String version) {
    return "candidate already has version " + version + ": a gate run registers the candidate itself";
  }

  /** "run id must not be blank". */
  public static String blankRunId() {
    return "run id must not be blank";
  }

  /** "tag modelgate.outcome is reserved: tags starting with modelgate. record the gate's decisions". */
  public static String reservedTag(String key) {
    return "tag " + key + " is reserved: tags starting with " + RESERVED_TAG_PREFIX
        + " record the gate's decisions";
  }

  /** "invalid run request: …; …", listing every problem. */
  public static String invalidRequest(List<String> problems) {
    return "invalid run request: " + String.join("; ", problems);
  }

  /** "cannot build the run request: candidate is missing; source is missing". */
  public static String incompleteRequest(List<String> missing) {
    return "cannot build the run request: " + String.join("; ", missing.stream().map(m -> m + " is missing").toList());
  }

  /** "source "a b" is not a URI: Illegal character in path". */
  public static String notAUri(String source, String reason) {
    return "source \"" + source + "\" is not a URI: " + reason;
  }

  /** "cannot build the gate run: gate is missing; registry is missing". */
  public static String incompleteRun(List<String> missing) {
    return "cannot build the gate run: " + String.join("; ", missing);
  }

  /** "the PIPELINE verdict has another policy than the registration verdict". */
  public static String inconsistentReport(String layer, String part) {
    return "the " + layer + " verdict has another " + part + " than the registration verdict";
  }

  /** "the pipeline verdict follows DEPLOY but the champion-challenger verdict decided HOLD". */
  public static String pipelineDoesNotFollow(PromotionDecision followed, PromotionDecision decided) {
    return "the pipeline verdict follows " + followed + " but the champion-challenger verdict decided " + decided;
  }

  /**
   * "the gate run of credit-risk ended PROMOTED (decision DEPLOY) but its report was not appended
   * to audit log /audit.jsonl: AuditLogException: …".
   */
  public static String notAudited(GateRunReport report, Path file, RuntimeException cause) {
    return "the gate run of " + report.model() + " ended " + report.outcome() + " (decision "
        + report.decision() + ") but its report was not appended to audit log " + file + ": "
        + ActionDetails.cause(cause);
  }
}
