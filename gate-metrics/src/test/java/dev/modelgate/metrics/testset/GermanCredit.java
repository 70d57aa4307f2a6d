package dev.modelgate.metrics.testset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** The bundled German credit data (see {@code testset/ATTRIBUTION.md}): row ids and labels. */
final class GermanCredit {

  static final String RESOURCE = "/testset/german_credit.csv";

  final String[] rowIds;
  final String[] labels;

  private GermanCredit(String[] rowIds, String[] labels) {
    this.rowIds = rowIds;
    this.labels = labels;
  }

  /** Reads the {@code row_id} and {@code Class} columns; the file is plain comma-separated. */
  static GermanCredit load() {
    String text;
    try (InputStream in = GermanCredit.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test class path");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String[] lines = text.split("\n");
    List<String> header = Arrays.asList(lines[0].split(","));
    int idColumn = header.indexOf("row_id");
    int labelColumn = header.indexOf("Class");
    String[] rowIds = new String[lines.length - 1];
    String[] labels = new String[lines.length - 1];
    for (int i = 1; i < lines.length; i++) {
      String[] fields = lines[i].split(",", -1);
      rowIds[i - 1] = fields[idColumn];
      labels[i - 1] = fields[labelColumn];
    }
    return new GermanCredit(rowIds, labels);
  }

  /** The row ids of the rows at {@code indices}. */
  String[] idsAt(int[] indices) {
    return Arrays.stream(indices).mapToObj(i -> rowIds[i]).toArray(String[]::new);
  }
}
