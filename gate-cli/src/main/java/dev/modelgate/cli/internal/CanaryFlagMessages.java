package dev.modelgate.cli.internal;

import java.util.List;

/**
 * The messages of {@code gate canary}'s flags that are missing or do not fit together, and of the
 * inputs it checks before the analysis starts, one factory per rule. Flag problems are reported
 * all at once and exit with {@code INVALID_INPUT}.
 */
public final class CanaryFlagMessages {

  private CanaryFlagMessages() {}

  /** {@code the canary's metrics are missing: give --prometheus-url URL, or --metrics-file ...}. */
  public static String noMetrics() {
    return "the canary's metrics are missing: give --prometheus-url URL, or --metrics-file FILE to"
        + " replay a recording";
  }

  /** {@code --prometheus-url and --metrics-file both give the canary's metrics: use one of them}. */
  public static String twoSources() {
    return "--prometheus-url and --metrics-file both give the canary's metrics: use one of them";
  }

  /** {@code --prometheus-url needs --champion-label: the model label's value on the champion's ...}. */
  public static String needsLabel(String flag, String model) {
    return "--prometheus-url needs " + flag + ": the model label's value on the " + model
        + "'s series";
  }

  /** {@code --champion-label, --canary-label are for --prometheus-url: they do nothing with ...}. */
  public static String prometheusOnly(List<String> flags) {
    return String.join(", ", flags) + (flags.size() == 1 ? " is" : " are")
        + " for --prometheus-url: " + (flags.size() == 1 ? "it does" : "they do")
        + " nothing with --metrics-file";
  }

  /** {@code --record-metrics records what Prometheus reports: a replay is a recording already}. */
  public static String recordReplay() {
    return "--record-metrics records what Prometheus reports: a --metrics-file replay is a"
        + " recording already";
  }

  /** {@code --score-histogram and --class-counter both give the predictions: use one of them}. */
  public static String twoPredictionSources() {
    return "--score-histogram and --class-counter both give the predictions: use one of them";
  }

  /** {@code --class-label needs --class-counter: the counter whose label it names}. */
  public static String classLabelNeedsCounter() {
    return "--class-label needs --class-counter: the counter whose label it is";
  }

  /** {@code --latency-unit needs --latency-histogram or --latency-query: the metric it is the ...}. */
  public static String unitNeedsLatency() {
    return "--latency-unit needs --latency-histogram or --latency-query: the latency it is the"
        + " unit of";
  }

  /** {@code --no-latency reads no latency: drop --latency-histogram}. */
  public static String noLatencyWith(List<String> flags) {
    return "--no-latency reads no latency: drop " + String.join(", ", flags);
  }

  /** {@code the policy's canary check psi needs each model's predictions: give ...}. */
  public static String predictionsNeeded(List<String> checks) {
    return "the policy's canary " + (checks.size() == 1 ? "check " : "checks ")
        + String.join(", ", checks) + (checks.size() == 1 ? " needs" : " need")
        + " each model's predictions: give --score-histogram METRIC or --class-counter METRIC";
  }

  /** {@code the policy's canary check ks needs score samples, which Prometheus ...}. */
  public static String ksNeedsSamples() {
    return "the policy's canary check ks needs score samples, which Prometheus histograms cannot"
        + " give: check scores with psi, or replay a --metrics-file with scores";
  }

  /** {@code the policy's canary check chiSquare needs class counts: give --class-counter ...}. */
  public static String chiSquareNeedsClasses() {
    return "the policy's canary check chiSquare needs class counts: give --class-counter METRIC"
        + " instead of --score-histogram";
  }

  /** {@code the policy bounds latency (p99), which --no-latency does not read}. */
  public static String latencyNeeded(List<String> percentiles) {
    return "the policy bounds latency (" + String.join(", ", percentiles)
        + "), which --no-latency does not read";
  }

  /** {@code --scrape-interval = -1 must not be negative}. */
  public static String negative(String flag, int value) {
    return flag + " = " + value + " must not be negative";
  }

  /** {@code PROMETHEUS_USERNAME needs PROMETHEUS_PASSWORD}. */
  public static String variableNeeds(String given, String missing) {
    return given + " is set but " + missing + " is not: basic auth needs both";
  }

  /** {@code --kserve-namespace needs --kserve-name: the InferenceService whose traffic moves}. */
  public static String kserveNeeds(String given, String missing, String why) {
    return given + " needs " + missing + ": " + why;
  }

  /** {@code --kserve-namespace: namespace = "ML" is not a valid Kubernetes namespace (...)}. */
  public static String invalid(String flag, String message) {
    return flag + ": " + message;
  }

  /** {@code --metrics-file replays recorded windows and no traffic router is given: add ...}. */
  public static String replayNeedsDryRun() {
    return "--metrics-file replays recorded windows and no traffic router is given: add --dry-run"
        + " to analyse without moving traffic (or --kserve-namespace and --kserve-name to move"
        + " it)";
  }

  /** {@code no traffic router: give --kserve-namespace NS and --kserve-name NAME, or --dry-run ...}. */
  public static String noRouter() {
    return "no traffic router: give --kserve-namespace NS and --kserve-name NAME, or --dry-run to"
        + " analyse without moving traffic";
  }

  /** {@code --registry needs --candidate-version: the version the canary serves, which ...}. */
  public static String registryNeedsVersion() {
    return "--registry needs --candidate-version: the version the canary serves, which a"
        + " promotion makes @champion";
  }

  /** {@code model-registry: no such registry directory}. */
  public static String noRegistry(String directory) {
    return directory + ": no such registry directory";
  }

  /** {@code registry model-registry has no version 7 of credit}. */
  public static String noSuchVersion(String directory, String model, String version) {
    return "registry " + directory + " has no version " + version + " of " + model;
  }

  /** {@code cannot start the canary: <why>; no traffic was moved}. */
  public static String cannotStart(String why) {
    return "cannot start the canary: " + why + "; no traffic was moved";
  }
}
