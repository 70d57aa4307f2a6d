package dev.modelgate.examples.training;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads German-credit-shaped CSV into {@link GermanCreditData}: header first, then one row per
 * line, fields split at every comma (the format has no quoting); a UTF-8 byte order mark before
 * the header is skipped. Stateless.
 */
final class CreditCsvReader {

  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private CreditCsvReader() {}

  static GermanCreditData read(InputStream in, String source) {
    BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    try {
      String headerLine = reader.readLine();
      if (headerLine != null && headerLine.startsWith(BYTE_ORDER_MARK)) {
        headerLine = headerLine.substring(1);
      }
      if (headerLine == null || headerLine.isEmpty()) {
        throw TrainingMessages.noHeader(source);
      }
      Header header = Header.of(headerLine.split(",", -1), source);
      List<String> rowIds = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      List<double[]> rows = new ArrayList<>();
      Map<String, Long> lineOfId = new HashMap<>();
      long lineNumber = 1;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String[] fields = line.split(",", -1);
        if (fields.length != header.names.length) {
          throw TrainingMessages.fieldCount(source, lineNumber, fields.length, header.names.length);
        }
        String id = fields[header.rowId];
        if (id.isEmpty()) {
          throw TrainingMessages.emptyRowId(source, lineNumber);
        }
        Long first = lineOfId.putIfAbsent(id, lineNumber);
        if (first != null) {
          throw TrainingMessages.repeatedRowId(source, lineNumber, id, first);
        }
        String label = fields[header.label];
        if (!label.equals(GermanCreditData.BAD) && !label.equals(GermanCreditData.GOOD)) {
          throw TrainingMessages.unknownLabel(source, lineNumber, label);
        }
        rowIds.add(id);
        labels.add(label);
        rows.add(header.features(fields, source, lineNumber));
      }
      if (rows.isEmpty()) {
        throw TrainingMessages.noRows(source);
      }
      for (String label : List.of(GermanCreditData.BAD, GermanCreditData.GOOD)) {
        if (!labels.contains(label)) {
          throw TrainingMessages.labelAbsent(source, label);
        }
      }
      return new GermanCreditData(
          source, header.featureNames(), rowIds.toArray(String[]::new),
          labels.toArray(String[]::new), rows.toArray(double[][]::new));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  /** The header: where {@code row_id} and {@code Class} are, and which columns are features. */
  private static final class Header {
    private final String[] names;
    private final int rowId;
    private final int label;
    private final int[] featureColumns;

    private Header(String[] names, int rowId, int label, int[] featureColumns) {
      this.names = names;
      this.rowId = rowId;
      this.label = label;
      this.featureColumns = featureColumns;
    }

    static Header of(String[] names, String source) {
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < names.length; i++) {
        Integer first = columns.putIfAbsent(names[i], i);
        if (first != null) {
          throw TrainingMessages.duplicateColumn(source, names[i], first, i);
        }
      }
      List<String> missing = new ArrayList<>();
      for (String required : List.of(GermanCreditData.ROW_ID, GermanCreditData.LABEL)) {
        if (!columns.containsKey(required)) {
          missing.add(required);
        }
      }
      if (!missing.isEmpty()) {
        throw TrainingMessages.missingColumns(source, missing);
      }
      int rowId = columns.get(GermanCreditData.ROW_ID);
      int label = columns.get(GermanCreditData.LABEL);
      int[] features = new int[names.length - 2];
      for (int i = 0, f = 0; i < names.length; i++) {
        if (i != rowId && i != label) {
          features[f++] = i;
        }
      }
      if (features.length == 0) {
        throw TrainingMessages.noFeatures(source);
      }
      return new Header(names, rowId, label, features);
    }

    List<String> featureNames() {
      List<String> out = new ArrayList<>(featureColumns.length);
      for (int column : featureColumns) {
        out.add(names[column]);
      }
      return out;
    }

    double[] features(String[] fields, String source, long line) {
      double[] values = new double[featureColumns.length];
      for (int f = 0; f < featureColumns.length; f++) {
        String text = fields[featureColumns[f]];
        values[f] = number(text, source, line, names[featureColumns[f]]);
      }
      return values;
    }

    private static double number(String text, String source, long line, String column) {
      double value;
      try {
        value = new BigDecimal(text).doubleValue();
      } catch (NumberFormatException e) {
        throw TrainingMessages.notNumeric(source, line, column, text);
      }
      if (Double.isInfinite(value)) {
        throw TrainingMessages.notNumeric(source, line, column, text);
      }
      return value;
    }
  }
}
