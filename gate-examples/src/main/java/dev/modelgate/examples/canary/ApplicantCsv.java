package dev.modelgate.examples.canary;

import dev.modelgate.examples.training.GermanCreditData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The request body of the local canary's model servers: one German credit applicant as two lines
 * of CSV, the feature names and their values, such as {@code Duration,Amount,...\n6,1169,...}.
 * Every feature of the data is sent, so each server picks the ones its model uses. Stateless.
 */
final class ApplicantCsv {

  /** The media type of the request body. */
  static final String MEDIA_TYPE = "text/csv";

  private ApplicantCsv() {}

  /** The body of row {@code row} of {@code data}: every feature, by name. */
  static String write(GermanCreditData data, int row) {
    List<String> names = data.featureNames();
    double[] values = new double[names.size()];
    for (int f = 0; f < values.length; f++) {
      values[f] = data.value(row, f);
    }
    return write(names, values);
  }

  /**
   * The body of the features {@code names} with {@code values}; whole numbers are written without
   * a decimal point, others as {@link Double#toString(double)}, so {@link #read(String)} gives
   * back the same values.
   *
   * @throws IllegalArgumentException if the counts differ, a name is empty or holds a comma or a
   *     line break, or a value is not finite
   */
  static String write(List<String> names, double[] values) {
    if (names.size() != values.length) {
      throw new IllegalArgumentException(names.size() + " names but " + values.length + " values");
    }
    StringBuilder line = new StringBuilder();
    for (int f = 0; f < values.length; f++) {
      String name = names.get(f);
      if (name.isEmpty() || name.contains(",") || name.contains("\n") || name.contains("\r")) {
        throw new IllegalArgumentException("feature name \"" + name + "\" is empty or holds a comma or a line break");
      }
      if (!Double.isFinite(values[f])) {
        throw new IllegalArgumentException(name + " = " + values[f] + " is not finite");
      }
      line.append(f == 0 ? "" : ",").append(number(values[f]));
    }
    return String.join(",", names) + "\n" + line;
  }

  /**
   * The features of a body, by name, in the order sent.
   *
   * @throws IllegalArgumentException if the body is not two lines of equally many names and
   *     finite numbers
   */
  static Map<String, Double> read(String body) {
    String[] lines = body.strip().split("\n", -1);
    if (lines.length != 2) {
      throw new IllegalArgumentException("expected 2 lines (names, values), got " + lines.length);
    }
    String[] names = lines[0].strip().split(",", -1);
    String[] values = lines[1].strip().split(",", -1);
    if (names.length != values.length) {
      throw new IllegalArgumentException(names.length + " names but " + values.length + " values");
    }
    Map<String, Double> features = new LinkedHashMap<>();
    List<String> bad = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      try {
        double value = Double.parseDouble(values[i]);
        if (!Double.isFinite(value)) {
          throw new NumberFormatException("not finite");
        }
        features.put(names[i], value);
      } catch (NumberFormatException e) {
        bad.add(names[i] + "=" + values[i]);
      }
    }
    if (!bad.isEmpty()) {
      throw new IllegalArgumentException("not finite numbers: " + String.join(", ", bad));
    }
    return features;
  }

  private static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 && !(value == 0 && 1 / value < 0)
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
