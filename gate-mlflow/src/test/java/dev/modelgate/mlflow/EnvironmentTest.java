package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.mlflow.fake.RecordedRequest;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Configuration the MLflow way: its environment variables, and a builder that checks values. */
class EnvironmentTest extends OnFakeMlflow {

  private static final String PREFIX = "MlflowModelRegistry cannot be built: ";

  @Test
  void should_read_mlflows_environment_variables() {
    MlflowModelRegistryBuilder builder = MlflowModelRegistry.fromEnvironment(Map.of(
        "MLFLOW_TRACKING_URI", "https://mlflow.example.com/team-a/",
        "MLFLOW_TRACKING_TOKEN", "tok",
        "MLFLOW_TRACKING_INSECURE_TLS", "True",
        "MLFLOW_HTTP_REQUEST_TIMEOUT", "30",
        "MLFLOW_HTTP_REQUEST_MAX_RETRIES", "2",
        "MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR", "0.25"));

    assertThat(builder.trackingUri).isEqualTo(URI.create("https://mlflow.example.com/team-a"));
    assertThat(builder.requestTimeout).isEqualTo(Duration.ofSeconds(30));
    assertThat(builder.maxRetries).isEqualTo(2);
    assertThat(builder.firstBackoff).isEqualTo(Duration.ofMillis(250));
    assertThat(builder.build()).hasToString("MlflowModelRegistry[trackingUri="
        + "https://mlflow.example.com/team-a, auth=bearer token, tls=insecure]");
  }

  @Test
  void should_build_what_the_command_line_asks_for_with_one_call() {
    MlflowModelRegistry built = MlflowModelRegistry.fromEnvironment(Map.of())
        .trackingUri(mlflow.uri().toString())
        .build();

    assertThat(built.models()).isEmpty();
    assertThat(built.trackingUri()).isEqualTo(mlflow.uri());
  }

  @Test
  void should_prefer_username_and_password_to_a_token_as_mlflow_does() {
    registry = MlflowModelRegistry.fromEnvironment(Map.of(
        "MLFLOW_TRACKING_URI", mlflow.uri().toString(),
        "MLFLOW_TRACKING_TOKEN", "tok",
        "MLFLOW_TRACKING_USERNAME", "alice",
        "MLFLOW_TRACKING_PASSWORD", "secret")).build();

    registry.models();

    assertThat(mlflow.requests()).extracting(RecordedRequest::headers)
        .allSatisfy(headers -> assertThat(headers.get("authorization")).startsWith("Basic "));
  }

  @Test
  void should_treat_blank_values_as_unset() {
    MlflowModelRegistryBuilder builder = MlflowModelRegistry.fromEnvironment(Map.of(
        "MLFLOW_TRACKING_URI", mlflow.uri().toString(),
        "MLFLOW_TRACKING_TOKEN", "  ",
        "MLFLOW_TRACKING_INSECURE_TLS", ""));

    assertThat(builder.build()).hasToString(
        "MlflowModelRegistry[trackingUri=" + mlflow.uri() + ", auth=none, tls=default]");
  }

  @Test
  void should_report_every_problem_of_the_environment_at_once_without_secrets() {
    Map<String, String> env = Map.of(
        "MLFLOW_TRACKING_URI", "ftp://mlflow",
        "MLFLOW_TRACKING_USERNAME", "alice",
        "MLFLOW_TRACKING_INSECURE_TLS", "yes",
        "MLFLOW_TRACKING_CLIENT_CERT_PATH", "/etc/client.pem",
        "MLFLOW_HTTP_REQUEST_TIMEOUT", "soon",
        "MLFLOW_HTTP_REQUEST_MAX_RETRIES", "-1");

    assertThatThrownBy(() -> MlflowModelRegistry.fromEnvironment(env).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(PREFIX
            + "MLFLOW_TRACKING_URI: the tracking URI \"ftp://mlflow\" must start with http:// or"
            + " https://; MLFLOW_TRACKING_USERNAME is set but MLFLOW_TRACKING_PASSWORD is not;"
            + " MLFLOW_TRACKING_INSECURE_TLS must be true, false, 1 or 0, but is \"yes\";"
            + " MLFLOW_TRACKING_CLIENT_CERT_PATH is not supported: pass an sslContext that holds"
            + " the client's key and certificate; MLFLOW_HTTP_REQUEST_TIMEOUT must be a positive"
            + " number of seconds, but is \"soon\"; MLFLOW_HTTP_REQUEST_MAX_RETRIES must be a"
            + " number from 0 to 9999, but is \"-1\"");
  }

  @Test
  void should_let_a_setter_replace_what_the_environment_got_wrong() {
    MlflowModelRegistryBuilder builder = MlflowModelRegistry.fromEnvironment(Map.of(
        "MLFLOW_TRACKING_URI", "mlflow:5000",
        "MLFLOW_TRACKING_AUTH", "oidc",
        "MLFLOW_HTTP_REQUEST_TIMEOUT", "0"));

    builder.trackingUri(mlflow.uri()).bearerToken("tok").requestTimeout(Duration.ofSeconds(5));

    assertThat(builder.build().models()).isEmpty();
  }

  @Test
  void should_refuse_auth_plugins_of_mlflows_python_client() {
    Map<String, String> env = Map.of(
        "MLFLOW_TRACKING_URI", "http://mlflow:5000",
        "MLFLOW_TRACKING_AUTH", "oidc",
        "MLFLOW_TRACKING_AWS_SIGV4", "1");

    assertThatThrownBy(() -> MlflowModelRegistry.fromEnvironment(env).build())
        .hasMessage(PREFIX + "MLFLOW_TRACKING_AUTH (an auth plugin of MLflow's Python client) is"
            + " not supported: use MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and"
            + " MLFLOW_TRACKING_PASSWORD; MLFLOW_TRACKING_AWS_SIGV4 is not supported: use"
            + " MLFLOW_TRACKING_TOKEN, or MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD");
  }

  @Test
  void should_refuse_insecure_tls_together_with_a_certificate_file_as_mlflow_does() {
    Map<String, String> env = Map.of(
        "MLFLOW_TRACKING_URI", "https://mlflow:5000",
        "MLFLOW_TRACKING_INSECURE_TLS", "true",
        "MLFLOW_TRACKING_SERVER_CERT_PATH", "/etc/ca.pem");

    assertThatThrownBy(() -> MlflowModelRegistry.fromEnvironment(env).build())
        .hasMessage(PREFIX + "insecureTls cannot be combined with sslContext or"
            + " trustedCertificates (MLFLOW_TRACKING_SERVER_CERT_PATH): it would ignore them");
  }

  @Test
  void should_ask_for_the_tracking_uri_when_there_is_none() {
    assertThatThrownBy(() -> MlflowModelRegistry.fromEnvironment(Map.of()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(PREFIX + "the tracking URI is missing: set MLFLOW_TRACKING_URI or call"
            + " trackingUri(...)");
  }

  @Test
  void should_name_a_certificate_file_it_cannot_read() {
    Path missing = Path.of("target", "no-such-ca.pem");

    assertThatThrownBy(() -> builder().trustedCertificates(missing).build())
        .hasMessageStartingWith(PREFIX + "cannot read the trusted certificates in " + missing
            + ": ");
  }

  @Test
  void should_check_each_setting_when_it_is_set() {
    MlflowModelRegistryBuilder builder = MlflowModelRegistry.builder();

    assertThatThrownBy(() -> builder.trackingUri("mlflow:5000"))
        .hasMessage("the tracking URI \"mlflow:5000\" must start with http:// or https://");
    assertThatThrownBy(() -> builder.trackingUri("http://mlflow:5000/?x=1"))
        .hasMessage("the tracking URI \"http://mlflow:5000/?x=1\" must not have a query or"
            + " fragment");
    assertThatThrownBy(() -> builder.requestTimeout(Duration.ZERO))
        .hasMessage("requestTimeout must be positive, but is PT0S");
    assertThatThrownBy(() -> builder.maxRetries(-1))
        .hasMessage("maxRetries must not be negative, but is -1");
    assertThatThrownBy(() -> builder.backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .hasMessage("backoff needs 0 <= first <= max, but first is PT2S and max PT1S");
    assertThatThrownBy(() -> builder.bearerToken(" "))
        .hasMessage("bearer token must not be blank");
    assertThatThrownBy(() -> builder.maxTagValueLength(10))
        .hasMessage("maxTagValueLength must be at least 100, but is 10");
  }
}
