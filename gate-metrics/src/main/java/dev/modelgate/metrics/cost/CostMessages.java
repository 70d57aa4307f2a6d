package dev.modelgate.metrics.cost;

import java.util.Currency;

/**
 * The failure messages of this package, one factory per reason, so that a message cannot drift
 * from the rule that raises it and tests can check the exact text.
 *
 * <p>Stateless and thread-safe.
 */
final class CostMessages {

  private CostMessages() {}

  static String notADecimal(String argument, String text) {
    return argument + " = \"" + text + "\" is not a decimal number";
  }

  static String mustNotBeNull(String argument) {
    return argument + " must not be null";
  }

  static String noClasses(String argument) {
    return argument + " has 0 rows: a cost matrix needs at least one class";
  }

  static String wrongRows(String argument, int rows, int expected, String why) {
    return argument + " has " + rows + " rows, expected " + expected + " (" + why + ")";
  }

  static String wrongColumns(String argument, int row, int columns, int expected, String why) {
    return argument + "[" + row + "] has " + columns + " columns, expected " + expected + " ("
        + why + ")";
  }

  static String notAClassIndex(String argument, long index, int value, int classes) {
    return argument + "[" + index + "] = " + value + " is not a class index in [0, " + classes + ")";
  }

  static String notAClassIndex(String argument, int value, int classes) {
    return argument + " = " + value + " is not a class index in [0, " + classes + ")";
  }

  static String negative(String argument, long value) {
    return argument + " = " + value + " must be >= 0";
  }

  static String tooFewClasses(int classes) {
    return "classes must be at least 1, was " + classes;
  }

  static String differentClasses(int classes, int otherClasses) {
    return "cannot merge accumulators with different classes: " + classes + " and "
        + otherClasses;
  }

  static String notBinary(String argument, int size) {
    return "a binary cost matrix needs 2 classes but " + argument + " has " + size;
  }

  static String ratesNeedPositive() {
    return "rates from BinaryCosts need a matrix made by CostMatrix.binary, which knows the"
        + " positive class";
  }

  static String unknownCurrency(String code) {
    return "currency \"" + code + "\" is not an ISO 4217 code";
  }

  static String noMinorUnit(Currency currency) {
    return "currency " + currency.getCurrencyCode()
        + " has no minor unit, so amounts cannot be counted in it";
  }

  static String lengthMismatch(int truthLength, String other, int otherLength) {
    return "truth has " + truthLength + " rows but " + other + " has " + otherLength;
  }

  static String tooManyDecimals(String argument, String text, Currency currency) {
    return argument + " = \"" + text + "\" has more than " + currency.getDefaultFractionDigits()
        + " decimal places, the minor unit of " + currency.getCurrencyCode();
  }

  static String amountTooLarge(String argument, String text, Currency currency) {
    return argument + " = \"" + text + "\" does not fit in a long count of "
        + currency.getCurrencyCode() + " minor units";
  }

  static String amountSumOverflows(int truth, int predicted, String where) {
    return "the sum of amounts in cell [" + truth + "][" + predicted + "] overflows a long "
        + where;
  }

  static String shapeMismatch(int costClasses, String source, int classes) {
    return "cost matrix is " + costClasses + "×" + costClasses + " but " + source + " has "
        + classes + " classes";
  }

  static String ratesWithoutAmounts() {
    return "the cost matrix has per-amount rates but a confusion matrix carries no amounts:"
        + " add the rows with their amounts to a NetBenefitAccumulator";
  }

  static String noRows() {
    return "no rows: net benefit is undefined without rows";
  }

  static String noWeight() {
    return "no weight: net benefit is undefined when every row has weight 0";
  }

  static String differentCurrencies(Currency a, Currency b) {
    return "cannot compare net benefits in " + a.getCurrencyCode() + " and "
        + b.getCurrencyCode();
  }

  static String differentTestSets(long rows, long otherRows) {
    return "cannot compare net benefits over different test sets: " + rows + " rows and "
        + otherRows + " rows";
  }

  static String notPositiveVolume(long rows) {
    return "production volume rows = " + rows + " must be > 0";
  }
}
