package dev.modelgate.mlflow.fake;

import java.util.Map;
import java.util.function.Consumer;

/**
 * What the fake server does to one request instead of (or besides) answering it normally.
 *
 * @param kind what happens
 * @param status the status of a scripted answer
 * @param contentType its content type, empty for none
 * @param body its body
 * @param headers its extra headers
 * @param action what another MLflow client does to the store, for {@link Kind#BEFORE} and {@link
 *     Kind#AFTER}
 */
public record Fault(
    Kind kind,
    int status,
    String contentType,
    String body,
    Map<String, String> headers,
    Consumer<FakeStore> action) {

  /** What a fault does. */
  public enum Kind {
    /** Answers the scripted answer; the request is not applied. */
    INSTEAD,
    /** Applies the request, then answers the scripted answer: the real answer is lost. */
    LOST,
    /** Runs the action, then handles the request normally. */
    BEFORE,
    /** Handles the request, runs the action, then answers normally. */
    AFTER,
    /** Never answers (until the server stops). */
    HANG
  }

  private static final Consumer<FakeStore> NOTHING = store -> {};

  /** Answers {@code body} with {@code status} and {@code contentType}, and the request is lost. */
  public static Fault answer(int status, String contentType, String body) {
    return new Fault(Kind.INSTEAD, status, contentType, body, Map.of(), NOTHING);
  }

  /** Answers MLflow's JSON error {@code code} with its status. */
  public static Fault error(String code, String message) {
    return answer(FakeError.statusOf(code), "application/json",
        "{\"error_code\": \"" + code + "\", \"message\": \"" + message + "\"}");
  }

  /** Answers {@code status} with headers, such as {@code Retry-After}. */
  public static Fault answerWithHeaders(int status, Map<String, String> headers) {
    return new Fault(Kind.INSTEAD, status, "text/plain", "slow down", headers, NOTHING);
  }

  /** Applies the request, but answers 503 with an HTML page, as a proxy that timed out. */
  public static Fault lostAnswer() {
    return new Fault(Kind.LOST, 503, "text/html", "<html><body>503 Service Unavailable</body></html>",
        Map.of(), NOTHING);
  }

  /** Lets {@code action} (another client) change the store just before the request. */
  public static Fault before(Consumer<FakeStore> action) {
    return new Fault(Kind.BEFORE, 0, "", "", Map.of(), action);
  }

  /** Lets {@code action} (another client) change the store just after the request. */
  public static Fault after(Consumer<FakeStore> action) {
    return new Fault(Kind.AFTER, 0, "", "", Map.of(), action);
  }

  /** Never answers. */
  public static Fault hang() {
    return new Fault(Kind.HANG, 0, "", "", Map.of(), NOTHING);
  }
}
