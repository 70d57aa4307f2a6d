package dev.modelgate.cli.internal;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Remembers which line each data row of a CSV file starts on, so that a problem found after the
 * file was read (a repeated row id, found when the fingerprint sorts the ids) can still be reported
 * as {@code file:line}. Rows usually sit one per line after the header; only a quoted field with a
 * line break shifts the following rows, so just those shifts are stored: memory grows with the
 * number of multi-line records, not of rows.
 *
 * <p>Not thread-safe.
 */
final class RowLines {

  private static final Pattern REPEATED_ID =
      Pattern.compile(
          "(?:row |rowIds\\[)(\\d+)\\]? repeats row id \"(.*)\""
              + " already at (?:row |rowIds\\[)(\\d+)\\]?",
          Pattern.DOTALL);

  private long[] rows = new long[8];
  private long[] shifts = new long[8];
  private int size;
  private long shift = Long.MIN_VALUE;

  /** Records that 0-based data row {@code row} starts on {@code line}; rows come in order. */
  void add(long row, long line) {
    long rowShift = line - row;
    if (rowShift != shift) {
      if (size == rows.length) {
        rows = Arrays.copyOf(rows, size * 2);
        shifts = Arrays.copyOf(shifts, size * 2);
      }
      rows[size] = row;
      shifts[size] = rowShift;
      size++;
      shift = rowShift;
    }
  }

  /** The line 0-based data row {@code row} starts on. */
  long line(long row) {
    int i = Arrays.binarySearch(rows, 0, size, row);
    int at = i >= 0 ? i : -i - 2;
    return row + (at < 0 ? 2 : shifts[at]);
  }

  /**
   * The message for a repeated-id failure of the test-set fingerprint or split, with lines instead
   * of row positions; {@code file: <original message>} when the message is not one.
   */
  String repeatedId(String file, String idColumn, IllegalArgumentException failure) {
    String message = String.valueOf(failure.getMessage());
    Matcher m = REPEATED_ID.matcher(message);
    if (!m.matches()) {
      return file + ": " + message;
    }
    long repeat = Long.parseLong(m.group(1));
    long first = Long.parseLong(m.group(3));
    return InputMessages.repeatedId(file, line(repeat), m.group(2), idColumn, line(first));
  }
}
