package dev.modelgate.cli.internal;

import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The header row of a CSV file: the column names, and where each column the flags name is.
 *
 * <p>Immutable and thread-safe.
 */
final class Header {

  private final String file;
  private final List<String> columns;

  private Header(String file, List<String> columns) {
    this.file = file;
    this.columns = columns;
  }

  /**
   * Reads the first record of {@code csv} as the header.
   *
   * @throws InputException if the file is empty
   * @throws IOException if reading fails
   */
  static Header read(CsvReader csv) throws IOException {
    String[] names = csv.next();
    if (names == null) {
      throw new InputException(InputMessages.emptyFile(csv.file()));
    }
    return new Header(csv.file(), List.of(names));
  }

  /** The number of columns. */
  int size() {
    return columns.size();
  }

  /** The column names in order. */
  List<String> columns() {
    return columns;
  }

  /**
   * The index of {@code column}, which {@code flag} names.
   *
   * @throws InputException if there is no such column or there are several
   */
  int index(String column, String flag) {
    int index = columns.indexOf(column);
    if (index < 0) {
      throw new InputException(InputMessages.missingColumn(file, column, flag, columns));
    }
    if (columns.lastIndexOf(column) != index) {
      throw new InputException(InputMessages.repeatedColumn(file, column, flag));
    }
    return index;
  }

  /** As {@link #index}, or -1 when {@code column} is null (the flag was not given). */
  int optionalIndex(@Nullable String column, String flag) {
    return column == null ? -1 : index(column, flag);
  }
}
