package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.modelgate.mlflow.fake.FakeMlflowServer;
import dev.modelgate.mlflow.fake.Fault;
import dev.modelgate.mlflow.fake.RecordedRequest;
import dev.modelgate.mlflow.logs.CapturedLogs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Credentials go into the Authorization header and nowhere else. */
class CredentialsTest extends OnFakeMlflow {

  private static final String TOKEN = "tok-3f9a71c2-secret";
  private static final String USER = "alice-ml";
  private static final String PASSWORD = "pa55-w0rd-secret";
  private static final String PAIR = Base64.getEncoder()
      .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));

  @Test
  void should_send_a_token_as_bearer_authorization() {
    registry = builder().bearerToken(TOKEN).build();

    registry.models();

    assertThat(mlflow.requests()).extracting(RecordedRequest::headers)
        .allSatisfy(headers -> assertThat(headers).containsEntry("authorization", "Bearer " + TOKEN));
  }

  @Test
  void should_send_username_and_password_as_basic_authorization() {
    registry = builder().basicAuth(USER, PASSWORD).build();

    registry.models();

    assertThat(mlflow.requests()).extracting(RecordedRequest::headers)
        .allSatisfy(headers -> assertThat(headers).containsEntry("authorization", "Basic " + PAIR));
  }

  @Test
  void should_send_no_authorization_without_credentials() {
    registry.models();

    assertThat(mlflow.requests()).extracting(RecordedRequest::headers)
        .allSatisfy(headers -> assertThat(headers).doesNotContainKey("authorization"));
  }

  @Test
  void should_keep_basic_credentials_out_of_messages_logs_and_descriptions() {
    UnaryOperator<MlflowModelRegistryBuilder> auth = b -> b.basicAuth(USER, PASSWORD);
    MlflowModelRegistryBuilder builder = auth.apply(builder());
    registry = builder.build();
    List<String> seen =
        failuresThatEcho("Basic " + PAIR + " for " + USER + " / " + PASSWORD, auth);
    seen.add(registry.toString());
    seen.add(builder.toString());
    seen.addAll(CapturedLogs.lines());

    assertThat(String.join("\n", seen))
        .contains("Basic *** for *** / ***")
        .doesNotContain(USER, PASSWORD, PAIR);
    assertThat(registry.toString())
        .isEqualTo("MlflowModelRegistry[trackingUri=" + mlflow.uri() + ", auth=basic auth,"
            + " tls=default]");
  }

  @Test
  void should_keep_a_token_out_of_messages_logs_and_descriptions() {
    UnaryOperator<MlflowModelRegistryBuilder> auth = b -> b.bearerToken(TOKEN);
    MlflowModelRegistryBuilder builder = auth.apply(builder());
    registry = builder.build();
    List<String> seen = failuresThatEcho("Authorization: Bearer " + TOKEN, auth);
    seen.add(registry.toString());
    seen.add(builder.toString());
    seen.addAll(CapturedLogs.lines());

    assertThat(String.join("\n", seen))
        .contains("Authorization: Bearer ***")
        .doesNotContain(TOKEN);
    assertThat(CapturedLogs.lines()).as("the retries were logged").isNotEmpty();
  }

  @Test
  void should_refuse_credentials_in_the_tracking_uri_without_repeating_them() {
    assertThatThrownBy(() -> MlflowModelRegistry.builder()
            .trackingUri("https://" + USER + ":" + PASSWORD + "@mlflow.example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the tracking URI must not carry credentials: use basicAuth"
            + " (MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD) or bearerToken"
            + " (MLFLOW_TRACKING_TOKEN)");
    assertThatThrownBy(() -> MlflowModelRegistry.builder()
            .trackingUri("https://" + USER + ":" + PASSWORD + "@bad host/"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the tracking URI \"https://***@bad host/\" is not a URI: ")
        .hasMessageNotContaining(PASSWORD);
  }

  @Test
  void should_keep_environment_secrets_out_of_the_problems_it_reports() {
    Map<String, String> env = Map.of(
        "MLFLOW_TRACKING_URI", "http://mlflow:5000",
        "MLFLOW_TRACKING_PASSWORD", PASSWORD);

    assertThatThrownBy(() -> MlflowModelRegistry.fromEnvironment(env).build())
        .hasMessage("MlflowModelRegistry cannot be built: MLFLOW_TRACKING_PASSWORD is set but"
            + " MLFLOW_TRACKING_USERNAME is not");
  }

  /**
   * The texts of failures whose answers echo {@code secret}: an error page, a JSON error, a
   * retried 503, and an unreachable server (with the credentials of {@code auth}); each exception
   * with its causes.
   */
  private List<String> failuresThatEcho(
      String secret, UnaryOperator<MlflowModelRegistryBuilder> auth) {
    Fault unavailable = Fault.error("TEMPORARILY_UNAVAILABLE", "busy; you sent " + secret);
    mlflow.on("GET", "registered-models/search",
        Fault.answer(401, "text/html", "<p>Rejected: " + secret + "</p>"),
        Fault.error("PERMISSION_DENIED", "denied: " + secret),
        unavailable, unavailable, unavailable, unavailable, unavailable);
    List<Throwable> failures = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      failures.add(catchThrowable(registry::models));
    }
    FakeMlflowServer gone = FakeMlflowServer.start();
    gone.close();
    MlflowModelRegistryBuilder unreachable = Registries.builder(gone, waits);
    failures.add(catchThrowable(() -> auth.apply(unreachable).build().models()));
    List<String> texts = new ArrayList<>();
    for (Throwable failure : failures) {
      assertThat(failure).isInstanceOf(MlflowException.class);
      for (Throwable t = failure; t != null; t = t.getCause()) {
        texts.add(t.toString());
      }
    }
    return texts;
  }
}
