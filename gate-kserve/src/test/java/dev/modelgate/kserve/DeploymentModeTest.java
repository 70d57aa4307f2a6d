package dev.modelgate.kserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.TrafficException;
import dev.modelgate.core.spi.TrafficSplit;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * KServe honours canaryTrafficPercent only in Knative mode: the router refuses any other mode
 * before it writes anything, and refuses an object without spec.predictor.
 */
class DeploymentModeTest {

  private MockKServe kserve;

  @BeforeEach
  void start() {
    kserve = new MockKServe();
  }

  @AfterEach
  void stop() {
    kserve.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Standard", "RawDeployment", "ModelMesh"})
  void should_refuse_a_mode_the_status_reports(String mode) {
    GenericKubernetesResource isvc = kserve.load("inferenceservice-canary.json");
    status(isvc).put("deploymentMode", mode);
    kserve.create(isvc);
    KServeTrafficRouter router = kserve.router();

    assertThatThrownBy(() -> router.setCanaryShare(50))
        .isInstanceOf(TrafficException.class)
        .hasMessage(
            "cannot set the canary share to 50 % on InferenceService ml-serving/fraud-model: it runs in "
                + mode
                + " deployment mode, where KServe ignores spec.predictor.canaryTrafficPercent;"
                + " canary traffic splitting needs Knative mode");
    assertThatThrownBy(router::observedSplit).hasMessageContaining("it runs in " + mode + " deployment mode");
    assertThat(kserve.takePatches()).isEmpty();
  }

  @Test
  void should_refuse_the_mode_of_the_annotation_while_there_is_no_status() {
    GenericKubernetesResource isvc = kserve.load("inferenceservice-canary.json");
    isvc.getAdditionalProperties().remove("status");
    isvc.getMetadata().getAnnotations().put("serving.kserve.io/deploymentMode", "RawDeployment");
    kserve.create(isvc);

    assertThatThrownBy(kserve.router()::promoteCanary)
        .isInstanceOf(TrafficException.class)
        .hasMessageContaining("promote the canary")
        .hasMessageContaining("it runs in RawDeployment deployment mode");
    assertThat(kserve.takePatches()).isEmpty();
  }

  @Test
  void should_believe_the_status_over_the_annotation() {
    GenericKubernetesResource isvc = kserve.load("inferenceservice-canary.json");
    isvc.getMetadata().getAnnotations().put("serving.kserve.io/deploymentMode", "Standard");
    kserve.create(isvc);

    assertThat(kserve.router().observedSplit()).isEqualTo(new TrafficSplit(20, true));
  }

  @Test
  void should_accept_the_legacy_name_serverless() {
    GenericKubernetesResource isvc = kserve.load("inferenceservice-canary.json");
    status(isvc).put("deploymentMode", "Serverless");
    kserve.create(isvc);

    kserve.router().rollback();

    assertThat(kserve.takePatches()).hasSize(1);
  }

  @Test
  void should_accept_an_object_that_names_no_mode() {
    GenericKubernetesResource isvc = kserve.load("inferenceservice-canary.json");
    isvc.getAdditionalProperties().remove("status");
    isvc.getMetadata().getAnnotations().remove("serving.kserve.io/deploymentMode");
    kserve.create(isvc);

    kserve.router().setCanaryShare(30);

    assertThat(kserve.storedPredictor().get("canaryTrafficPercent")).isEqualTo(30);
  }

  @Test
  void should_refuse_an_object_without_a_predictor_before_patching() {
    GenericKubernetesResource isvc = kserve.load("inferenceservice-canary.json");
    isvc.getAdditionalProperties().put("spec", Map.of("transformer", Map.of()));
    kserve.create(isvc);

    assertThatThrownBy(kserve.router()::rollback)
        .isInstanceOf(TrafficException.class)
        .hasMessage(
            "cannot roll back the canary on InferenceService ml-serving/fraud-model:"
                + " unexpected shape: spec.predictor is missing");
    assertThat(kserve.takePatches()).isEmpty();
  }

  @Test
  void should_refuse_an_object_without_a_spec() {
    GenericKubernetesResource isvc = kserve.load("inferenceservice-canary.json");
    isvc.getAdditionalProperties().remove("spec");
    kserve.create(isvc);

    assertThatThrownBy(kserve.router()::observedSplit)
        .isInstanceOf(TrafficException.class)
        .hasMessage(
            "cannot read the traffic split on InferenceService ml-serving/fraud-model:"
                + " unexpected shape: spec is missing");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> status(GenericKubernetesResource isvc) {
    return (Map<String, Object>) isvc.getAdditionalProperties().get("status");
  }
}
