package dev.modelgate.cli.internal;

import dev.modelgate.metrics.Average;
import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.curve.ThresholdCurve;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * The readable report {@code gate evaluate} prints by default: the file, the confusion matrix, the
 * overall metrics, precision / recall / F1 per label and averaged, net benefit and ranking metrics.
 * Ratios have four decimals, money the currency's; an undefined value (0/0) reads {@code NaN}. For
 * machines, use {@link EvaluationJson}.
 *
 * <p>Stateless and thread-safe.
 */
public final class EvaluationText {

  private EvaluationText() {}

  /** Prints {@code result} to {@code out}. */
  public static void print(EvaluationResult result, PrintWriter out) {
    LabelDictionary labels = result.labels();
    ConfusionMatrix matrix = result.matrix();
    ClassificationMetrics m = result.metrics();
    int width = 10;
    for (String label : labels.labels()) {
      width = Math.max(width, Math.min(label.length(), 30) + 2);
    }
    String positive = result.positive() == null ? "" : " (positive " + result.positive() + ")";
    out.printf(Locale.ROOT, "%s: %,d rows, labels %s%s%n",
        result.file(), result.rows(), String.join(", ", labels.labels()), positive);
    out.printf(Locale.ROOT, "test set %s%n%n", result.fingerprint());
    out.println("confusion matrix (rows true, columns predicted)");
    out.print(cell("", width));
    for (String label : labels.labels()) {
      out.print(right(label, width));
    }
    out.println();
    for (int t = 0; t < labels.size(); t++) {
      out.print(cell(labels.label(t), width));
      for (int p = 0; p < labels.size(); p++) {
        out.print(right(count(matrix.count(t, p)), width));
      }
      out.println();
    }
    out.println();
    out.printf(Locale.ROOT, "%-20s %s%n", "accuracy", ratio(m.accuracy()));
    out.printf(Locale.ROOT, "%-20s %s%n", "balanced accuracy", ratio(m.balancedAccuracy()));
    out.printf(Locale.ROOT, "%-20s %s%n%n", "MCC", ratio(m.matthewsCorrelation()));
    out.println(cell("", width) + right("precision", 11) + right("recall", 11) + right("f1", 11)
        + right("support", 11));
    double[] precision = m.precisionPerClass();
    double[] recall = m.recallPerClass();
    double[] f1 = m.f1PerClass();
    for (int c = 0; c < labels.size(); c++) {
      out.println(cell(labels.label(c), width) + right(ratio(precision[c]), 11)
          + right(ratio(recall[c]), 11) + right(ratio(f1[c]), 11)
          + right(count(matrix.actual(c)), 11));
    }
    for (Average average : Average.values()) {
      out.println(cell(average.name().toLowerCase(Locale.ROOT), width)
          + right(ratio(m.precision(average)), 11) + right(ratio(m.recall(average)), 11)
          + right(ratio(m.f1(average)), 11));
    }
    printMoneyAndRanking(result, out);
    out.flush();
  }

  private static void printMoneyAndRanking(EvaluationResult result, PrintWriter out) {
    CostSpec costs = result.costs();
    BigDecimal value = result.netBenefitValue();
    if (costs != null && value != null && result.netBenefit() != null) {
      String currency = costs.currency().getCurrencyCode();
      out.println();
      int digits = costs.currency().getDefaultFractionDigits();
      out.printf(Locale.ROOT, "%-20s %s %s on the test set%n", "net benefit",
          money(result.netBenefit().total(), digits), currency);
      if (costs.perRows() != null) {
        out.printf(Locale.ROOT, "%-20s %s %s per %,d rows%n", "", money(value, digits), currency,
            costs.perRows());
      }
    }
    ThresholdCurve curve = result.curve();
    if (curve != null) {
      out.println();
      out.printf(Locale.ROOT, "%-20s %s%n", "ROC AUC", ratio(curve.rocAuc()));
      out.printf(Locale.ROOT, "%-20s %s%n", "average precision", ratio(curve.averagePrecision()));
    }
  }

  static String ratio(double value) {
    return Double.isNaN(value) ? "NaN" : String.format(Locale.ROOT, "%.4f", value);
  }

  /** {@code value} with thousands separators and {@code digits} decimals: {@code 50,000.00}. */
  static String money(BigDecimal value, int digits) {
    return String.format(Locale.ROOT, "%,." + digits + "f", value);
  }

  private static String count(double value) {
    return value == Math.rint(value)
        ? String.format(Locale.ROOT, "%,d", (long) value)
        : String.format(Locale.ROOT, "%.4f", value);
  }

  private static String cell(String text, int width) {
    String shown = text.length() > width - 2 ? text.substring(0, width - 3) + "…" : text;
    return "  " + shown + " ".repeat(Math.max(0, width - 2 - shown.length()));
  }

  private static String right(String text, int width) {
    String shown = text.length() > width - 1 ? text.substring(0, width - 2) + "…" : text;
    return " ".repeat(Math.max(0, width - shown.length())) + shown;
  }
}
