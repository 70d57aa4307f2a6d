package dev.modelgate.cli;

import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.Columns;
import dev.modelgate.cli.internal.CostSpec;
import dev.modelgate.cli.internal.EvaluationRequest;
import dev.modelgate.cli.internal.FlagMessages;
import dev.modelgate.cli.internal.InputException;
import dev.modelgate.cli.internal.InputMessages;
import dev.modelgate.cli.internal.Progress;
import dev.modelgate.cli.internal.StreamingEvaluator;
import dev.modelgate.core.CostModel;
import dev.modelgate.core.Evaluation;
import dev.modelgate.cli.internal.EvaluationResult;
import dev.modelgate.core.Candidate;
import dev.modelgate.core.PairedEvidence;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.paired.JointTable;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.policy.PolicyFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the gate commands decide on: the policy read from its file, and the candidate's and
 * champion's evaluations, read from their predictions files in one streaming pass each with the
 * policy's costs and positive label.
 */
final class GateInputs {

  private final QualityPolicy policy;
  private final EvaluationRequest candidate;

  private GateInputs(QualityPolicy policy, EvaluationRequest candidate) {
    this.policy = policy;
    this.candidate = candidate;
  }

  /**
   * Reads the policy and checks the flags against it.
   *
   * @throws InputException if the policy file is missing or invalid
   * @throws picocli.CommandLine.ParameterException listing every flag that does not fit
   */
  static GateInputs read(CommandSpec spec, GateOptions options) throws IOException {
    return read(spec, options, List.of());
  }

  /**
   * Reads the policy and checks the flags against it; {@code flagProblems}, found by the command
   * in its other flags (such as the registry's), are reported with those of the predictions.
   *
   * @throws InputException if the policy file is missing or invalid
   * @throws picocli.CommandLine.ParameterException listing every flag that does not fit
   */
  static GateInputs read(CommandSpec spec, GateOptions options, List<String> flagProblems)
      throws IOException {
    QualityPolicy policy = policy(options.policy());
    List<String> problems = new ArrayList<>();
    Columns columns = withPolicy(policy, options.columns().columns(), problems);
    if (policy.costs() == null && columns.positive() == null) {
      problems.add(FlagMessages.policyWithoutCosts(policy.name()));
    }
    EvaluationRequest request =
        new EvaluationRequest(
            options.candidate(), options.candidate().toString(), columns, costs(policy),
            options.columns().zeroDivision());
    problems.addAll(request.problems());
    problems.addAll(flagProblems);
    EvaluateCommand.requireNoProblems(spec, problems);
    return new GateInputs(policy, request);
  }

  /**
   * The policy in {@code file}.
   *
   * @throws InputException if there is no such file
   * @throws dev.modelgate.core.policy.PolicyFileException listing every problem of the file
   */
  static QualityPolicy policy(Path file) throws IOException {
    if (!Files.exists(file)) {
      throw new InputException(InputMessages.noSuchFile(file.toString()));
    }
    return PolicyFiles.read(file);
  }

  /**
   * {@code columns} with the policy's positive label; a different {@code --positive} is added to
   * {@code problems}.
   */
  static Columns withPolicy(QualityPolicy policy, Columns columns, List<String> problems) {
    CostModel costs = policy.costs();
    if (costs == null) {
      return columns;
    }
    String positive = columns.positive();
    if (positive != null && !positive.equals(costs.positiveLabel())) {
      problems.add(FlagMessages.positiveDiffers(positive, costs.positiveLabel()));
    }
    return columns.withPositive(costs.positiveLabel());
  }

  /** The policy's costs for net benefit, in USD as policies state them; null without costs. */
  static @Nullable CostSpec costs(QualityPolicy policy) {
    CostModel costs = policy.costs();
    return costs == null
        ? null
        : new CostSpec(costs.costs(), null, Currency.getInstance("USD"), costs.perRows());
  }

  QualityPolicy policy() {
    return policy;
  }

  /** The candidate's evaluation. */
  Evaluation candidate(CliContext context, boolean quiet) throws IOException {
    return evaluate(candidate, context, quiet);
  }

  /**
   * The candidate of {@code model}, carrying its own evidence (its confusion counts as a joint
   * table of the model against itself) when its rows are unweighted, so that the registration
   * verdict reports the candidate's 95% intervals.
   */
  Candidate candidateWithEvidence(String model, CliContext context, boolean quiet)
      throws IOException {
    Progress progress =
        Progress.of(context, quiet, candidate.file(), StreamingEvaluator.size(candidate));
    EvaluationResult result = StreamingEvaluator.evaluate(candidate, progress);
    Evaluation evaluation = result.toEvaluation();
    Candidate plain = Candidate.of(model, evaluation);
    if (result.weighted() || result.positive() == null) {
      return plain;
    }
    ConfusionMatrix matrix = result.matrix();
    int k = matrix.classes();
    long[][][] counts = new long[k][k][k];
    for (int t = 0; t < k; t++) {
      for (int p = 0; p < k; p++) {
        counts[t][p][p] = Math.round(matrix.count(t, p));
      }
    }
    PairedEvidence evidence =
        PairedEvidence.of(
            evaluation.testSetFingerprint(),
            JointTable.ofCounts(matrix.labels(), counts),
            result.positive(),
            policy.costs(),
            candidate.zeroDivision());
    return plain.withEvidence(evidence);
  }

  /** The champion's evaluation from {@code file}, read as the candidate's; null without a file. */
  @Nullable Evaluation champion(@Nullable Path file, CliContext context, boolean quiet)
      throws IOException {
    if (file == null) {
      return null;
    }
    return evaluate(candidate.withFile(file, file.toString()), context, quiet);
  }

  private static Evaluation evaluate(EvaluationRequest request, CliContext context, boolean quiet)
      throws IOException {
    Progress progress =
        Progress.of(context, quiet, request.file(), StreamingEvaluator.size(request));
    return StreamingEvaluator.evaluate(request, progress).toEvaluation();
  }
}
