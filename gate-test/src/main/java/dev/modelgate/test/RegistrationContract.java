package dev.modelgate.test;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.Metrics;
import dev.modelgate.core.spi.ModelVersion;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registering versions and looking them up. */
public interface RegistrationContract extends RegistryFixture {

  @Test
  default void should_number_versions_1_2_3_in_order_of_registration() {
    List<ModelVersion> versions = registerVersions("fraud", 3);

    assertThat(versions).extracting(ModelVersion::version).containsExactly("1", "2", "3");
    assertThat(versions).extracting(ModelVersion::number).containsExactly(1L, 2L, 3L);
  }

  @Test
  default void should_number_the_versions_of_each_model_on_their_own() {
    registerVersions("fraud", 2);

    ModelVersion first = registry().register(RegistrySamples.request("churn"));

    assertThat(first.version()).isEqualTo("1");
    assertThat(registry().register(RegistrySamples.request("fraud")).version()).isEqualTo("3");
  }

  @Test
  default void should_keep_every_registered_value_exactly() {
    ModelVersion registered = registry().register(RegistrySamples.request("fraud"));

    ModelVersion read = registry().version("fraud", "1").orElseThrow();

    assertThat(read).isEqualTo(registered);
    assertThat(read.model()).isEqualTo("fraud");
    assertThat(read.source()).isEqualTo(URI.create("s3://models/fraud/artifact"));
    assertThat(read.runId()).contains("run-1");
    assertThat(read.description()).isEqualTo("a sample version of fraud");
    assertThat(read.tags()).isEqualTo(Map.of("team", "risk"));
    assertThat(read.evaluation()).contains(RegistrySamples.evaluation());
    assertThat(read.evaluation().orElseThrow().metric(Metrics.NET_BENEFIT).orElseThrow().value())
        .as("money keeps every digit and its cents")
        .hasToString("12345678901234.56");
    assertThat(read.evaluation().orElseThrow().metric(Metrics.ROC_AUC).orElseThrow().isDefined())
        .as("an undefined value stays undefined")
        .isFalse();
  }

  @Test
  default void should_list_all_versions_of_a_model_oldest_first() {
    List<ModelVersion> registered = registerVersions("fraud", 3);
    registerVersions("churn", 1);

    assertThat(registry().versions("fraud")).isEqualTo(registered);
    assertThat(registry().version("fraud", "2")).contains(registered.get(1));
  }

  @Test
  default void should_answer_empty_for_an_unknown_model_or_version() {
    registerVersions("fraud", 1);

    assertThat(registry().version("fraud", "2")).isEmpty();
    assertThat(registry().version("churn", "1")).isEmpty();
    assertThat(registry().versions("churn")).isEmpty();
    assertThat(registry().aliases("churn")).isEmpty();
    assertThat(registry().alias("churn", "champion")).isEmpty();
    assertThat(registry().aliasHistory("churn")).isEmpty();
  }

  @Test
  default void should_list_the_models_that_have_versions_sorted_by_name() {
    registerVersions("fraud", 1);
    registerVersions("churn", 2);

    assertThat(registry().models()).containsExactly("churn", "fraud");
  }

  @Test
  default void should_timestamp_each_registration_when_it_happens() {
    Instant before = clock().instant();
    ModelVersion first = registry().register(RegistrySamples.request("fraud"));
    Instant between = clock().instant();
    ModelVersion second = registry().register(RegistrySamples.request("fraud"));
    Instant after = clock().instant();

    assertThat(recordedBetween(first.createdAt(), before, between)).as(first.createdAt() + "")
        .isTrue();
    assertThat(recordedBetween(second.createdAt(), between, after)).as(second.createdAt() + "")
        .isTrue();
    assertThat(second.createdAt()).isAfterOrEqualTo(first.createdAt());
  }
}
