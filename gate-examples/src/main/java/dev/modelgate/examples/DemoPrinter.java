package dev.modelgate.examples;

import dev.modelgate.core.CheckResult;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RegistryAction;
import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.audit.AuditVerification;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.ModelVersion;
import dev.modelgate.examples.canary.CanaryScenario;
import dev.modelgate.examples.canary.CanaryStory;
import dev.modelgate.examples.training.GermanCreditModel;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Prints the demo's tables: evaluations, each run's checks and decisions, the canary story, the
 * registry.
 */
final class DemoPrinter {

  private static final List<Metric> SHOWN =
      List.of(Metrics.NET_BENEFIT, Metrics.F1, Metrics.PRECISION, Metrics.RECALL,
          Metrics.ACCURACY, Metrics.ROC_AUC);

  private final PrintStream out;

  DemoPrinter(PrintStream out) {
    this.out = out;
  }

  void title(QualityPolicy policy, Path directory) {
    out.println("ModelGate demo: German credit, Tribuo models, policy \"" + policy.name() + "\"");
    out.println("registry and audit log in " + directory.toAbsolutePath().normalize());
  }

  void evaluations(String fingerprint, Map<GermanCreditModel, Evaluation> evaluations) {
    out.println();
    out.println("Evaluations on the fixed test set (200 rows, seed 42) " + fingerprint);
    out.printf("  %-30s", "model");
    SHOWN.forEach(m -> out.printf(" %15s", header(m)));
    out.println();
    evaluations.forEach(
        (model, evaluation) -> {
          out.printf("  %-30s", model.id());
          SHOWN.forEach(m -> out.printf(" %15s", value(evaluation, m)));
          out.println();
        });
  }

  void existing(ModelRegistry registry, String model) {
    List<ModelVersion> versions = registry.versions(model);
    if (!versions.isEmpty()) {
      out.println();
      out.println("The registry already holds " + versions.size() + " version(s) of " + model
          + " from earlier runs; @champion is " + registry.alias(model, "champion").orElse("unset")
          + ". This run adds to that history.");
    }
  }

  void run(GermanCreditModel model, GateRunReport report) {
    out.println();
    out.println("== " + model.id() + ": " + model.description());
    checks("layer 1 registration: " + report.registration().decision(), report.registration().checks());
    if (report.registration().intervals() != null) {
      List<String> reasons = report.registration().reasons();
      out.println("    " + reasons.get(reasons.size() - 1));
    }
    if (report.registration().registered()) {
      checks("layer 2 champion vs challenger: " + report.championChallenger().decision(),
          report.championChallenger().checks());
    }
    out.println("  layer 3 pipeline: " + report.decision()
        + (report.decision().name().equals("SKIP") ? " (a skip is a success: the champion keeps serving)" : ""));
    out.println("  outcome " + report.outcome() + ": " + report.summary());
    for (RegistryAction action : report.registryActions()) {
      out.println("    registry " + action.step() + " " + action.outcome() + ": " + action.detail());
    }
    if (report.registryActions().isEmpty()) {
      out.println("    registry untouched");
    }
  }

  private void checks(String title, List<CheckResult> checks) {
    out.println("  " + title);
    for (CheckResult check : checks) {
      out.printf("    %-4s %s%n", check.passed() ? "pass" : "FAIL", check.reason());
    }
  }

  void noDeploy(String champion) {
    out.println();
    out.println("Layer 4, the canary: layer 2 promoted no candidate over a serving champion in this run, so nothing"
        + " goes live and no canary runs; version " + champion + " keeps serving.");
  }

  void canaryStory(GermanCreditModel candidate, String candidateVersion, GermanCreditModel serving,
      String servingVersion, CanaryGate gate) {
    out.println();
    out.println("Layer 4, the canary: version " + candidateVersion + " (" + candidate.id() + ") goes live beside version "
        + servingVersion + " (" + serving.id() + ")");
    out.println("  Layer 2 moved @champion to version " + candidateVersion + " on the test set, but production still"
        + " serves version " + servingVersion + ". The canary has the last word on live traffic: promoted, it moves"
        + " @champion to the candidate with compare-and-set; rolled back, the deploy job moves @champion back to the"
        + " serving version.");
    out.println("  " + CanaryStory.policy(gate));
    out.println("  " + CanaryStory.SIMULATION);
  }

  void deployAttempt(int attempt, String version, CanaryScenario scenario) {
    out.println();
    out.println("== deploy " + attempt + " of version " + version + (attempt > 1 ? ", the server fixed" : "") + ", "
        + scenario.id() + ": " + scenario.description());
  }

  void registry(ModelRegistry registry, String model) {
    out.println();
    out.println("Registry: " + model + " @champion = " + registry.alias(model, "champion").orElse("unset")
        + ", @candidate = " + registry.alias(model, "candidate").orElse("unset"));
    for (ModelVersion version : registry.versions(model)) {
      out.printf("  v%-3s %-30s %s%n", version.version(), version.tags().getOrDefault("model", "?"),
          version.tags().getOrDefault("modelgate.outcome", ""));
    }
    out.println("Alias history:");
    for (AliasChange change : registry.aliasHistory(model)) {
      out.printf("  %s @%s %s -> %s by %s%n", change.at(), change.alias(),
          change.from().orElse("unset"), change.to().orElse("deleted"), change.actor());
    }
  }

  void audit(AuditLog log) {
    AuditVerification verification = log.verify();
    out.println();
    out.println("Audit log " + log.file().getFileName() + ": "
        + (verification instanceof AuditVerification.Intact intact
            ? intact.entries() + " entries, hash chain intact"
            : "BROKEN: " + ((AuditVerification.Broken) verification).message()));
  }

  private static String header(Metric metric) {
    return metric.equals(Metrics.NET_BENEFIT) ? "$/month" : metric.name();
  }

  private static String value(Evaluation evaluation, Metric metric) {
    return evaluation.metric(metric).map(v -> format(metric, v)).orElse("-");
  }

  private static String format(Metric metric, MetricValue v) {
    if (!v.isDefined()) {
      return "undefined";
    }
    BigDecimal value = v.value();
    return metric.equals(Metrics.NET_BENEFIT)
        ? String.format("%,.0f", value)
        : String.format("%.4f", value);
  }
}
