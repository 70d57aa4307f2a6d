package dev.modelgate.examples.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * The German credit data as the example's models read it: one row per applicant, with its {@code
 * row_id}, its label {@code Class} ({@code Good} or {@code Bad}) and every other column as a
 * numeric feature.
 *
 * <p>{@link #load()} reads the copy bundled with the examples (1000 rows, 61 features; see {@code
 * ATTRIBUTION.md} next to it). {@link #read(InputStream, String)} reads any CSV of the same shape:
 * UTF-8, one header row, comma-separated, no quoting; a missing {@code row_id} or {@code Class}
 * column, a label other than {@code Good}/{@code Bad}, a value that is not a finite number, a
 * repeated row id or a short row is refused with a message that names the line and the column.
 *
 * <p>Immutable and thread-safe; the array accessors return copies.
 */
public final class GermanCreditData {

  /** The classpath resource of the bundled copy. */
  public static final String RESOURCE = "/dev/modelgate/examples/german_credit.csv";

  /** The row identity column; not a feature. */
  public static final String ROW_ID = "row_id";

  /** The label column. */
  public static final String LABEL = "Class";

  /** The positive label: a bad credit risk, declined. */
  public static final String BAD = "Bad";

  /** The negative label: a good credit risk, accepted. */
  public static final String GOOD = "Good";

  private final String source;
  private final List<String> featureNames;
  private final String[] rowIds;
  private final String[] labels;
  private final double[][] features;

  GermanCreditData(
      String source, List<String> featureNames, String[] rowIds, String[] labels,
      double[][] features) {
    this.source = source;
    this.featureNames = List.copyOf(featureNames);
    this.rowIds = rowIds;
    this.labels = labels;
    this.features = features;
  }

  /**
   * Reads the bundled copy, {@value #RESOURCE}.
   *
   * @throws IllegalArgumentException if the resource is missing from the classpath
   */
  public static GermanCreditData load() {
    return load(RESOURCE);
  }

  /** Reads a classpath resource, naming it by its file name in messages. */
  static GermanCreditData load(String resource) {
    InputStream in = GermanCreditData.class.getResourceAsStream(resource);
    if (in == null) {
      throw TrainingMessages.missingResource(resource);
    }
    try (in) {
      return read(in, resource.substring(resource.lastIndexOf('/') + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /**
   * Reads German-credit-shaped CSV from {@code in}, naming it {@code source} in messages. Does not
   * close {@code in}.
   *
   * @throws IllegalArgumentException if the data is not of that shape; the message names the
   *     source, the line and the column
   * @throws UncheckedIOException if reading fails
   */
  public static GermanCreditData read(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    return CreditCsvReader.read(in, source);
  }

  /** The name of the data in messages, such as {@code german_credit.csv}. */
  public String source() {
    return source;
  }

  /** The number of rows (applicants). */
  public int rows() {
    return rowIds.length;
  }

  /** The feature columns in file order: every column except {@code row_id} and {@code Class}. */
  public List<String> featureNames() {
    return featureNames;
  }

  /** Each row's {@code row_id}, in file order. */
  public String[] rowIds() {
    return rowIds.clone();
  }

  /** Each row's label, {@code Good} or {@code Bad}, in file order. */
  public String[] labels() {
    return labels.clone();
  }

  /**
   * The {@code row_id} of row {@code row}.
   *
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public String rowId(int row) {
    return rowIds[Objects.checkIndex(row, rowIds.length)];
  }

  /**
   * The label of row {@code row}, {@code Good} or {@code Bad}.
   *
   * @throws IndexOutOfBoundsException if {@code row} is out of range
   */
  public String label(int row) {
    return labels[Objects.checkIndex(row, labels.length)];
  }

  /**
   * The value of feature {@code feature}, an index into {@link #featureNames()}, in row {@code
   * row}.
   *
   * @throws IndexOutOfBoundsException if either index is out of range
   */
  public double value(int row, int feature) {
    Objects.checkIndex(row, rowIds.length);
    Objects.checkIndex(feature, featureNames.size());
    return features[row][feature];
  }

  @Override
  public String toString() {
    return "GermanCreditData[" + source + ", rows=" + rows() + ", features="
        + featureNames.size() + "]";
  }
}
