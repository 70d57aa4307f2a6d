package dev.modelgate.examples;

import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Evaluator;
import dev.modelgate.core.SingleEvaluation;
import dev.modelgate.core.Gate;
import dev.modelgate.core.GateRun;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.Predictions;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.policy.PolicyFiles;
import dev.modelgate.core.registry.FileModelRegistry;
import dev.modelgate.examples.canary.CanaryDemo;
import dev.modelgate.examples.canary.CanaryDeployment;
import dev.modelgate.examples.canary.CanaryRun;
import dev.modelgate.examples.canary.CanaryScenario;
import dev.modelgate.examples.canary.LocalCanaryRunner;
import dev.modelgate.examples.training.GermanCreditModel;
import dev.modelgate.examples.training.GermanCreditModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The main job, all four layers: trains four real models on the German credit data with Tribuo,
 * evaluates them on the fixed test set (seed 42), runs layers 1 to 3 of the bundled policy for
 * each against a file registry in a local directory, and takes the promoted challenger live
 * through a local canary (layer 4).
 *
 * <p>The story, in one run on an empty registry: the first model becomes the champion; a weak model
 * is rejected at registration and never enters the registry; a model with a higher F1 but less
 * money is registered and held; a better model is promoted to {@code @champion} by layer 2. Then
 * its deploy: the first attempt ships a serving bug (one request in ten fails), the canary rolls it
 * back and {@code @champion} goes back to the serving version; the second attempt is healthy, the
 * canary promotes it and moves {@code @champion} with compare-and-set (see {@link
 * CanaryDeployment}). The canary runs on real HTTP on loopback with simulated time (see {@link
 * dev.modelgate.examples.canary}), so it takes seconds.
 *
 * <p>Running it again is safe: every run registers new versions, and the registry's history and
 * audit log grow; a run whose layer 2 promotes nothing deploys nothing, so no canary runs.
 *
 * <p>Arguments: {@code [registry directory]}, default {@code target/modelgate-demo}; or {@value
 * #CANARY_SCENARIOS} to run every scenario of the local canary instead ({@link CanaryDemo}): {@code
 * mvn -B -q -pl gate-examples -am -DskipTests package exec:java -Dexec.args=--canary}.
 */
public final class Demo {

  static final String MODEL = "german-credit";
  static final String POLICY_RESOURCE = "german-credit.yaml";

  /** The scenarios, in the order they run. */
  static final List<GermanCreditModel> SCENARIOS =
      List.of(
          GermanCreditModel.CHAMPION,
          GermanCreditModel.WEAK,
          GermanCreditModel.CHALLENGER_F1_UP_MONEY_DOWN,
          GermanCreditModel.CHALLENGER_BETTER);

  /** The deploy attempts of the promoted challenger, in order: a serving bug first, then healthy. */
  static final List<CanaryScenario> DEPLOYS = List.of(CanaryScenario.ERROR_SPIKE, CanaryScenario.HEALTHY);

  /** The argument that runs every scenario of the local canary instead of the main job. */
  static final String CANARY_SCENARIOS = "--canary";

  private Demo() {}

  /** Runs the demo and prints its report. */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals(CANARY_SCENARIOS)) {
      CanaryDemo.run(System.out, Clock.systemUTC(), policy().canary());
      return;
    }
    Path directory = Path.of(args.length > 0 ? args[0] : "target/modelgate-demo");
    run(System.out, Clock.systemUTC(), directory);
  }

  /** What one run of the main job did: layers 1 to 3 per model, and the canaries of its deploy. */
  record Result(List<GateRunReport> reports, List<CanaryRun> canaries) {}

  /** Runs every scenario against the registry in {@code directory}; returns what it did. */
  static Result run(PrintStream out, Clock clock, Path directory) {
    QualityPolicy policy = policy();
    DemoPrinter printer = new DemoPrinter(out);
    printer.title(policy, directory);

    GermanCreditModels models = GermanCreditModels.load();
    Evaluator evaluator = Evaluator.forPolicy(policy);
    Map<GermanCreditModel, SingleEvaluation> evaluated = new java.util.EnumMap<>(GermanCreditModel.class);
    Map<GermanCreditModel, Evaluation> evaluations = new java.util.EnumMap<>(GermanCreditModel.class);
    for (GermanCreditModel model : SCENARIOS) {
      // with evidence, each registration verdict also reports the candidate's 95% intervals
      SingleEvaluation single = evaluator.evaluateWithEvidence(toPredictions(models, model));
      evaluated.put(model, single);
      evaluations.put(model, single.evaluation());
    }
    printer.evaluations(models.testSetFingerprint().toString(), evaluations);

    FileModelRegistry registry = FileModelRegistry.open(directory.resolve("registry"), clock);
    AuditLog auditLog = AuditLog.open(directory.resolve("audit.jsonl"), clock);
    GateRun gateRun =
        GateRun.builder()
            .gate(Gate.of(policy, clock))
            .registry(registry)
            .actor("demo")
            .auditLog(auditLog)
            .build();
    printer.existing(registry, MODEL);

    List<GateRunReport> reports = new ArrayList<>();
    for (GermanCreditModel model : SCENARIOS) {
      GateRunReport report =
          gateRun.run(
              dev.modelgate.core.RunRequest.builder()
                  .candidate(evaluated.get(model).candidate(MODEL))
                  .source("models:/german-credit/" + model.id())
                  .runId(model.id())
                  .description(model.description())
                  .tag("model", model.id())
                  .build());
      printer.run(model, report);
      reports.add(report);
    }
    List<CanaryRun> canaries = deploy(printer, out, clock, models, policy, registry, auditLog, reports);
    printer.registry(registry, MODEL);
    printer.audit(AuditLog.open(directory.resolve("audit.jsonl"), clock));
    return new Result(List.copyOf(reports), canaries);
  }

  /**
   * Layer 4: the last candidate of this run that layer 2 promoted over a serving champion goes live
   * through a local canary, twice: first with a serving bug (rolled back), then healthy (promoted).
   * Nothing is deployed when no such candidate exists.
   */
  private static List<CanaryRun> deploy(DemoPrinter printer, PrintStream out, Clock clock, GermanCreditModels models,
      QualityPolicy policy, FileModelRegistry registry, AuditLog auditLog, List<GateRunReport> reports) {
    GateRunReport promoted = null;
    GermanCreditModel candidate = null;
    for (int i = 0; i < reports.size(); i++) {
      GateRunReport report = reports.get(i);
      if (report.promoted() && report.championVersion() != null && report.candidateVersion() != null) {
        promoted = report;
        candidate = SCENARIOS.get(i);
      }
    }
    if (promoted == null || candidate == null) {
      printer.noDeploy(registry.alias(MODEL, "champion").orElse("unset"));
      return List.of();
    }
    String candidateVersion = Objects.requireNonNull(promoted.candidateVersion());
    String servingVersion = Objects.requireNonNull(promoted.championVersion());
    GermanCreditModel serving = servedModel(registry, servingVersion);
    LocalCanaryRunner runner = LocalCanaryRunner.train(models, serving, candidate, policy.canary());
    printer.canaryStory(candidate, candidateVersion, serving, servingVersion, policy.canary());
    CanaryDeployment deployment = new CanaryDeployment(runner, registry, auditLog, "demo-canary", out);
    List<CanaryRun> runs = new ArrayList<>();
    Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    for (CanaryScenario scenario : DEPLOYS) {
      printer.deployAttempt(runs.size() + 1, candidateVersion, scenario);
      CanaryRun run = deployment.deploy(MODEL, candidateVersion, servingVersion, scenario, start);
      runs.add(run);
      start = run.verdict().finishedAt().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
    }
    return List.copyOf(runs);
  }

  /** The example's model that {@code version} was registered as, from its {@code model} tag. */
  private static GermanCreditModel servedModel(FileModelRegistry registry, String version) {
    String id = registry.version(MODEL, version).map(v -> v.tags().get("model")).orElse(null);
    for (GermanCreditModel model : GermanCreditModel.values()) {
      if (model.id().equals(id)) {
        return model;
      }
    }
    throw new IllegalStateException("version " + version + " of " + MODEL + " is not one of the example's models"
        + " (its model tag is " + id + "): the canary cannot serve it");
  }

  /** The bundled policy file, read strictly as a user's policy file would be. */
  public static QualityPolicy policy() {
    try (InputStream in = Demo.class.getResourceAsStream(POLICY_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the bundled policy " + POLICY_RESOURCE + " is missing");
      }
      return PolicyFiles.readYaml(new String(in.readAllBytes(), StandardCharsets.UTF_8), POLICY_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Predictions toPredictions(GermanCreditModels models, GermanCreditModel model) {
    var p = models.predict(model);
    return Predictions.of(p.rowIds(), p.truth(), p.predicted()).withScores(p.scores());
  }
}
