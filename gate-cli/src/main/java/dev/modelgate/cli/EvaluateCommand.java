package dev.modelgate.cli;

import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.Columns;
import dev.modelgate.cli.internal.CostSpec;
import dev.modelgate.cli.internal.EvaluationJson;
import dev.modelgate.cli.internal.EvaluationRequest;
import dev.modelgate.cli.internal.EvaluationResult;
import dev.modelgate.cli.internal.EvaluationText;
import dev.modelgate.cli.internal.FlagMessages;
import dev.modelgate.cli.internal.Json;
import dev.modelgate.cli.internal.Progress;
import dev.modelgate.cli.internal.StreamingEvaluator;
import dev.modelgate.core.QualityPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gate evaluate}: the metrics of one predictions file, read in one streaming pass. */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    usageHelpAutoWidth = true,
    header = "Evaluate a predictions file: confusion matrix, metrics, net benefit, fingerprint.",
    description = {
      "Reads a CSV file with a header row (RFC 4180 quoting, UTF-8) in one streaming pass and"
          + " prints the confusion matrix (labels sorted as scikit-learn sorts them), accuracy,"
          + " balanced accuracy, MCC, precision, recall and F1 (binary for --positive, micro,"
          + " macro, weighted, per label), net benefit with --costs/--rates, ROC AUC and average"
          + " precision with --score, and the test set's fingerprint.",
      "",
      "The predicted label comes from --prediction, or from --score with --threshold. The cost"
          + " matrix comes from --costs/--rates, or from --policy."
    })
final class EvaluateCommand implements Callable<Integer> {

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(
      names = "--data",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "FILE",
      description = "The predictions CSV file.")
  private Path data = Path.of("");

  @Mixin private ColumnOptions columns = new ColumnOptions();

  @Mixin private CostOptions costs = new CostOptions();

  @Option(
      names = "--policy",
      paramLabel = "FILE",
      description =
          "Take the cost matrix, the production volume and the positive label from this quality"
              + " policy (YAML or JSON), as gate run does; instead of --costs, --rates and"
              + " --per-rows.")
  private @Nullable Path policy;

  @Mixin private OutputOptions output = new OutputOptions();

  EvaluateCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    List<String> problems = new ArrayList<>();
    Columns read = columns.columns();
    CostSpec money = costs.spec();
    if (policy != null) {
      if (costs.given()) {
        problems.add(FlagMessages.costsAndPolicy("--costs/--rates/--per-rows"));
      }
      QualityPolicy quality = GateInputs.policy(policy);
      read = GateInputs.withPolicy(quality, read, problems);
      money = GateInputs.costs(quality);
    }
    EvaluationRequest request =
        new EvaluationRequest(data, data.toString(), read, money, columns.zeroDivision());
    problems.addAll(request.problems());
    requireNoProblems(spec, problems);
    Progress progress =
        Progress.of(context, output.quiet(), request.file(), StreamingEvaluator.size(request));
    EvaluationResult result = StreamingEvaluator.evaluate(request, progress);
    if (output.json()) {
      context.out().println(Json.write(EvaluationJson.of(result)));
    } else {
      EvaluationText.print(result, context.out());
    }
    context.out().flush();
    return ExitCode.OK.code();
  }

  /** Throws a usage error listing every problem, when there is one. */
  static void requireNoProblems(CommandSpec spec, List<String> problems) {
    if (!problems.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), String.join("; ", problems));
    }
  }
}
