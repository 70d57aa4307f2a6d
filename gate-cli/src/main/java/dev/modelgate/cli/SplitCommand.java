package dev.modelgate.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.Json;
import dev.modelgate.cli.internal.Progress;
import dev.modelgate.cli.internal.SplitFile;
import dev.modelgate.metrics.testset.Split;
import dev.modelgate.metrics.testset.TestSetSplit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** {@code gate split}: the fixed, seeded split of a data file into a train file and a test file. */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    showDefaultValues = true,
    usageHelpAutoWidth = true,
    header =
        "Split a data file into train and test files with a fixed seed; print the fingerprint.",
    description = {
      "Chooses the test rows by a SHA-256 of the seed and each row's id, per label when stratified,"
          + " so the same rows are chosen on every machine and in any row order. Writes the header"
          + " and the chosen rows to --test, the others to --train (CSV, UTF-8), and prints the"
          + " test set's fingerprint over its ids and labels.",
      "",
      "gate evaluate --id COL on predictions for the test file reproduces the fingerprint when it"
          + " reads the same id and label columns. Without --id the ids are the row numbers in"
          + " --data, which the test file does not keep."
    })
final class SplitCommand implements Callable<Integer> {

  private final CliContext context;

  @Option(
      names = "--data",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "FILE",
      description = "The CSV file.")
  private Path data = Path.of("");

  @Option(
      names = "--label",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "COL",
      description = "Column of the label; the strata of a stratified split.")
  private String label = "";

  @Option(
      names = "--id",
      paramLabel = "COL",
      description = "Column of the row identity. Default: the 1-based row number.")
  private @Nullable String id;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "42",
      description = "Seed of the split.")
  private long seed = TestSetSplit.DEFAULT_SEED;

  @Option(
      names = "--test-fraction",
      paramLabel = "F",
      defaultValue = "0.2",
      description = "Fraction of each stratum that goes to the test set, in (0, 1).")
  private double testFraction = TestSetSplit.DEFAULT_TEST_FRACTION;

  @Option(
      names = "--stratify",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description = "Split each label separately, keeping class proportions.")
  private boolean stratify = true;

  @Option(
      names = "--train",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "OUT",
      description = "The train file.")
  private Path train = Path.of("");

  @Option(
      names = "--test",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "OUT",
      description = "The test file.")
  private Path test = Path.of("");

  @Mixin private OutputOptions output = new OutputOptions();

  SplitCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    TestSetSplit split =
        TestSetSplit.builder().seed(seed).testFraction(testFraction).stratified(stratify).build();
    String file = data.toString();
    long size = Files.isRegularFile(data) ? Files.size(data) : 0;
    Split result =
        SplitFile.split(
            data, file, label, id, split, train, test,
            Progress.of(context, output.quiet(), file, size));
    if (output.json()) {
      ObjectNode json = Json.object();
      json.put("file", file);
      json.put("rows", result.rows());
      json.put("testRows", result.testSize());
      json.put("trainRows", result.trainSize());
      json.put("seed", seed);
      json.put("testFraction", testFraction);
      json.put("stratified", stratify);
      json.put("train", train.toString());
      json.put("test", test.toString());
      json.put("testSetFingerprint", result.fingerprint().toString());
      context.out().println(Json.write(json));
    } else {
      context.out().printf(Locale.ROOT,
          "%s: %,d rows split with seed %d, test fraction %s, %s%n",
          file, result.rows(), seed, testFraction,
          stratify ? "stratified by " + label : "not stratified");
      context.out().printf(Locale.ROOT, "  test  %,d rows -> %s%n", result.testSize(), test);
      context.out().printf(Locale.ROOT, "  train %,d rows -> %s%n", result.trainSize(), train);
      context.out().printf(Locale.ROOT, "test set %s%n", result.fingerprint());
    }
    context.out().flush();
    return ExitCode.OK.code();
  }
}
