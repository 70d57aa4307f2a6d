package dev.modelgate.prometheus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Credentials reach Prometheus in the Authorization header and nowhere else: not in {@code
 * toString()}, not in a build error, not in a gap's detail even when a proxy echoes the header
 * back in its error page.
 */
class CredentialsTest {

  private static final String TOKEN = "tok-9f8e7d6c5b4a";
  private static final String PASSWORD = "pw-correct-horse";
  private static final Window WINDOW =
      new Window(1, Instant.ofEpochSecond(1_700_000_000), Instant.ofEpochSecond(1_700_000_060));

  private final StubPrometheus echoingProxy = new StubPrometheus(request -> new StubPrometheus.Reply(
      401, "text/html", "<p>denied for " + request.authorization() + "</p>"));

  @AfterEach
  void stopStub() {
    echoingProxy.close();
  }

  @Test
  void should_send_the_bearer_token_and_mask_it_in_an_echoed_error_page() {
    WindowObservation.Missing missing = missing(builder().bearerToken(TOKEN).build());

    assertThat(echoingProxy.received().get(0).authorization()).isEqualTo("Bearer " + TOKEN);
    assertThat(missing.detail())
        .doesNotContain(TOKEN)
        .endsWith("answered HTTP 401 (text/html), not Prometheus JSON: <p>denied for Bearer ****</p>");
  }

  @Test
  void should_send_basic_auth_and_mask_it_in_an_echoed_error_page() {
    String encoded = Base64.getEncoder()
        .encodeToString(("gate:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

    WindowObservation.Missing missing = missing(builder().basicAuth("gate", PASSWORD).build());

    assertThat(echoingProxy.received().get(0).authorization()).isEqualTo("Basic " + encoded);
    assertThat(missing.detail()).doesNotContain(encoded).doesNotContain(PASSWORD).contains("Basic ****");
  }

  @Test
  void should_not_show_credentials_in_to_string() {
    assertThat(builder().bearerToken(TOKEN).build().toString())
        .doesNotContain(TOKEN).contains("auth=bearer ****");
    assertThat(builder().basicAuth("gate", PASSWORD).build().toString())
        .doesNotContain(PASSWORD).doesNotContain("gate:").contains("auth=basic ****");
  }

  @Test
  void should_not_show_credentials_in_build_errors() {
    assertThatThrownBy(() -> PrometheusCanaryMetrics.builder()
            .baseUrl("http://gate:" + PASSWORD + "@127.0.0.1:9090")
            .champion("a").canary("b").bearerToken(TOKEN).basicAuth("gate", PASSWORD).build())
        .isInstanceOf(InvalidPrometheusConfigException.class)
        .hasMessage("invalid Prometheus canary metrics: baseUrl must not carry credentials:"
            + " use basicAuth(user, password) or bearerToken(token); choose one of bearerToken(...)"
            + " and basicAuth(...)");
    assertThatThrownBy(() -> builder().bearerToken(TOKEN + "\r\nX-Evil: 1").build())
        .hasMessage("invalid Prometheus canary metrics: the bearer token has a character not allowed in an HTTP header");
  }

  private PrometheusCanaryMetricsBuilder builder() {
    return PrometheusCanaryMetrics.builder().baseUrl(echoingProxy.baseUrl()).champion("a").canary("b");
  }

  private static WindowObservation.Missing missing(PrometheusCanaryMetrics metrics) {
    WindowObservation observation = metrics.observe(WINDOW);
    assertThat(observation).isInstanceOf(WindowObservation.Missing.class);
    return (WindowObservation.Missing) observation;
  }
}
