package dev.modelgate.examples;

import dev.modelgate.core.Predictions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the bundled predictions files: a header {@code row_id,Class,predicted,score}, then one
 * unquoted comma-separated row per test row.
 */
final class PredictionsCsv {

  private PredictionsCsv() {}

  /** Reads the classpath resource {@code name} next to this class. */
  static Predictions read(String name) {
    try (InputStream in = PredictionsCsv.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no bundled resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> header = Arrays.asList(reader.readLine().split(","));
      int id = column(header, "row_id", name);
      int truth = column(header, "Class", name);
      int predicted = column(header, "predicted", name);
      int score = column(header, "score", name);
      List<String[]> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isEmpty()) {
          rows.add(line.split(",", -1));
        }
      }
      String[] ids = new String[rows.size()];
      String[] labels = new String[rows.size()];
      String[] predictions = new String[rows.size()];
      double[] scores = new double[rows.size()];
      for (int i = 0; i < rows.size(); i++) {
        String[] row = rows.get(i);
        ids[i] = row[id];
        labels[i] = row[truth];
        predictions[i] = row[predicted];
        scores[i] = Double.parseDouble(row[score]);
      }
      return Predictions.of(ids, labels, predictions).withScores(scores);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  private static int column(List<String> header, String column, String name) {
    int index = header.indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException(name + " has no column " + column + " (header " + header + ")");
    }
    return index;
  }
}
