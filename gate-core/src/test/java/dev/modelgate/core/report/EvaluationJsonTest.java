package dev.modelgate.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvaluationJsonTest {

  private static final String FINGERPRINT = "sha256:" + "ab".repeat(32);

  private static final Evaluation EVALUATION =
      new Evaluation(
          FINGERPRINT,
          2000,
          Map.of(
              Metrics.NET_BENEFIT, MetricValue.of(new BigDecimal("12345678901234.56")),
              Metrics.ROC_AUC, MetricValue.undefined(),
              Metric.lowerIsBetter("latency_ms"), MetricValue.of(new BigDecimal("12.50"))));

  @Test
  void should_write_an_evaluation_on_one_line_with_exact_decimals_and_nan() {
    String json = EvaluationJson.toJson(EVALUATION);

    assertThat(json)
        .isEqualTo(
            "{\"testSetFingerprint\":\"" + FINGERPRINT + "\",\"rows\":2000,\"metrics\":{"
                + "\"latency_ms\":{\"value\":12.50,\"direction\":\"lower_is_better\"},"
                + "\"net_benefit\":{\"value\":12345678901234.56,\"direction\":\"higher_is_better\"},"
                + "\"roc_auc\":{\"value\":\"NaN\",\"direction\":\"higher_is_better\"}}}");
  }

  @Test
  void should_read_back_an_equal_evaluation() {
    Evaluation read = EvaluationJson.read(EvaluationJson.toJson(EVALUATION));

    assertThat(read).isEqualTo(EVALUATION);
    assertThat(read.metric(Metrics.NET_BENEFIT).orElseThrow().value())
        .hasToString("12345678901234.56");
  }

  @Test
  void should_refuse_a_document_that_is_not_an_evaluation_saying_why() {
    assertThatThrownBy(() -> EvaluationJson.read("{\"testSetFingerprint\":\"" + FINGERPRINT
            + "\",\"metrics\":{}}"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not an evaluation: evaluation is missing field \"rows\"");
  }
}
