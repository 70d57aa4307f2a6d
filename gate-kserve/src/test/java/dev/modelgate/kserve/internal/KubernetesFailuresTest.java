package dev.modelgate.kserve.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.spi.TrafficException;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.api.Test;

/** The mapping of what the fabric8 client throws, for failures a mock server cannot produce. */
class KubernetesFailuresTest {

  private static final InferenceServiceRef REF = new InferenceServiceRef("ml-serving", "fraud-model");
  private static final String ON = "cannot roll back the canary on InferenceService ml-serving/fraud-model: ";

  private static TrafficException map(RuntimeException failure) {
    return KubernetesFailures.map(KServeMessages.rollback(), REF, failure);
  }

  @Test
  void should_give_the_code_alone_when_there_is_no_status() {
    assertThat(map(new KubernetesClientException("Bad Gateway", 502, null)))
        .hasMessage(ON + "the API server answered HTTP 502");
  }

  @Test
  void should_give_the_code_alone_when_the_status_has_no_message() {
    var status = new StatusBuilder().withCode(503).build();

    assertThat(map(new KubernetesClientException("Service Unavailable", 503, status)))
        .hasMessage(ON + "the API server answered HTTP 503");
  }

  @Test
  void should_call_a_timeout_unreachable() {
    var failure =
        new KubernetesClientException("An error has occurred.", new SocketTimeoutException("timeout"));

    assertThat(map(failure)).hasMessage(ON + "the Kubernetes API server could not be reached (SocketTimeoutException: timeout)");
  }

  @Test
  void should_name_only_the_type_of_a_cause_without_message() {
    var failure = new KubernetesClientException("An error has occurred.", new ConnectException());

    assertThat(map(failure)).hasMessage(ON + "the Kubernetes API server could not be reached (ConnectException)");
  }

  @Test
  void should_call_other_failures_without_an_answer_failed_requests() {
    var failure = new IllegalStateException("Client is closed");

    assertThat(map(failure))
        .hasMessage(ON + "the request failed (IllegalStateException: Client is closed)")
        .hasCause(failure);
  }

  @Test
  void should_pass_a_traffic_exception_through() {
    var failure = new TrafficException("already explained");

    assertThat(map(failure)).isSameAs(failure);
  }

  @Test
  void should_redact_credentials_from_what_it_quotes() {
    var status =
        new StatusBuilder()
            .withCode(502)
            .withMessage("proxy https://ci:hunter2@proxy.example.com refused Authorization: Bearer abc.def")
            .build();

    assertThat(map(new KubernetesClientException("Bad Gateway", 502, status)))
        .hasMessage(
            ON
                + "the API server answered HTTP 502: proxy https://***@proxy.example.com refused"
                + " Authorization: Bearer ***");
  }
}
