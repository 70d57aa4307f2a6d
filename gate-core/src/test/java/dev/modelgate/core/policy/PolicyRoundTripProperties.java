package dev.modelgate.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.modelgate.core.QualityPolicy;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Policy → file → policy gives an equal policy, for YAML and JSON, and every written file fits the schema. */
class PolicyRoundTripProperties {

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(PolicyFiles.jsonSchema());

  @Provide
  Arbitrary<QualityPolicy> policies() {
    return PolicyArbitraries.policies();
  }

  @Property(seed = "42")
  void any_policy_written_as_yaml_reads_back_equal(@ForAll("policies") QualityPolicy policy) {
    String yaml = PolicyFiles.toYaml(policy);

    assertThat(PolicyFiles.readYaml(yaml)).as(yaml).isEqualTo(policy);
  }

  @Property(seed = "42")
  void any_policy_written_as_json_reads_back_equal(@ForAll("policies") QualityPolicy policy) {
    String json = PolicyFiles.toJson(policy);

    assertThat(PolicyFiles.readJson(json)).as(json).isEqualTo(policy);
  }

  @Property(seed = "42", tries = 200)
  void any_written_policy_fits_the_published_schema(@ForAll("policies") QualityPolicy policy) {
    assertThat(SCHEMA.validate(PolicyFiles.toYaml(policy), InputFormat.YAML)).isEmpty();
    assertThat(SCHEMA.validate(PolicyFiles.toJson(policy), InputFormat.JSON)).isEmpty();
  }
}
