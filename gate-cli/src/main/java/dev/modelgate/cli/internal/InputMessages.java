package dev.modelgate.cli.internal;

import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The messages of bad input files, one factory per reason, so that a message cannot drift from the
 * rule that produces it. Each names the file and, where there is one, the line ({@code
 * predictions.csv:17: ...}) and the column and value at fault.
 */
public final class InputMessages {

  private InputMessages() {}

  /** {@code predictions.csv: no such file}. */
  public static String noSuchFile(String file) {
    return file + ": no such file";
  }

  /** {@code data: not a regular file}. */
  public static String notARegularFile(String file) {
    return file + ": not a regular file";
  }

  /** {@code predictions.csv: cannot be read: Permission denied}. */
  public static String unreadable(String file, String reason) {
    return file + ": cannot be read: " + reason;
  }

  /** {@code predictions.csv:17: not valid UTF-8}. */
  public static String notUtf8(String file, long line) {
    return file + ":" + line + ": not valid UTF-8";
  }

  /** {@code predictions.csv: the file is empty: expected a header row}. */
  public static String emptyFile(String file) {
    return file + ": the file is empty: expected a header row";
  }

  /** {@code predictions.csv: no data rows after the header}. */
  public static String noRows(String file) {
    return file + ": no data rows after the header";
  }

  /** {@code predictions.csv:1: no column "score" (--score); the header has "id", "label"}. */
  public static String missingColumn(String file, String column, String flag, List<String> header) {
    return file + ":1: no column " + quote(column) + " (" + flag + "); the header has "
        + header.stream().map(InputMessages::quote).collect(Collectors.joining(", "));
  }

  /** {@code predictions.csv:1: column "label" (--label) appears more than once in the header}. */
  public static String repeatedColumn(String file, String column, String flag) {
    return file + ":1: column " + quote(column) + " (" + flag
        + ") appears more than once in the header";
  }

  /** {@code predictions.csv:17: 3 fields, but the header has 4 columns}. */
  public static String fieldCount(String file, long line, int fields, int columns) {
    return file + ":" + line + ": " + fields + (fields == 1 ? " field" : " fields")
        + ", but the header has " + columns + " columns";
  }

  /** {@code predictions.csv:17: column "label" is empty}. */
  public static String emptyValue(String file, long line, String column) {
    return file + ":" + line + ": column " + quote(column) + " is empty";
  }

  /** {@code predictions.csv:17: column "score" = "abc" is not a number}. */
  public static String notANumber(String file, long line, String column, String text) {
    return at(file, line, column, text) + " is not a number";
  }

  /** {@code predictions.csv:17: column "score" = "NaN" is not a finite number}. */
  public static String notFinite(String file, long line, String column, String text) {
    return at(file, line, column, text) + " is not a finite number";
  }

  /** {@code predictions.csv:17: column "weight" = "-1" is not a weight >= 0}. */
  public static String notAWeight(String file, long line, String column, String text) {
    return at(file, line, column, text) + " is not a weight >= 0";
  }

  /**
   * {@code predictions.csv:17: column "amount" = "1.234" is not an amount in USD (a decimal number
   * with at most 2 decimal places)}.
   */
  public static String notAnAmount(
      String file, long line, String column, String text, Currency currency) {
    return at(file, line, column, text) + " is not an amount in " + currency.getCurrencyCode()
        + " (a decimal number with at most " + currency.getDefaultFractionDigits()
        + " decimal places)";
  }

  /** {@code predictions.csv:17: a quoted field opens here and is never closed}. */
  public static String unclosedQuote(String file, long line) {
    return file + ":" + line + ": a quoted field opens here and is never closed";
  }

  /** {@code predictions.csv:17: field 3 has text after its closing quote}. */
  public static String textAfterQuote(String file, long line, int field) {
    return file + ":" + line + ": field " + field + " has text after its closing quote";
  }

  /** {@code predictions.csv:9: row id "12" (column "id") was already used on line 4}. */
  public static String repeatedId(String file, long line, String id, String column, long first) {
    return file + ":" + line + ": row id " + quote(id) + " (column " + quote(column)
        + ") was already used on line " + first;
  }

  /** {@code predictions.csv:1012: more than 1000 distinct labels: is "label" a class label?}. */
  public static String tooManyLabels(String file, long line, int max, String column) {
    return file + ":" + line + ": more than " + max + " distinct labels: is " + quote(column)
        + " a class label?";
  }

  /**
   * {@code predictions.csv: --threshold predicts a negative label, but column "label" has no
   * label other than "1": name it with --negative}.
   */
  public static String negativeUnknown(String file, String column, String positive) {
    return file + ": --threshold predicts a negative label, but column " + quote(column)
        + " has no label other than " + quote(positive) + ": name it with --negative";
  }

  /**
   * {@code predictions.csv: --threshold predicts a negative label, but column "label" has 2 labels
   * other than "1" ("a", "b"): name the negative one with --negative}.
   */
  public static String negativeAmbiguous(
      String file, String column, String positive, List<String> others) {
    return file + ": --threshold predicts a negative label, but column " + quote(column) + " has "
        + others.size() + " labels other than " + quote(positive) + " ("
        + others.stream().map(InputMessages::quote).collect(Collectors.joining(", "))
        + "): name the negative one with --negative";
  }

  private static String at(String file, long line, String column, String text) {
    return file + ":" + line + ": column " + quote(column) + " = " + quote(text);
  }

  /** {@code "text"}, with quotes and backslashes escaped and long text cut at 80 characters. */
  public static String quote(String text) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
    return "\"" + shown.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
