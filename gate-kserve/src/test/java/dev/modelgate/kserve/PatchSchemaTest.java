package dev.modelgate.kserve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelgate.kserve.RecordingDispatcher.Request;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every patch the router sends, captured on the mock API server, is a merge patch of
 * spec.predictor.canaryTrafficPercent alone, and the object it produces is valid under the
 * InferenceService schema of the contract sheet.
 */
class PatchSchemaTest {

  private MockKServe kserve;
  private KServeTrafficRouter router;
  private JsonNode expected;

  @BeforeEach
  void start_an_eighty_twenty_canary() {
    kserve = new MockKServe();
    expected = Json.tree(kserve.create("inferenceservice-canary.json"));
    router = kserve.router();
  }

  @AfterEach
  void stop() {
    kserve.close();
  }

  @Test
  void should_start_from_an_object_valid_under_the_schema() {
    assertThat(IsvcSchema.problems(expected)).isEmpty();
  }

  @Test
  void should_send_only_schema_valid_merge_patches_through_a_whole_canary() {
    List<Consumer<KServeTrafficRouter>> steps =
        List.of(
            r -> r.setCanaryShare(5),
            r -> r.setCanaryShare(50),
            r -> r.setCanaryShare(100),
            KServeTrafficRouter::rollback,
            r -> r.setCanaryShare(20),
            KServeTrafficRouter::promoteCanary,
            KServeTrafficRouter::rollback,
            KServeTrafficRouter::promoteCanary);

    for (Consumer<KServeTrafficRouter> step : steps) {
      step.accept(router);
      List<Request> patches = kserve.takePatches();

      assertThat(patches).hasSize(1);
      Request patch = patches.get(0);
      assertThat(patch.path()).isEqualTo(MockKServe.PATH);
      assertThat(patch.contentType()).isEqualTo("application/merge-patch+json");
      JsonNode body = Json.parse(patch.body());
      assertOnlyCanaryTrafficPercent(body);
      expected = MergePatch.apply(expected, body);
      assertThat(IsvcSchema.problems(expected)).as("after %s", patch.body()).isEmpty();
      assertThat(storedSpec()).isEqualTo(expected.get("spec"));
    }
  }

  @Test
  void should_keep_shares_within_bounds_the_schema_does_not_state() {
    // The CRD gives canaryTrafficPercent no minimum or maximum (contract sheet, section 2):
    // the router is what keeps it between 0 and 100.
    assertThat(IsvcSchema.node("/properties/spec/properties/predictor/properties/canaryTrafficPercent"))
        .isEqualTo(Json.parse("{\"format\":\"int64\",\"type\":\"integer\"}"));

    for (int percent = 0; percent <= 100; percent += 25) {
      router.setCanaryShare(percent);
      JsonNode value = Json.parse(kserve.takePatches().get(0).body()).at("/spec/predictor/canaryTrafficPercent");
      assertThat(value.isInt()).isTrue();
      assertThat(value.intValue()).isBetween(0, 100);
    }
  }

  @Test
  void should_catch_a_patch_that_breaks_the_schema() {
    JsonNode asText = MergePatch.apply(expected, Json.parse("{\"spec\":{\"predictor\":{\"canaryTrafficPercent\":\"20\"}}}"));
    JsonNode fraction = MergePatch.apply(expected, Json.parse("{\"spec\":{\"predictor\":{\"canaryTrafficPercent\":20.5}}}"));
    JsonNode noPredictor = MergePatch.apply(expected, Json.parse("{\"spec\":{\"predictor\":null}}"));

    assertThat(IsvcSchema.problems(asText)).hasSize(1);
    assertThat(IsvcSchema.problems(fraction)).hasSize(1);
    assertThat(IsvcSchema.problems(noPredictor)).hasSize(1);
  }

  private static void assertOnlyCanaryTrafficPercent(JsonNode body) {
    assertThat(body.properties()).extracting(java.util.Map.Entry::getKey).containsExactly("spec");
    assertThat(body.get("spec").properties()).extracting(java.util.Map.Entry::getKey).containsExactly("predictor");
    assertThat(body.at("/spec/predictor").properties())
        .extracting(java.util.Map.Entry::getKey)
        .containsExactly("canaryTrafficPercent");
  }

  /** The stored spec, with the null members fabric8's mock keeps after a merge patch removed them. */
  private JsonNode storedSpec() {
    JsonNode spec = Json.tree(kserve.stored()).get("spec");
    return MergePatch.apply(Json.MAPPER.createObjectNode(), spec);
  }
}
