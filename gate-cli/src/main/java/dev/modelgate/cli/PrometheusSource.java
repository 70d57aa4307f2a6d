package dev.modelgate.cli;

import dev.modelgate.cli.PrometheusOptions.LatencyUnit;
import dev.modelgate.cli.internal.CanaryFlagMessages;
import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.core.canary.CanaryChecks;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.prometheus.CanaryQueries;
import dev.modelgate.prometheus.CanaryQueriesBuilder;
import dev.modelgate.prometheus.InvalidPrometheusConfigException;
import dev.modelgate.prometheus.PrometheusCanaryMetrics;
import dev.modelgate.prometheus.PrometheusCanaryMetricsBuilder;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Turns {@code gate canary}'s Prometheus flags and environment into {@link PrometheusCanaryMetrics}
 * and checks that they give what the policy's canary checks need: predictions for {@code psi} and
 * {@code chiSquare}, latency for latency bounds. Credentials come from the environment only:
 * {@code PROMETHEUS_BEARER_TOKEN}, or {@code PROMETHEUS_USERNAME} and {@code PROMETHEUS_PASSWORD}.
 * Stateless.
 */
final class PrometheusSource {

  static final String TOKEN = "PROMETHEUS_BEARER_TOKEN";
  static final String USERNAME = "PROMETHEUS_USERNAME";
  static final String PASSWORD = "PROMETHEUS_PASSWORD";

  private PrometheusSource() {}

  /**
   * The metrics source; null when there are problems, which are added to {@code problems}.
   */
  static @Nullable PrometheusCanaryMetrics build(
      PrometheusOptions options, CliContext context, CanaryGate gate, List<String> problems) {
    int before = problems.size();
    if (options.championLabel == null) {
      problems.add(CanaryFlagMessages.needsLabel("--champion-label", "champion"));
    }
    if (options.canaryLabel == null) {
      problems.add(CanaryFlagMessages.needsLabel("--canary-label", "canary"));
    }
    fitsPolicy(options, gate.checks(), problems);
    CanaryQueries queries = queries(options, problems);
    PrometheusCanaryMetricsBuilder builder =
        PrometheusCanaryMetrics.builder().baseUrl(Objects.requireNonNull(options.url, "url"));
    if (options.championLabel != null) {
      builder.champion(options.championLabel);
    }
    if (options.canaryLabel != null) {
      builder.canary(options.canaryLabel);
    }
    if (queries != null) {
      builder.queries(queries);
    }
    if (options.scrapeIntervalSeconds != null && options.scrapeIntervalSeconds < 0) {
      problems.add(CanaryFlagMessages.negative("--scrape-interval", options.scrapeIntervalSeconds));
    }
    if (options.timeoutSeconds != null) {
      builder.timeout(Duration.ofSeconds(options.timeoutSeconds));
    }
    credentials(context, builder, problems);
    if (options.championLabel == null || options.canaryLabel == null) {
      return null;
    }
    try {
      PrometheusCanaryMetrics metrics = builder.build();
      return problems.size() > before ? null : metrics;
    } catch (InvalidPrometheusConfigException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static @Nullable CanaryQueries queries(PrometheusOptions o, List<String> problems) {
    CanaryQueriesBuilder queries = CanaryQueries.builder();
    if (o.modelLabel != null) {
      queries.modelLabel(o.modelLabel);
    }
    if (o.requestCounter != null) {
      queries.requestCounter(o.requestCounter);
    }
    if (o.errorMatcher != null) {
      queries.errorMatcher(o.errorMatcher);
    }
    if (o.requestsQuery != null) {
      queries.requestsQuery(o.requestsQuery);
    }
    if (o.errorsQuery != null) {
      queries.errorsQuery(o.errorsQuery);
    }
    latency(o, queries, problems);
    if (o.scoreHistogram != null && o.classCounter != null) {
      problems.add(CanaryFlagMessages.twoPredictionSources());
    } else if (o.scoreHistogram != null) {
      queries.scoreHistogram(o.scoreHistogram);
    } else if (o.classCounter != null) {
      queries.classCounter(o.classCounter, o.classLabel == null ? "class" : o.classLabel);
    }
    if (o.classLabel != null && o.classCounter == null) {
      problems.add(CanaryFlagMessages.classLabelNeedsCounter());
    }
    try {
      return queries.build();
    } catch (InvalidPrometheusConfigException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  private static void latency(
      PrometheusOptions o, CanaryQueriesBuilder queries, List<String> problems) {
    ChronoUnit unit =
        o.latencyUnit == LatencyUnit.MILLISECONDS ? ChronoUnit.MILLIS : ChronoUnit.SECONDS;
    if (o.noLatency) {
      List<String> contradicting = new ArrayList<>();
      if (o.latencyHistogram != null) {
        contradicting.add("--latency-histogram");
      }
      if (o.latencyUnit != null) {
        contradicting.add("--latency-unit");
      }
      if (o.latencyQuery != null) {
        contradicting.add("--latency-query");
      }
      if (!contradicting.isEmpty()) {
        problems.add(CanaryFlagMessages.noLatencyWith(contradicting));
      }
      queries.withoutLatency();
    } else if (o.latencyQuery != null) {
      queries.latencyQuery(o.latencyQuery, unit);
    } else if (o.latencyHistogram != null) {
      queries.latencyHistogram(o.latencyHistogram, unit);
    } else if (o.latencyUnit != null) {
      problems.add(CanaryFlagMessages.unitNeedsLatency());
    }
  }

  private static void fitsPolicy(PrometheusOptions o, CanaryChecks checks, List<String> problems) {
    List<String> needPredictions = new ArrayList<>();
    if (checks.psi() != null) {
      needPredictions.add("psi");
    }
    if (checks.chiSquare() != null) {
      needPredictions.add("chiSquare");
    }
    if (!needPredictions.isEmpty() && o.scoreHistogram == null && o.classCounter == null) {
      problems.add(CanaryFlagMessages.predictionsNeeded(needPredictions));
    }
    if (checks.ks() != null) {
      problems.add(CanaryFlagMessages.ksNeedsSamples());
    }
    if (checks.chiSquare() != null && o.scoreHistogram != null) {
      problems.add(CanaryFlagMessages.chiSquareNeedsClasses());
    }
    if (o.noLatency && !checks.latency().isEmpty()) {
      problems.add(CanaryFlagMessages.latencyNeeded(
          checks.latency().stream().map(bound -> bound.percentile().label()).toList()));
    }
  }

  private static void credentials(
      CliContext context, PrometheusCanaryMetricsBuilder builder, List<String> problems) {
    Optional<String> token = context.variable(TOKEN);
    Optional<String> user = context.variable(USERNAME);
    Optional<String> password = context.variable(PASSWORD);
    token.ifPresent(builder::bearerToken);
    if (user.isPresent() && password.isPresent()) {
      builder.basicAuth(user.get(), password.get());
    } else if (user.isPresent()) {
      problems.add(CanaryFlagMessages.variableNeeds(USERNAME, PASSWORD));
    } else if (password.isPresent()) {
      problems.add(CanaryFlagMessages.variableNeeds(PASSWORD, USERNAME));
    }
  }
}
