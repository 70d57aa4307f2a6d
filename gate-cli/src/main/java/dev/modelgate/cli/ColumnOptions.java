package dev.modelgate.cli;

import dev.modelgate.cli.internal.Columns;
import dev.modelgate.metrics.ZeroDivision;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Option;

/** The flags that say how a predictions file is read, shared by every command that reads one. */
final class ColumnOptions {

  @Option(
      names = "--label",
      required = true,
      showDefaultValue = Visibility.NEVER,
      paramLabel = "COL",
      description = "Column of the true label.")
  private String label = "";

  @Option(
      names = "--prediction",
      paramLabel = "COL",
      description =
          "Column of the predicted label. Give it, or --score with --threshold; it cannot be"
              + " combined with --threshold.")
  private @Nullable String prediction;

  @Option(
      names = "--score",
      paramLabel = "COL",
      description =
          "Column of the score, the probability or confidence of the --positive label: gives ROC"
              + " AUC and average precision, and with --threshold the predicted label.")
  private @Nullable String score;

  @Option(
      names = "--threshold",
      paramLabel = "X",
      description =
          "Predict the --positive label when score >= X, the --negative label otherwise (instead"
              + " of --prediction).")
  private @Nullable Double threshold;

  @Option(
      names = "--positive",
      paramLabel = "VALUE",
      description =
          "The positive label: binary precision, recall and F1, the label scores are for, and"
              + " the label costs call positive.")
  private @Nullable String positive;

  @Option(
      names = "--negative",
      paramLabel = "VALUE",
      description =
          "The label predicted below --threshold. Default: the one true label other than"
              + " --positive.")
  private @Nullable String negative;

  @Option(
      names = "--amount",
      paramLabel = "COL",
      description =
          "Column of per-row amounts (exact decimals in --currency, such as a loan amount) that"
              + " --rates apply to.")
  private @Nullable String amount;

  @Option(
      names = "--weight",
      paramLabel = "COL",
      description = "Column of per-row sample weights (finite numbers >= 0). Default: weight 1.")
  private @Nullable String weight;

  @Option(
      names = "--id",
      paramLabel = "COL",
      description =
          "Column of the row identity for the test-set fingerprint. Default: the 1-based row"
              + " number, so reordering the file changes the fingerprint.")
  private @Nullable String id;

  @Option(
      names = "--zero-division",
      paramLabel = "0|1|nan",
      defaultValue = "nan",
      converter = Converters.ZeroDivisionConverter.class,
      description =
          "Value of a 0/0 ratio (such as the precision of a label never predicted): nan (undefined,"
              + " never passes a gate), 0 or 1 as scikit-learn's zero_division.")
  private ZeroDivision zeroDivision = ZeroDivision.NAN;

  /** The columns as given. */
  Columns columns() {
    return new Columns(label, prediction, score, threshold, positive, negative, amount, weight, id);
  }

  /** The value of 0/0 ratios. */
  ZeroDivision zeroDivision() {
    return zeroDivision;
  }
}
