package dev.modelgate.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.Metric;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** How policies are written: quoting that YAML reads back unchanged, exact numbers, declared metrics. */
class PolicyWriterTest {

  @Test
  void should_quote_exactly_the_strings_that_yaml_would_read_as_something_else() {
    QualityPolicy policy = QualityPolicy.builder()
        .name("No")
        .costs(BinaryCosts.of("0", "0", "-500", "100"), "1")
        .registration(gate -> gate.require(Metrics.F1).greaterThan("0.20"))
        .fastTrack("leak: see #4711\nsecond line", "Kreditw\u00fcrdigkeit team")
        .build();

    String yaml = PolicyFiles.toYaml(policy);

    assertThat(yaml).isEqualTo("""
        apiVersion: modelgate.dev/v1
        name: "No"
        fastTrack:
          reason: "leak: see #4711\\nsecond line"
          approver: "Kreditw\u00fcrdigkeit team"
        costs:
          positiveLabel: "1"
          values: {tp: 0, fp: 0, fn: -500, tn: 100}
        registration:
          require:
            - {metric: f1, greaterThan: 0.20}
        championChallenger:
          compareOn: net_benefit
          firstModel: promote_if_registered
        """);
    assertThat(PolicyFiles.readYaml(yaml)).isEqualTo(policy);
  }

  @Test
  void should_write_numbers_with_a_negative_scale_in_exponent_form_to_keep_them_equal() {
    BigDecimal fortyThousand = new BigDecimal("4E+4");
    QualityPolicy policy = QualityPolicy.builder()
        .name("credit")
        .registration(gate -> gate.require(Metrics.F1).greaterThan(new BigDecimal("0.0000001")))
        .championChallenger(gate -> gate.compareOn(Metrics.F1).minImprovement(fortyThousand))
        .build();

    String yaml = PolicyFiles.toYaml(policy);

    assertThat(yaml).contains("- {metric: f1, greaterThan: 0.0000001}").contains("minImprovement: 4E+4");
    assertThat(PolicyFiles.readYaml(yaml)).isEqualTo(policy);
    assertThat(PolicyFiles.readJson(PolicyFiles.toJson(policy))).isEqualTo(policy);
  }

  @Test
  void should_declare_the_metrics_that_are_not_well_known_sorted_by_name() {
    QualityPolicy policy = QualityPolicy.builder()
        .name("ranking")
        .registration(gate -> gate.require(Metric.lowerIsBetter("latency.p99")).lessThan(250))
        .championChallenger(gate -> gate
            .compareOn(Metric.higherIsBetter("ndcg"))
            .guard(Metrics.F1).mayNotDropBy("0.01")
            .guard(Metric.lowerIsBetter("latency.p99")).mayNotDropBy(20))
        .build();

    assertThat(PolicyFiles.toYaml(policy)).contains("""
        metrics:
          latency.p99: lower_is_better
          ndcg: higher_is_better
        registration:
        """);
  }

  @Test
  void should_write_a_check_that_does_not_fit_on_a_line_in_block_style() {
    Metric longName = Metric.higherIsBetter("a" + "_very_long_metric_name".repeat(4));
    QualityPolicy policy = QualityPolicy.builder()
        .name("long")
        .registration(gate -> gate.require(longName).atLeast("0.5"))
        .championChallenger(gate -> gate.compareOn(longName))
        .build();

    assertThat(PolicyFiles.toYaml(policy)).contains("""
          require:
            - metric: %s
              atLeast: 0.5
        """.formatted(longName.name()));
  }

  @Test
  void should_refuse_a_policy_whose_metrics_a_file_cannot_name() {
    QualityPolicy upsideDownF1 = QualityPolicy.builder()
        .name("odd")
        .registration(gate -> gate.require(Metric.lowerIsBetter("f1")).lessThan("0.5"))
        .championChallenger(gate -> gate.compareOn(Metrics.ACCURACY))
        .build();
    QualityPolicy twoDirections = QualityPolicy.builder()
        .name("odd")
        .registration(gate -> gate.require(Metric.higherIsBetter("score")).greaterThan(1))
        .championChallenger(gate -> gate.compareOn(Metric.lowerIsBetter("score")))
        .build();

    assertThatThrownBy(() -> PolicyFiles.toYaml(upsideDownF1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write the policy as a file: metric f1 is lower_is_better,"
            + " but the well-known f1 is higher_is_better");
    assertThatThrownBy(() -> PolicyFiles.toJson(twoDirections))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write the policy as a file: metric score is used both"
            + " higher_is_better and lower_is_better");
  }
}
