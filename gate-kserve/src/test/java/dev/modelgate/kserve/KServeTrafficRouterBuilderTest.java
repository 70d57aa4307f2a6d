package dev.modelgate.kserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The builder names every missing setting at once and refuses bad names at once. */
class KServeTrafficRouterBuilderTest {

  private static final String NAME_RULE =
      " is not a valid InferenceService name (lowercase letters, digits and '-', starting with a"
          + " letter and ending with a letter or digit, at most 63 characters)";
  private static final String NAMESPACE_RULE =
      " is not a valid Kubernetes namespace (lowercase letters, digits and '-', starting and ending"
          + " with a letter or digit, at most 63 characters)";

  @Test
  void should_name_everything_that_is_missing() {
    assertThatThrownBy(() -> KServeTrafficRouter.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "cannot build the KServe traffic router: namespace is missing; name is missing;"
                + " client is missing");
  }

  @Test
  void should_name_only_what_is_missing() {
    assertThatThrownBy(() -> KServeTrafficRouter.builder().namespace("ml-serving").build())
        .hasMessage("cannot build the KServe traffic router: name is missing; client is missing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Fraud-Model", "fraud_model", "7fraud", "fraud-", "fraud.model"})
  void should_refuse_a_name_kserve_refuses(String name) {
    assertThatThrownBy(() -> KServeTrafficRouter.builder().name(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name = \"" + name + "\"" + NAME_RULE);
  }

  @Test
  void should_refuse_a_name_longer_than_a_label() {
    String name = "f".repeat(64);

    assertThatThrownBy(() -> KServeTrafficRouter.builder().name(name)).hasMessage("name = \"" + name + "\"" + NAME_RULE);
    assertThat(KServeTrafficRouter.builder().name("f".repeat(63))).isNotNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "ML", "ml_serving", "-ml", "ml/serving", "ml-serving/../kube-system"})
  void should_refuse_a_namespace_kubernetes_refuses(String namespace) {
    assertThatThrownBy(() -> KServeTrafficRouter.builder().namespace(namespace))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("namespace = \"" + namespace + "\"" + NAMESPACE_RULE);
  }

  @Test
  void should_accept_a_namespace_that_starts_with_a_digit() {
    assertThat(KServeTrafficRouter.builder().namespace("42-ml")).isNotNull();
  }

  @Test
  void should_build_without_calling_the_api_server() {
    KubernetesClient client = mock(KubernetesClient.class);

    KServeTrafficRouter router =
        KServeTrafficRouter.builder().namespace("ml-serving").name("fraud-model").client(client).build();

    assertThat(router.name()).isEqualTo("kserve:ml-serving/fraud-model");
    verifyNoInteractions(client);
  }

  @Test
  void should_never_close_the_callers_client() {
    KubernetesClient client = mock(KubernetesClient.class);
    KServeTrafficRouter router =
        KServeTrafficRouter.builder().namespace("ml-serving").name("fraud-model").client(client).build();

    router.close();

    verifyNoInteractions(client);
  }

  @Test
  void should_refuse_a_bad_name_before_connecting() {
    assertThatThrownBy(() -> KServeTrafficRouter.connect("ml-serving", "Fraud"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name = \"Fraud\"" + NAME_RULE);
  }
}
