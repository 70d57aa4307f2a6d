package dev.modelgate.mlflow.internal;

import java.net.URI;
import java.time.Duration;

/**
 * Every message of the MLflow adapter, one factory per reason, so a message cannot drift from the
 * rule that produces it. Tests check the exact texts. Stateless and thread-safe.
 */
public final class MlflowMessages {

  /** How many characters of a body a message quotes at most. */
  public static final int SNIPPET_LENGTH = 200;

  private MlflowMessages() {}

  /** {@code MLflow answered 404 RESOURCE_DOES_NOT_EXIST to GET …: Registered Model … not found}. */
  public static String answered(Call call, int status, String errorCode, String message) {
    return "MLflow answered " + status + " " + errorCode + " to " + call + ": " + message;
  }

  /** {@code MLflow answered 502 with text/html instead of MLflow JSON to GET …: "<html>…"}. */
  public static String notJson(Call call, int status, String contentType, String snippet) {
    String type = contentType.isEmpty() ? "no content type" : contentType;
    return "MLflow answered " + status + " with " + type + " instead of MLflow JSON to " + call + ": "
        + snippet;
  }

  /** The hint after a plain-text 403 of MLflow 3's check of the {@code Host} header. */
  public static String hostRefused(String host) {
    return "; the server refuses the Host header " + quote(host)
        + ": add it to the server's --allowed-hosts";
  }

  /** {@code MLflow answered GET … without "model_version"}. */
  public static String missingField(Call call, String field) {
    return "MLflow answered " + call + " without " + quote(field);
  }

  /** {@code MLflow has no registered model "fraud"}. */
  public static String noSuchModel(String model) {
    return "MLflow has no registered model " + quote(model);
  }

  /** {@code MLflow did not answer GET … within 30 s}. */
  public static String noAnswer(Call call, Duration timeout) {
    return "MLflow did not answer " + call + " within " + duration(timeout);
  }

  /** {@code cannot reach MLflow at http://…: ConnectException: Connection refused}. */
  public static String unreachable(Call call, URI trackingUri, Exception e) {
    return "cannot reach MLflow at " + trackingUri + " for " + call + ": " + describe(e);
  }

  /** The TLS handshake failed: the server's certificate is not trusted, or names another host. */
  public static String tlsFailed(Call call, URI trackingUri, Exception e) {
    return "TLS with MLflow at " + trackingUri + " failed for " + call + ": " + describe(e)
        + "; trust the server's certificate with MLFLOW_TRACKING_SERVER_CERT_PATH"
        + " (trustedCertificates) or pass an sslContext";
  }

  /** The suffix of a transient failure after retries: {@code  (gave up after 6 attempts)}. */
  public static String gaveUp(int attempts) {
    return " (gave up after " + attempts + " attempts)";
  }

  /** The suffix of a transient failure of a version creation, which is never retried. */
  public static String versionCreationNotRetried() {
    return " (not retried: creating a model version is not idempotent;"
        + " look for the new version in MLflow before registering again)";
  }

  /** {@code interrupted while waiting to retry GET …}. */
  public static String interrupted(Call call) {
    return "interrupted while waiting to retry " + call;
  }

  /** {@code MLflow could not register version 3 of model "fraud": <status_message>}. */
  public static String registrationFailed(String model, String version, String statusMessage) {
    return "MLflow could not register version " + version + " of model " + quote(model) + ": "
        + (statusMessage.isEmpty() ? "FAILED_REGISTRATION" : statusMessage);
  }

  /** {@code version 3 of model "fraud" is still PENDING_REGISTRATION after 300 s}. */
  public static String registrationPending(String model, String version, Duration waited) {
    return "version " + version + " of model " + quote(model)
        + " is still PENDING_REGISTRATION after " + duration(waited);
  }

  /** {@code tag "k" of version 2 of model "fraud" is incomplete: part 3 of 4 is missing; …}. */
  public static String incompleteTag(String owner, String key, int part, int parts) {
    return "tag " + quote(key) + " of " + owner + " is incomplete: part " + part + " of " + parts
        + " is missing; set the tag again to repair it";
  }

  /** {@code tag "_modelgate.evaluation" of version 2 of model "fraud" cannot be read: …}. */
  public static String unreadableTag(String owner, String key, String problem) {
    return "tag " + quote(key) + " of " + owner + " cannot be read: " + problem;
  }

  /** {@code version 2 of model "fraud"}: the owner of version tags in messages. */
  public static String versionOwner(String model, String version) {
    return "version " + version + " of model " + quote(model);
  }

  /** {@code model "fraud"}: the owner of model tags in messages. */
  public static String modelOwner(String model) {
    return "model " + quote(model);
  }

  /** {@code 30 s} or {@code 250 ms}. */
  static String duration(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    String name = e.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + message;
  }

  /** {@code text} in double quotes. */
  public static String quote(String text) {
    return "\"" + text + "\"";
  }
}
