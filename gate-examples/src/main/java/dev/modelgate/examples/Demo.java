package dev.modelgate.examples;

import dev.modelgate.core.Candidate;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Evaluator;
import dev.modelgate.core.Gate;
import dev.modelgate.core.GateRun;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.Predictions;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.policy.PolicyFiles;
import dev.modelgate.core.registry.FileModelRegistry;
import dev.modelgate.examples.training.GermanCreditModel;
import dev.modelgate.examples.training.GermanCreditModels;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The main job: trains four real models on the German credit data with Tribuo, evaluates them on
 * the fixed test set (seed 42) and runs layers 1 to 3 of the bundled policy for each, against a
 * file registry in a local directory.
 *
 * <p>The story, in one run on an empty registry: the first model becomes the champion; a weak model
 * is rejected at registration and never enters the registry; a model with a higher F1 but less
 * money is registered and held; a better model is promoted to {@code @champion}. Running it again
 * is safe: every run registers new versions, and the registry's history and audit log grow.
 *
 * <p>Arguments: {@code [registry directory]}, default {@code target/modelgate-demo}.
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

  private Demo() {}

  /** Runs the demo and prints its report. */
  public static void main(String[] args) {
    Path directory = Path.of(args.length > 0 ? args[0] : "target/modelgate-demo");
    run(System.out, Clock.systemUTC(), directory);
  }

  /** Runs every scenario against the registry in {@code directory}; returns the runs' reports. */
  static List<GateRunReport> run(PrintStream out, Clock clock, Path directory) {
    QualityPolicy policy = policy();
    DemoPrinter printer = new DemoPrinter(out);
    printer.title(policy, directory);

    GermanCreditModels models = GermanCreditModels.load();
    Evaluator evaluator = Evaluator.forPolicy(policy);
    Map<GermanCreditModel, Evaluation> evaluations = new java.util.EnumMap<>(GermanCreditModel.class);
    for (GermanCreditModel model : SCENARIOS) {
      evaluations.put(model, evaluator.evaluate(toPredictions(models, model)));
    }
    printer.evaluations(models.testSetFingerprint().toString(), evaluations);

    FileModelRegistry registry = FileModelRegistry.open(directory.resolve("registry"), clock);
    GateRun gateRun =
        GateRun.builder()
            .gate(Gate.of(policy, clock))
            .registry(registry)
            .actor("demo")
            .auditLog(AuditLog.open(directory.resolve("audit.jsonl"), clock))
            .build();
    printer.existing(registry, MODEL);

    List<GateRunReport> reports = new ArrayList<>();
    for (GermanCreditModel model : SCENARIOS) {
      GateRunReport report =
          gateRun.run(
              dev.modelgate.core.RunRequest.builder()
                  .candidate(Candidate.of(MODEL, evaluations.get(model)))
                  .source("models:/german-credit/" + model.id())
                  .runId(model.id())
                  .description(model.description())
                  .tag("model", model.id())
                  .build());
      printer.run(model, report);
      reports.add(report);
    }
    printer.registry(registry, MODEL);
    printer.audit(AuditLog.open(directory.resolve("audit.jsonl"), clock));
    return reports;
  }

  /** The bundled policy file, read strictly as a user's policy file would be. */
  static QualityPolicy policy() {
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
