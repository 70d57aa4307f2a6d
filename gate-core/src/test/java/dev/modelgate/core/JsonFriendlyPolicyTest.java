package dev.modelgate.core;

import static dev.modelgate.core.TestEvaluations.creditPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonFriendlyPolicyTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void should_expose_every_policy_component_to_a_plain_record_serialiser() {
    QualityPolicy policy =
        creditPolicy()
            .fastTrack(
                "champion leaks PII", "cto@example.com", p -> p.championChallenger(g -> g.guard(Metrics.F1).mayNotDrop()));

    JsonNode json = mapper.valueToTree(policy);

    assertThat(json.path("fastTrack").path("reason").asText()).isEqualTo("champion leaks PII");
    assertThat(json.path("fastTrack").path("approver").asText()).isEqualTo("cto@example.com");
    assertThat(json.path("registration").path("checks").get(0).path("bound").decimalValue())
        .isEqualByComparingTo("40000");
    assertThat(json.path("championChallenger").path("guards").get(0).path("maxDrop").decimalValue())
        .isEqualByComparingTo("0");
    assertThat(json.path("championChallenger").path("firstModel").asText()).isEqualTo("PROMOTE_IF_REGISTERED");
    assertThat(json.path("costs").path("positiveLabel").asText()).isEqualTo("Bad");
  }

  @Test
  void should_expose_check_results_and_model_identity_as_plain_fields() {
    CheckResult check =
        new CheckResult(CheckKind.GUARD, Metrics.F1, null, BigDecimal.ONE, null, false, "why");

    JsonNode json = mapper.valueToTree(check);
    JsonNode model = mapper.valueToTree(new ModelIdentity("credit-risk", "8", null));

    assertThat(json.path("kind").asText()).isEqualTo("GUARD");
    assertThat(json.path("passed").asBoolean()).isFalse();
    assertThat(json.path("reason").asText()).isEqualTo("why");
    assertThat(model.path("candidateVersion").asText()).isEqualTo("8");
    assertThat(model.path("championVersion").isNull()).isTrue();
  }
}
