package dev.modelgate.examples.training;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The failure messages of this package, one factory per reason, so that a message cannot drift
 * from the rule it reports. Each names the source, the line and the column where it can. Stateless.
 */
final class TrainingMessages {

  private TrainingMessages() {}

  static IllegalArgumentException missingResource(String path) {
    return new IllegalArgumentException("classpath resource " + path + " not found");
  }

  static IllegalArgumentException noHeader(String source) {
    return new IllegalArgumentException(source + " is empty: expected a header row");
  }

  static IllegalArgumentException missingColumns(String source, List<String> columns) {
    return new IllegalArgumentException(
        source + ": missing column" + (columns.size() == 1 ? " " : "s ") + quoted(columns));
  }

  static IllegalArgumentException duplicateColumn(
      String source, String column, int first, int again) {
    return new IllegalArgumentException(
        source + ": column \"" + column + "\" appears twice (columns " + (first + 1) + " and "
            + (again + 1) + ")");
  }

  static IllegalArgumentException noFeatures(String source) {
    return new IllegalArgumentException(
        source + ": no feature columns besides " + GermanCreditData.ROW_ID + " and "
            + GermanCreditData.LABEL);
  }

  static IllegalArgumentException noRows(String source) {
    return new IllegalArgumentException(source + " has a header but no rows");
  }

  static IllegalArgumentException fieldCount(String source, long line, int found, int expected) {
    return new IllegalArgumentException(
        source + " line " + line + ": " + found + " fields, expected " + expected
            + " as in the header");
  }

  static IllegalArgumentException emptyRowId(String source, long line) {
    return new IllegalArgumentException(
        source + " line " + line + ": " + GermanCreditData.ROW_ID + " is empty");
  }

  static IllegalArgumentException repeatedRowId(String source, long line, String id, long first) {
    return new IllegalArgumentException(
        source + " line " + line + ": " + GermanCreditData.ROW_ID + " \"" + id
            + "\" already appears on line " + first);
  }

  static IllegalArgumentException unknownLabel(String source, long line, String value) {
    return new IllegalArgumentException(
        source + " line " + line + ": " + GermanCreditData.LABEL + " \"" + value + "\" is not "
            + GermanCreditData.GOOD + " or " + GermanCreditData.BAD);
  }

  static IllegalArgumentException notNumeric(
      String source, long line, String column, String value) {
    return new IllegalArgumentException(
        source + " line " + line + ": " + column + " \"" + value + "\" is not a finite number");
  }

  static IllegalArgumentException labelAbsent(String source, String label) {
    return new IllegalArgumentException(
        source + " has no row with " + GermanCreditData.LABEL + " \"" + label
            + "\": a model needs both labels to learn from");
  }

  /** A model names features the data does not have; one part of {@link #cannotTrain}. */
  static String missingFeatures(String model, List<String> features) {
    return model + " needs " + quoted(features) + ", which the data lacks";
  }

  /** A model names features with one value on every training row; part of {@link #cannotTrain}. */
  static String constantFeatures(String model, List<String> features) {
    return model + " cannot learn from " + quoted(features) + ": constant on the training rows";
  }

  /** No feature varies for a model that uses them all; one part of {@link #cannotTrain}. */
  static String noVaryingFeature(String model) {
    return model + " finds no feature that varies on the training rows";
  }

  static IllegalArgumentException cannotTrain(String source, List<String> problems) {
    return new IllegalArgumentException(
        source + " cannot train the models: " + String.join("; ", problems));
  }

  private static String quoted(List<String> names) {
    return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
  }
}
