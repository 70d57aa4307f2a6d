package dev.modelgate.cli;

import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.GateOutcome;
import dev.modelgate.cli.internal.InputException;
import dev.modelgate.cli.internal.RegistrySource;
import dev.modelgate.core.Candidate;
import dev.modelgate.core.Champion;
import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.DifferentTestSetsException;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Gate;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.report.Reports;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.ModelVersion;
import dev.modelgate.core.spi.NoSuchVersionException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gate compare}: layer 2, candidate against champion, without writing anywhere. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    usageHelpAutoWidth = true,
    header = "Run layer 2 (champion-challenger) for one candidate; change nothing.",
    description = {
      "Evaluates the candidate's predictions with the policy's costs and says whether it would be"
          + " promoted: layer 1 first (a rejected candidate is held), then layer 2 against"
          + " --champion's predictions, or against the evaluation recorded with the registry's"
          + " @champion (--registry: a directory, or mlflow with --tracking-uri), or, with no"
          + " champion, the policy's first-model rule. Nothing is registered or moved: use gate"
          + " run for that.",
      "",
      "Exit 0 on PROMOTE and HOLD; 3 when the champion was evaluated on another test set."
    })
final class CompareCommand implements Callable<Integer> {

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Mixin private GateOptions gate = new GateOptions();

  @Mixin private ChampionOption champion = new ChampionOption();

  @Option(
      names = "--registry",
      paramLabel = "DIR|mlflow",
      description = {
        "The registry whose @champion the candidate is compared with: a directory holding a file"
            + " registry (none there: the first-model rule), or the word mlflow (any case) for the"
            + " MLflow Model Registry at --tracking-uri. A directory named mlflow is given as"
            + " ./mlflow."
      })
  private @Nullable String registry;

  @Mixin private TrackingUriOption trackingUri = new TrackingUriOption();

  @Option(
      names = "--model",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "NAME",
      description = "The model's name.")
  private String model = "";

  @Mixin private DecisionOptions decision = new DecisionOptions();

  @Mixin private OutputOptions output = new OutputOptions();

  CompareCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (champion.champion() == null && registry == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "give --champion FILE, or --registry DIR|mlflow to compare with the registry's"
              + " @champion");
    }
    GateInputs inputs =
        GateInputs.read(
            spec, gate, RegistrySource.problems(registry, trackingUri.value(), context));
    RegistrySource source =
        registry == null ? null : RegistrySource.of(registry, trackingUri.value(), context);
    Candidate withEvidence = inputs.candidateWithEvidence(model, context, output.quiet());
    Evaluation candidate = withEvidence.evaluation();
    Champion current = champion(inputs, source, candidate);
    Gate gates = Gate.of(inputs.policy(), context.clock());
    RegistrationVerdict registration = gates.registration(withEvidence);
    ChampionChallengerVerdict comparison = gates.championChallenger(registration, current);
    DecisionOutputs.publish(
        context, decision, output.json(),
        GateOutcome.ofComparison(registration, comparison, summary(registration, comparison)),
        Reports.toJson(comparison), Map.of());
    boolean failed = !registration.registered() && decision.failOnReject();
    return (failed ? ExitCode.REJECTED : ExitCode.OK).code();
  }

  private @Nullable Champion champion(
      GateInputs inputs, @Nullable RegistrySource source, Evaluation candidate) throws Exception {
    Path file = champion.champion();
    if (file != null) {
      return new Champion(null, inputs.champion(file, context, output.quiet()));
    }
    if (source == null || !source.exists()) {
      return null;
    }
    ModelRegistry models = source.open();
    Optional<String> version = models.alias(model, "champion");
    if (version.isEmpty()) {
      return null;
    }
    ModelVersion record =
        models.version(model, version.get())
            .orElseThrow(() -> new NoSuchVersionException(model, version.get()));
    Evaluation recorded =
        record.evaluation()
            .orElseThrow(() -> new InputException(
                "the champion, version " + version.get() + " of " + model + ", has no recorded"
                    + " evaluation: pass its predictions with --champion"));
    if (!recorded.sameTestSet(candidate)) {
      throw new DifferentTestSetsException(
          recorded.testSetFingerprint(), candidate.testSetFingerprint());
    }
    return Champion.of(version.get(), recorded);
  }

  private String summary(RegistrationVerdict registration, ChampionChallengerVerdict comparison) {
    if (!registration.registered()) {
      return "the candidate of " + model + " was rejected at registration, so it is held";
    }
    String against =
        comparison.firstModel()
            ? "there is no champion, so the first-model rule decided"
            : "compared with the champion"
                + Optional.ofNullable(comparison.context().model().championVersion())
                    .map(v -> ", version " + v)
                    .orElse("");
    return (comparison.promoted() ? "the candidate would be promoted: " : "the candidate is held: ")
        + against;
  }
}
