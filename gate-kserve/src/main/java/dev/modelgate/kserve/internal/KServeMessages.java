package dev.modelgate.kserve.internal;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The text of every message the KServe router produces, one factory per reason, so a message
 * cannot drift from the rule that raises it. Stateless and thread-safe.
 *
 * <p>Messages name the InferenceService as {@code namespace/name} and never carry credentials:
 * text that comes from the API server or the network goes through {@link Redaction} first.
 */
public final class KServeMessages {

  private KServeMessages() {}

  /** "set the canary share to 20 %". */
  public static String setShare(int percent) {
    return "set the canary share to " + percent + " %";
  }

  /** "promote the canary". */
  public static String promote() {
    return "promote the canary";
  }

  /** "roll back the canary". */
  public static String rollback() {
    return "roll back the canary";
  }

  /** "read the traffic split". */
  public static String read() {
    return "read the traffic split";
  }

  /** "canary share = 120 is not a percentage between 0 and 100". */
  public static String shareOutOfRange(int percent) {
    return "canary share = " + percent + " is not a percentage between 0 and 100";
  }

  /** "cannot promote the canary on InferenceService ml/fraud: it does not exist (HTTP 404)". */
  public static String notFound(String action, InferenceServiceRef ref) {
    return cannot(action, ref) + "it does not exist (HTTP 404)";
  }

  /** "...: the API server did not accept the client's credentials (HTTP 401)". */
  public static String unauthorized(String action, InferenceServiceRef ref) {
    return cannot(action, ref)
        + "the API server did not accept the client's credentials (HTTP 401)";
  }

  /** "...: access denied (HTTP 403); the client needs get and patch on inferenceservices...". */
  public static String forbidden(String action, InferenceServiceRef ref) {
    return cannot(action, ref)
        + "access denied (HTTP 403); the client needs the verbs get and patch on the resource"
        + " inferenceservices of API group serving.kserve.io in namespace "
        + ref.namespace();
  }

  /** "...: it was changed at the same time (HTTP 409 Conflict); try again". */
  public static String conflict(String action, InferenceServiceRef ref) {
    return cannot(action, ref) + "it was changed at the same time (HTTP 409 Conflict); try again";
  }

  /** "...: the API server answered HTTP 422: admission webhook denied the request". */
  public static String answered(String action, InferenceServiceRef ref, int code, String detail) {
    String answer = cannot(action, ref) + "the API server answered HTTP " + code;
    return detail.isBlank() ? answer : answer + ": " + Redaction.redact(detail);
  }

  /**
   * "...: the Kubernetes API server could not be reached (ConnectException: Connection refused)".
   */
  public static String unreachable(String action, InferenceServiceRef ref, String cause) {
    return cannot(action, ref)
        + "the Kubernetes API server could not be reached ("
        + Redaction.redact(cause)
        + ")";
  }

  /** "...: the request failed (IllegalStateException: closed)". */
  public static String failed(String action, InferenceServiceRef ref, String cause) {
    return cannot(action, ref) + "the request failed (" + Redaction.redact(cause) + ")";
  }

  /** "...: unexpected shape: spec.predictor is missing". */
  public static String unexpectedShape(String action, InferenceServiceRef ref, String detail) {
    return cannot(action, ref) + "unexpected shape: " + detail;
  }

  /** "...: it runs in Standard deployment mode, where KServe ignores canaryTrafficPercent...". */
  public static String notKnative(String action, InferenceServiceRef ref, String mode) {
    return cannot(action, ref)
        + "it runs in "
        + mode
        + " deployment mode, where KServe ignores spec.predictor.canaryTrafficPercent;"
        + " canary traffic splitting needs Knative mode";
  }

  /** "cannot build the KServe traffic router: namespace is missing; client is missing". */
  public static String incompleteRouter(String problems) {
    return "cannot build the KServe traffic router: " + problems;
  }

  /** "name is missing". */
  public static String missing(String parameter) {
    return parameter + " is missing";
  }

  /** "name = \"Fraud_Model\" is not a valid InferenceService name (...)". */
  public static String invalidName(String name) {
    return "name = \""
        + name
        + "\" is not a valid InferenceService name (lowercase letters, digits and '-',"
        + " starting with a letter and ending with a letter or digit, at most 63 characters)";
  }

  /** "namespace = \"ML\" is not a valid Kubernetes namespace (...)". */
  public static String invalidNamespace(String namespace) {
    return "namespace = \""
        + namespace
        + "\" is not a valid Kubernetes namespace (lowercase letters, digits and '-',"
        + " starting and ending with a letter or digit, at most 63 characters)";
  }

  /** "the status reports no traffic for the predictor yet". */
  public static String noTrafficReported() {
    return "the status reports no traffic for the predictor yet";
  }

  /** "the Ready condition is False" or, without one, "the Ready condition is missing". */
  public static String readyConditionNotTrue(@Nullable String status) {
    return status == null ? "the Ready condition is missing" : "the Ready condition is " + status;
  }

  /**
   * "the latest created revision is fraud-model-predictor-00004, the latest ready one
   * fraud-model-predictor-00003, and the latest traffic goes to fraud-model-predictor-00003".
   */
  public static String revisionNotReady(
      @Nullable String latestCreated, @Nullable String latestReady, @Nullable String candidate) {
    return "the latest created revision is "
        + orNone(latestCreated)
        + ", the latest ready one "
        + orNone(latestReady)
        + ", and the latest traffic goes to "
        + orNone(candidate);
  }

  /** "the candidate ...00003 takes 100 % but the latest rolled-out revision is ...00002". */
  public static String promotionNotRecorded(String candidate, @Nullable String latestRolledout) {
    return "the candidate "
        + candidate
        + " takes 100 % but the latest rolled-out revision is "
        + orNone(latestRolledout);
  }

  /** "the spec asks for canaryTrafficPercent 50, the status still shows 20 %". */
  public static String statusBehindSpec(@Nullable Object specPercent, int observed) {
    String asked =
        specPercent == null
            ? "no canaryTrafficPercent (100 %)"
            : "canaryTrafficPercent " + Shape.describe(specPercent);
    return "the spec asks for " + asked + ", the status shows " + observed + " %";
  }

  /** "the kubeconfig file /home/ci/.kube/config does not exist or is not a file". */
  public static String kubeconfigMissing(Path kubeconfig) {
    return "the kubeconfig file " + kubeconfig + " does not exist or is not a file";
  }

  /**
   * "the kubeconfig file /home/ci/.kube/config cannot be read (KubernetesClientException)": the
   * cause's type only, as its message may quote the file, credentials included.
   */
  public static String kubeconfigUnreadable(Path kubeconfig, Exception cause) {
    return "the kubeconfig file "
        + kubeconfig
        + " cannot be read ("
        + cause.getClass().getSimpleName()
        + ")";
  }

  private static String orNone(@Nullable String revision) {
    return revision == null ? "none" : revision;
  }

  private static String cannot(String action, InferenceServiceRef ref) {
    return "cannot " + action + " on InferenceService " + ref + ": ";
  }
}
