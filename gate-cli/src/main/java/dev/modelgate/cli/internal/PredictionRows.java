package dev.modelgate.cli.internal;

import dev.modelgate.metrics.cost.Amounts;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of a predictions file: a cursor over the CSV records that checks and converts
 * the columns {@link Columns} names, one row at a time, and names the file, line, column and value
 * of anything it cannot use ({@code predictions.csv:17: column "score" = "abc" is not a number}).
 *
 * <p>Labels and ids must not be empty; scores must be finite numbers; weights finite numbers &ge;
 * 0; amounts exact decimals in whole minor units of the currency. Not thread-safe.
 */
public final class PredictionRows implements Closeable {

  private final CsvReader csv;
  private final Columns columns;
  private final Currency currency;
  private final int width;
  private final int label;
  private final int prediction;
  private final int score;
  private final int amount;
  private final int weight;
  private final int id;
  private String[] fields = new String[0];
  private long row;

  private PredictionRows(CsvReader csv, Header header, Columns columns, Currency currency) {
    this.csv = csv;
    this.columns = columns;
    this.currency = currency;
    this.width = header.size();
    this.label = header.index(columns.label(), "--label");
    this.prediction = header.optionalIndex(columns.prediction(), "--prediction");
    this.score = header.optionalIndex(columns.score(), "--score");
    this.amount = header.optionalIndex(columns.amount(), "--amount");
    this.weight = header.optionalIndex(columns.weight(), "--weight");
    this.id = header.optionalIndex(columns.id(), "--id");
  }

  /**
   * Opens {@code path} and reads its header; {@code file} is its name in messages.
   *
   * @throws InputException if the file cannot be read, is empty, or lacks a column
   * @throws IOException if reading fails
   */
  public static PredictionRows open(Path path, String file, Columns columns, Currency currency)
      throws IOException {
    CsvReader csv = CsvReader.open(path, file);
    try {
      return new PredictionRows(csv, Header.read(csv), columns, currency);
    } catch (RuntimeException | IOException e) {
      csv.close();
      throw e;
    }
  }

  /**
   * Moves to the next row; false at the end of the file.
   *
   * @throws InputException if the row has the wrong number of fields or an empty label or id
   * @throws IOException if reading fails
   */
  public boolean next() throws IOException {
    String[] next = csv.next();
    if (next == null) {
      return false;
    }
    if (next.length != width) {
      throw new InputException(
          InputMessages.fieldCount(csv.file(), csv.recordLine(), next.length, width));
    }
    fields = next;
    row++;
    return true;
  }

  /** The file's name in messages. */
  public String file() {
    return csv.file();
  }

  /** The number of rows read so far; the current row's 1-based number. */
  public long rows() {
    return row;
  }

  /** The line the current row starts on. */
  public long line() {
    return csv.recordLine();
  }

  /** The bytes read so far, for progress. */
  public long bytesRead() {
    return csv.bytesRead();
  }

  /** The true label. */
  public String truth() {
    return text(label, columns.label());
  }

  /** The predicted label, from the prediction column. */
  public String predicted() {
    return text(prediction, columns.prediction());
  }

  /** The row's identity: the id column, or the 1-based row number when there is none. */
  public String id() {
    return id < 0 ? Long.toString(row) : text(id, columns.id());
  }

  /** The score, a finite number. */
  public double score() {
    return number(score, columns.score());
  }

  /** The sample weight, a finite number &ge; 0; 1 when there is no weight column. */
  public double weight() {
    if (weight < 0) {
      return 1.0;
    }
    double value = number(weight, columns.weight());
    if (!(value >= 0)) {
      throw new InputException(
          InputMessages.notAWeight(file(), line(), name(columns.weight()), fields[weight]));
    }
    return value;
  }

  /** The amount in minor units of the currency; 0 when there is no amount column. */
  public long amount() {
    if (amount < 0) {
      return 0;
    }
    String text = fields[amount];
    if (!DecimalText.isDecimal(text)) {
      throw notAnAmount(text, null);
    }
    try {
      return Amounts.parse(currency, text)[0];
    } catch (IllegalArgumentException e) {
      throw notAnAmount(text, e);
    }
  }

  private InputException notAnAmount(String text, @Nullable Throwable cause) {
    String message =
        InputMessages.notAnAmount(file(), line(), name(columns.amount()), text, currency);
    return cause == null ? new InputException(message) : new InputException(message, cause);
  }

  private String text(int index, @Nullable String column) {
    String value = fields[index];
    if (value.isEmpty()) {
      throw new InputException(InputMessages.emptyValue(file(), line(), name(column)));
    }
    return value;
  }

  private double number(int index, @Nullable String column) {
    String text = fields[index];
    if (DecimalText.isNonFinite(text)) {
      throw new InputException(InputMessages.notFinite(file(), line(), name(column), text));
    }
    if (!DecimalText.isDecimal(text)) {
      throw new InputException(InputMessages.notANumber(file(), line(), name(column), text));
    }
    double value = Double.parseDouble(text);
    if (Double.isInfinite(value)) {
      throw new InputException(InputMessages.notFinite(file(), line(), name(column), text));
    }
    return value;
  }

  private static String name(@Nullable String column) {
    return column == null ? "" : column;
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
