package dev.modelgate.cli;

import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.GateOutcome;
import dev.modelgate.cli.internal.RegistrySource;
import dev.modelgate.core.Candidate;
import dev.modelgate.core.Champion;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Gate;
import dev.modelgate.core.GateRunBuilder;
import dev.modelgate.core.GateRun;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.RunNotAuditedException;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.RunRequest;
import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.report.Reports;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gate run}: layers 1 to 3 for one candidate against a file registry or MLflow. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    usageHelpAutoWidth = true,
    header =
        "Run layers 1-3 for one candidate against a registry (a directory or MLflow): register,"
            + " compare, decide.",
    description = {
      "Evaluates the candidate's predictions (and --champion's) with the policy's costs, then:"
          + " layer 1 (REGISTER / REJECT; a rejected candidate never touches the registry), the"
          + " registration and the @candidate alias, layer 2 against the @champion (PROMOTE /"
          + " HOLD; a promotion moves @champion with compare-and-set), and layer 3 (DEPLOY /"
          + " SKIP).",
      "",
      "Exit 0 whenever the gates decided, REJECT, HOLD and SKIP included. A run that could not"
          + " compare safely decides HOLD and SKIP, writes every output, and exits non-zero: 3 when"
          + " the champion's recorded evaluation is on another test set, 2 when the champion has"
          + " no evaluation (pass --champion), 4 when the registry failed or @champion moved"
          + " during the run.",
      "",
      "With $GITHUB_OUTPUT set, appends decision (deploy/skip), promoted (true/false),"
          + " registration, candidate-version and report; with $GITHUB_STEP_SUMMARY set, appends"
          + " the checks table and the decision in Markdown.",
      "",
      "The registry is a directory (--registry DIR) or the MLflow Model Registry (--registry"
          + " mlflow --tracking-uri URI): versions, the @candidate and @champion aliases and the"
          + " gate's tags are the same in both."
    },
    footerHeading = "%nExample against MLflow, MLFLOW_TRACKING_TOKEN set from a CI secret:%n",
    footer = {
      "  gate run --policy policy.yaml --registry mlflow \\",
      "    --tracking-uri https://mlflow.example.com --model credit \\",
      "    --candidate predictions.csv --label Class --prediction predicted"
    })
final class RunCommand implements Callable<Integer> {

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private GateOptions gate = new GateOptions();

  @Mixin private ChampionOption champion = new ChampionOption();

  @Mixin private RegistryOptions registry = new RegistryOptions();

  @Mixin private RunOptions run = new RunOptions();

  @Option(
      names = "--audit-log",
      paramLabel = "FILE",
      description = "Append the run's report to this hash-chained JSON Lines audit log.")
  private @Nullable Path auditLog;

  @Option(
      names = "--kfp-output-decision",
      paramLabel = "FILE",
      description =
          "Write the decision, deploy or skip, to this Kubeflow Pipelines output-parameter file"
              + " (no trailing newline; parent directories created).")
  private @Nullable Path kfpDecision;

  @Option(
      names = "--kfp-output-candidate-version",
      paramLabel = "FILE",
      description =
          "Write the candidate's registry version (empty when it was rejected) to this Kubeflow"
              + " Pipelines output-parameter file.")
  private @Nullable Path kfpVersion;

  @Mixin private DecisionOptions decision = new DecisionOptions();

  @Mixin private OutputOptions output = new OutputOptions();

  RunCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    GateInputs inputs = GateInputs.read(spec, gate, registry.problems(context));
    RegistrySource source = registry.source(context);
    Candidate candidate = inputs.candidateWithEvidence(registry.model(), context, output.quiet());
    Evaluation championEvaluation = inputs.champion(champion.champion(), context, output.quiet());
    GateRunBuilder builder =
        GateRun.builder()
            .gate(Gate.of(inputs.policy(), context.clock()))
            .registry(source.open())
            .actor(run.actor());
    if (auditLog != null) {
      builder.auditLog(AuditLog.open(auditLog, context.clock()));
    }
    GateRunReport report;
    RunNotAuditedException notAudited = null;
    try {
      report = builder.build().run(request(candidate, championEvaluation));
    } catch (RunNotAuditedException e) {
      report = e.report();
      notAudited = e;
    }
    DecisionOutputs.publish(
        context, decision, output.json(), GateOutcome.of(report), Reports.toJson(report),
        kfp(report));
    if (notAudited != null) {
      context.err().println(spec.qualifiedName() + ": " + notAudited.getMessage());
      return ExitCode.INFRASTRUCTURE.code();
    }
    ExitCode code = exitCode(report.outcome(), decision.failOnReject());
    if (code != ExitCode.OK && code != ExitCode.REJECTED) {
      context.err().println(
          spec.qualifiedName() + ": " + report.outcome() + ": " + report.summary());
    }
    return code.code();
  }

  private RunRequest request(Candidate candidate, @Nullable Evaluation championEvaluation) {
    RunRequest.Builder request =
        RunRequest.builder()
            .candidate(candidate)
            .source(run.source(gate.candidate()))
            .description(run.description());
    run.tags().forEach(request::tag);
    if (run.runId() != null) {
      request.runId(run.runId());
    }
    if (championEvaluation != null) {
      request.champion(new Champion(null, championEvaluation));
    }
    return request.build();
  }

  private Map<Path, String> kfp(GateRunReport report) {
    Map<Path, String> files = new LinkedHashMap<>();
    if (kfpDecision != null) {
      files.put(kfpDecision, report.decision().name().toLowerCase(Locale.ROOT));
    }
    if (kfpVersion != null) {
      String version = report.candidateVersion();
      files.put(kfpVersion, version == null ? "" : version);
    }
    return files;
  }

  /** The exit status of a run that ended with {@code outcome}. */
  static ExitCode exitCode(RunOutcome outcome, boolean failOnReject) {
    switch (outcome) {
      case REJECTED:
        return failOnReject ? ExitCode.REJECTED : ExitCode.OK;
      case PROMOTED:
      case HELD:
        return ExitCode.OK;
      case STALE_CHAMPION:
        return ExitCode.DIFFERENT_TEST_SETS;
      case CHAMPION_MISMATCH:
      case NO_CHAMPION_EVALUATION:
        return ExitCode.INVALID_INPUT;
      case CHAMPION_MOVED:
      case REGISTRY_FAILED:
      default:
        return ExitCode.INFRASTRUCTURE;
    }
  }
}
