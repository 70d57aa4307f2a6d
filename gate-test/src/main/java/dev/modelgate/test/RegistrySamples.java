package dev.modelgate.test;

import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.spi.RegisterRequest;
import java.math.BigDecimal;
import java.util.Map;

/** The values the registry contract registers: an evaluation with exact money and a NaN. */
public final class RegistrySamples {

  /** The fingerprint of the samples' test set. */
  public static final String FINGERPRINT = "sha256:" + "5e".repeat(32);

  private RegistrySamples() {}

  /**
   * An evaluation with net benefit {@code 12345678901234.56} (more digits than a double holds),
   * F1 {@code 0.8125}, an undefined ROC AUC and a custom lower-is-better metric.
   */
  public static Evaluation evaluation() {
    return new Evaluation(
        FINGERPRINT,
        2000,
        Map.of(
            Metrics.NET_BENEFIT, MetricValue.of(new BigDecimal("12345678901234.56")),
            Metrics.F1, MetricValue.of(0.8125),
            Metrics.ROC_AUC, MetricValue.undefined(),
            Metric.lowerIsBetter("latency_ms"), MetricValue.of(new BigDecimal("12.50"))));
  }

  /** A request to register a version of {@code model}: source, run id, evaluation and a tag. */
  public static RegisterRequest request(String model) {
    return RegisterRequest.builder()
        .model(model)
        .source("s3://models/" + model + "/artifact")
        .runId("run-1")
        .description("a sample version of " + model)
        .evaluation(evaluation())
        .tag("team", "risk")
        .build();
  }
}
