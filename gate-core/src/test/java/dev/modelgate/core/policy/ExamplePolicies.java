package dev.modelgate.core.policy;

import dev.modelgate.core.Confidence;
import dev.modelgate.core.FirstModelRule;
import dev.modelgate.core.Metric;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.canary.FailureCounting;
import dev.modelgate.core.canary.InconclusiveAction;
import dev.modelgate.core.canary.Percentile;
import dev.modelgate.metrics.cost.BinaryCosts;
import dev.modelgate.metrics.paired.IntervalMethod;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** The example policy files under {@code src/test/resources/policies}, and the policies they say in Java. */
final class ExamplePolicies {

  /** The base names of the examples, each with a YAML file and golden YAML and JSON output. */
  static final List<String> NAMES =
      List.of(
          "german-credit", "f1-only", "any-of-and-guards", "fast-track", "canary-steps",
          "canary-sequential", "confidence");

  static final BinaryCosts CREDIT_COSTS = BinaryCosts.of("0", "0", "-500", "100");

  private ExamplePolicies() {}

  /** The path of {@code policies/<name>}. */
  static Path path(String name) {
    URL url = ExamplePolicies.class.getResource("/policies/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test resource policies/" + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** The text of {@code policies/<name>}. */
  static String text(String name) {
    try {
      return Files.readString(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** german-credit.yaml and german-credit.json: the quick start's policy. */
  static QualityPolicy germanCredit() {
    return QualityPolicy.builder()
        .name("german-credit")
        .costs(CREDIT_COSTS, "Bad", 10_000L)
        .registration(gate -> gate
            .require(Metrics.NET_BENEFIT).greaterThan(0)
            .require(Metrics.F1).greaterThan("0.20"))
        .championChallenger(gate -> gate
            .compareOn(Metrics.NET_BENEFIT)
            .guard(Metrics.F1).mayNotDropBy("0.05"))
        .build();
  }

  /** f1-only.yaml. */
  static QualityPolicy f1Only() {
    return QualityPolicy.builder()
        .name("f1-only")
        .registration(gate -> gate.require(Metrics.F1).greaterThan("0.20"))
        .championChallenger(gate -> gate.compareOn(Metrics.F1).firstModel(FirstModelRule.HOLD))
        .build();
  }

  /** any-of-and-guards.yaml. */
  static QualityPolicy anyOfAndGuards() {
    Metric reviewMinutes = Metric.lowerIsBetter("review_minutes");
    return QualityPolicy.builder()
        .name("fraud-screening")
        .costs(BinaryCosts.of("120.00", "-15.00", "-400.00", "0"), "1")
        .registration(gate -> gate
            .require(Metrics.ERROR_RATE).atMost("0.08")
            .anyOf(any -> any.require(Metrics.RECALL).atLeast("0.60").require(Metrics.PRECISION).atLeast("0.75"))
            .anyOf(any -> any
                .require(Metrics.ROC_AUC).greaterThan("0.85")
                .require(Metrics.AVERAGE_PRECISION).greaterThan("0.50")))
        .championChallenger(gate -> gate
            .compareOn(Metrics.NET_BENEFIT)
            .minImprovement("250.00")
            .minRelativeImprovement("0.02")
            .guard(Metrics.RECALL).mayNotDropBy("0.03")
            .guard(reviewMinutes).mayNotDropBy(5))
        .build();
  }

  /** fast-track.yaml: an emergency variant of german-credit. */
  static QualityPolicy fastTrack() {
    return germanCredit().fastTrack(
        "champion leaks PII, INC-4711",
        "cto@example.com",
        p -> p
            .registration(gate -> gate.require(Metrics.F1).greaterThan("0.10"))
            .championChallenger(gate -> gate.compareOn(Metrics.NET_BENEFIT)));
  }

  /** canary-steps.yaml: layer 4 in three steps with every kind of score check. */
  static QualityPolicy canarySteps() {
    return QualityPolicy.builder()
        .name("credit-canary")
        .registration(gate -> gate.require(Metrics.F1).greaterThan("0.20"))
        .championChallenger(gate -> gate.compareOn(Metrics.F1))
        .canary(gate -> gate
            .steps(5, 20, 50)
            .interval(Duration.ofMinutes(2))
            .windowsPerStep(3)
            .failureLimit(2, FailureCounting.CONSECUTIVE)
            .minRequests(200)
            .inconclusiveLimit(4, InconclusiveAction.HOLD)
            .clearChecks()
            .maxErrorRate(0.01)
            .errorRateVsChampion(0.1, 0.01)
            .maxLatencyRatio(Percentile.P50, 1.1)
            .maxLatency(Percentile.P99, Duration.ofMillis(250))
            .maxLatencyRatio(Percentile.P99, 1.25)
            .maxPsi(0.25, 0.1)
            .kolmogorovSmirnov(0.2, 0.001))
        .build();
  }

  /** canary-sequential.yaml: anytime-valid sequential tests of errors and slow requests, in three steps. */
  static QualityPolicy canarySequential() {
    return QualityPolicy.builder()
        .name("credit-sequential")
        .registration(gate -> gate.require(Metrics.F1).greaterThan("0.20"))
        .championChallenger(gate -> gate.compareOn(Metrics.F1))
        .canary(gate -> gate
            .steps(5, 20, 50)
            .clearChecks()
            .maxErrorRate(0.05)
            .errorRateSequential(0.05)
            .latencySequential(Duration.ofMillis(250), 0.01, 0.1))
        .build();
  }

  /** canary-classes.json: class-rate checks only, with the default canary settings. */
  static QualityPolicy canaryClasses() {
    return QualityPolicy.builder()
        .name("fraud-canary")
        .registration(gate -> gate.require(Metrics.RECALL).atLeast("0.60"))
        .championChallenger(gate -> gate.compareOn(Metrics.RECALL))
        .canary(gate -> gate.clearChecks().errorRateVsChampion(0, 0.05).chiSquare(0.01))
        .build();
  }

  /** confidence.yaml: promote on net_benefit only with 95% confidence, the bootstrap set. */
  static QualityPolicy confidence() {
    return QualityPolicy.builder()
        .name("credit-confident")
        .costs(CREDIT_COSTS, "Bad")
        .registration(gate -> gate.require(Metrics.NET_BENEFIT).greaterThan(0))
        .championChallenger(gate -> gate
            .compareOn(Metrics.NET_BENEFIT)
            .minImprovement(500)
            .withConfidence(new Confidence(new BigDecimal("0.95"), 20_000, 7, IntervalMethod.BCA))
            .guard(Metrics.F1).mayNotDropBy("0.02"))
        .build();
  }

  /** The policy of the example called {@code name}. */
  static QualityPolicy expected(String name) {
    return switch (name) {
      case "german-credit" -> germanCredit();
      case "f1-only" -> f1Only();
      case "any-of-and-guards" -> anyOfAndGuards();
      case "fast-track" -> fastTrack();
      case "canary-steps" -> canarySteps();
      case "canary-sequential" -> canarySequential();
      case "confidence" -> confidence();
      default -> throw new IllegalArgumentException(name);
    };
  }
}
