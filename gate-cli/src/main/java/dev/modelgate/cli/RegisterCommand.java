package dev.modelgate.cli;

import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.GateOutcome;
import dev.modelgate.cli.internal.RegistrySource;
import dev.modelgate.core.Candidate;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.FastTrack;
import dev.modelgate.core.Gate;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.report.PolicySnapshot;
import dev.modelgate.core.report.Reports;
import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.RegisterRequest;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code gate register}: layer 1 alone, and on REGISTER a new version in the registry. */
@Command(
    name = "register",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    usageHelpAutoWidth = true,
    header = "Run layer 1 (registration) for one candidate; on REGISTER add it to the registry.",
    description = {
      "Evaluates the candidate's predictions with the policy's costs and runs the registration"
          + " gate. On REGISTER the candidate becomes a new version (with its evaluation, the"
          + " gate's modelgate.* tags and --tag) and @candidate points to it; on REJECT the"
          + " registry is not touched. Compare and promote later with gate compare or gate run.",
      "",
      "The registry is a directory (--registry DIR) or the MLflow Model Registry (--registry"
          + " mlflow --tracking-uri URI).",
      "",
      "Exit 0 on REGISTER and on REJECT (1 on REJECT with --fail-on-reject)."
    })
final class RegisterCommand implements Callable<Integer> {

  private static final String RESERVED = "modelgate.";

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private GateOptions gate = new GateOptions();

  @Mixin private RegistryOptions registry = new RegistryOptions();

  @Mixin private RunOptions run = new RunOptions();

  @Mixin private DecisionOptions decision = new DecisionOptions();

  @Mixin private OutputOptions output = new OutputOptions();

  RegisterCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    for (String key : run.tags().keySet()) {
      if (key.startsWith(RESERVED)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--tag " + key + ": keys starting with " + RESERVED + " are the gate's own");
      }
    }
    GateInputs inputs = GateInputs.read(spec, gate, registry.problems(context));
    RegistrySource source = registry.source(context);
    Candidate withEvidence = inputs.candidateWithEvidence(registry.model(), context, output.quiet());
    Evaluation candidate = withEvidence.evaluation();
    RegistrationVerdict verdict =
        Gate.of(inputs.policy(), context.clock()).registration(withEvidence);
    String version = null;
    String summary = "the candidate of " + registry.model() + " was rejected at registration: the"
        + " registry was not touched";
    if (verdict.registered()) {
      version = register(source.open(), inputs.policy(), candidate);
      summary = "the candidate was registered as version " + version + " of " + registry.model()
          + " and @candidate points to it";
    }
    DecisionOutputs.publish(
        context, decision, output.json(), GateOutcome.ofRegistration(verdict, version, summary),
        Reports.toJson(verdict), Map.of());
    boolean failed = !verdict.registered() && decision.failOnReject();
    return (failed ? ExitCode.REJECTED : ExitCode.OK).code();
  }

  private String register(ModelRegistry target, QualityPolicy policy, Evaluation evaluation) {
    RegisterRequest.Builder request =
        RegisterRequest.builder()
            .model(registry.model())
            .source(run.source(gate.candidate()))
            .description(run.description())
            .evaluation(evaluation)
            .tags(tags(policy, evaluation));
    if (run.runId() != null) {
      request.runId(run.runId());
    }
    String version = target.register(request.build()).version();
    Optional<String> current = target.alias(registry.model(), "candidate");
    try {
      target.setAlias(registry.model(), "candidate", current, version, run.actor());
    } catch (AliasConflictException tolerated) {
      context.err().println(spec.qualifiedName() + ": " + tolerated.getMessage());
    }
    return version;
  }

  /** The request's tags and the registration tags a gate run records (docs/report-format.md). */
  private Map<String, String> tags(QualityPolicy policy, Evaluation evaluation) {
    Map<String, String> tags = new TreeMap<>(run.tags());
    tags.put("modelgate.registration", "REGISTER");
    tags.put("modelgate.policy", policy.name());
    tags.put("modelgate.policy-sha256", PolicySnapshot.of(policy).sha256());
    tags.put("modelgate.test-set", evaluation.testSetFingerprint());
    FastTrack fastTrack = policy.fastTrack();
    if (fastTrack != null) {
      tags.put("modelgate.fast-track", "true");
      tags.put("modelgate.fast-track.approver", fastTrack.approver());
      tags.put("modelgate.fast-track.reason", fastTrack.reason());
    }
    return tags;
  }
}
