package dev.modelgate.cli.internal;

import dev.modelgate.metrics.testset.Split;
import dev.modelgate.metrics.testset.TestSetSplit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Splits a CSV file into a train file and a test file with a {@link TestSetSplit}: a first pass
 * reads each row's id and label, the split chooses the test rows, and a second pass copies every
 * record, header first, to the file it belongs to. Memory holds the ids and labels, not the rows.
 *
 * <p>Stateless and thread-safe.
 */
public final class SplitFile {

  private SplitFile() {}

  /**
   * Splits {@code data} (named {@code file} in messages) into {@code train} and {@code test}.
   *
   * @param label the label column, the strata of a stratified split
   * @param id the row identity column; null for the 1-based row numbers
   * @throws InputException naming the file and line of anything that cannot be used, or why the
   *     split is refused (a repeated id, a label with too few rows)
   * @throws IOException if reading or writing fails
   */
  public static Split split(
      Path data,
      String file,
      String label,
      @Nullable String id,
      TestSetSplit split,
      Path train,
      Path test,
      Progress progress)
      throws IOException {
    List<String> ids = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    RowLines lines = new RowLines();
    try (CsvReader csv = CsvReader.open(data, file)) {
      Header header = Header.read(csv);
      int labelIndex = header.index(label, "--label");
      int idIndex = header.optionalIndex(id, "--id");
      try {
        for (String[] row = csv.next(); row != null; row = csv.next()) {
          if (row.length != header.size()) {
            throw new InputException(
                InputMessages.fieldCount(file, csv.recordLine(), row.length, header.size()));
          }
          lines.add(ids.size(), csv.recordLine());
          labels.add(nonEmpty(row[labelIndex], label, csv));
          ids.add(idIndex < 0 ? Integer.toString(ids.size() + 1) : nonEmpty(row[idIndex], id, csv));
          if (ids.size() % 4096 == 0) {
            progress.update(ids.size(), csv.bytesRead());
          }
        }
      } finally {
        progress.finish(ids.size(), csv.bytesRead());
      }
    }
    if (ids.isEmpty()) {
      throw new InputException(InputMessages.noRows(file));
    }
    Split result;
    try {
      result = split.split(ids.toArray(new String[0]), labels.toArray(new String[0]));
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      throw new InputException(
          message.contains("repeats row id")
              ? lines.repeatedId(file, id == null ? "row number" : id, e)
              : file + ": " + message,
          e);
    }
    copy(data, file, result, train, test);
    return result;
  }

  private static void copy(Path data, String file, Split split, Path train, Path test)
      throws IOException {
    try (CsvReader csv = CsvReader.open(data, file);
        CsvWriter trainOut = CsvWriter.create(train);
        CsvWriter testOut = CsvWriter.create(test)) {
      String[] header = csv.next();
      if (header == null) {
        throw new InputException(InputMessages.emptyFile(file));
      }
      trainOut.write(header);
      testOut.write(header);
      int index = 0;
      for (String[] row = csv.next(); row != null; row = csv.next(), index++) {
        (split.isTest(index) ? testOut : trainOut).write(row);
      }
    }
  }

  private static String nonEmpty(String value, @Nullable String column, CsvReader csv) {
    if (value.isEmpty()) {
      throw new InputException(
          InputMessages.emptyValue(csv.file(), csv.recordLine(), String.valueOf(column)));
    }
    return value;
  }
}
