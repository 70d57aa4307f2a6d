package dev.modelgate.metrics.testset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Rows of (id, label) held compactly: every id's UTF-8 bytes in one growing byte buffer, an {@code
 * int} start offset and an {@code int} label number per row, and each distinct label once. Adding
 * a row allocates nothing once the buffers are large enough.
 *
 * <p>Memory is O(rows): about 8 bytes plus the id's UTF-8 length per row. Not thread-safe.
 */
final class RowTable {

  private byte[] bytes = new byte[64];
  private int size;
  private int[] starts = new int[8];
  private int[] labelOf = new int[8];
  private int rows;
  private final List<String> labels = new ArrayList<>();
  private final List<byte[]> labelBytes = new ArrayList<>();
  private final Map<String, Integer> labelNumbers = new HashMap<>();

  /** A table of the rows of two parallel arrays, validated with array indices in messages. */
  static RowTable of(String[] rowIds, String[] labels) {
    RowTable table = new RowTable();
    table.appendAll(rowIds, labels, 0, rowIds.length);
    return table;
  }

  /** Checks one row; {@code index} is the position named in the message. */
  static void checkRow(String rowId, String label, long index) {
    checkText("rowIds", index, rowId);
    checkText("labels", index, label);
  }

  private static void checkText(String argument, long index, String value) {
    if (value == null) {
      throw TestSetMessages.nullValue(argument, index);
    }
    if (value.isEmpty()) {
      throw TestSetMessages.emptyValue(argument, index);
    }
    int at = Utf8.firstUnpairedSurrogate(value);
    if (at >= 0) {
      throw TestSetMessages.unpairedSurrogate(argument, index, value.charAt(at), at);
    }
  }

  /** Appends one row that {@link #checkRow} accepted. */
  void append(String rowId, String label) {
    ensureBytes(Utf8.length(rowId));
    ensureRows(1);
    starts[rows] = size;
    labelOf[rows] = labelNumber(label);
    size = Utf8.write(rowId, bytes, size);
    rows++;
  }

  /** Checks rows {@code [from, to)} of both arrays, then appends them; unchanged on exception. */
  void appendAll(String[] rowIds, String[] labels, int from, int to) {
    if (rowIds.length != labels.length) {
      throw TestSetMessages.lengthMismatch(rowIds.length, labels.length);
    }
    long total = 0;
    for (int i = from; i < to; i++) {
      checkRow(rowIds[i], labels[i], i);
      total += Utf8.length(rowIds[i]);
    }
    ensureBytes(total);
    ensureRows(to - from);
    for (int i = from; i < to; i++) {
      starts[rows] = size;
      labelOf[rows] = labelNumber(labels[i]);
      size = Utf8.write(rowIds[i], bytes, size);
      rows++;
    }
  }

  /** Appends the rows of {@code other} after this table's rows; {@code other} is unchanged. */
  void appendAll(RowTable other) {
    int otherRows = other.rows;
    int otherSize = other.size;
    int[] remap = new int[other.labels.size()];
    for (int l = 0; l < remap.length; l++) {
      remap[l] = labelNumber(other.labels.get(l));
    }
    ensureBytes(otherSize);
    ensureRows(otherRows);
    System.arraycopy(other.bytes, 0, bytes, size, otherSize);
    for (int r = 0; r < otherRows; r++) {
      starts[rows + r] = size + other.starts[r];
      labelOf[rows + r] = remap[other.labelOf[r]];
    }
    size += otherSize;
    rows += otherRows;
  }

  int rows() {
    return rows;
  }

  int labelOf(int row) {
    return labelOf[row];
  }

  int labelCount() {
    return labels.size();
  }

  String label(int number) {
    return labels.get(number);
  }

  String id(int row) {
    return new String(bytes, starts[row], idEnd(row) - starts[row], StandardCharsets.UTF_8);
  }

  /** Orders ids by their UTF-8 bytes compared as unsigned numbers; a prefix comes first. */
  int compareIds(int a, int b) {
    return Arrays.compareUnsigned(bytes, starts[a], idEnd(a), bytes, starts[b], idEnd(b));
  }

  /** Orders label numbers by the labels' UTF-8 bytes, as {@link #compareIds} orders ids. */
  int compareLabels(int a, int b) {
    return Arrays.compareUnsigned(labelBytes.get(a), labelBytes.get(b));
  }

  /**
   * All rows in canonical order: by id, as {@link #compareIds} orders them.
   *
   * @param position names a row's position in the duplicate-id message
   * @throws IllegalArgumentException naming the id and both positions of the first repeated id
   *     (the repeat with the lowest position)
   */
  int[] sortedById(IntFunction<String> position) {
    int[] order = new int[rows];
    for (int r = 0; r < rows; r++) {
      order[r] = r;
    }
    IndexSort.sort(order, this::compareIds);
    int first = -1;
    int repeat = Integer.MAX_VALUE;
    for (int i = 1; i < rows; i++) {
      boolean startsGroup = compareIds(order[i - 1], order[i]) != 0;
      if (!startsGroup && (i == 1 || compareIds(order[i - 2], order[i - 1]) != 0)
          && order[i] < repeat) {
        first = order[i - 1];
        repeat = order[i];
      }
    }
    if (first >= 0) {
      throw TestSetMessages.duplicateId(id(first), position.apply(repeat), position.apply(first));
    }
    return order;
  }

  /** The buffer holding every id's UTF-8 bytes; read only, from {@link #idStart}. */
  byte[] buffer() {
    return bytes;
  }

  int idStart(int row) {
    return starts[row];
  }

  int idLength(int row) {
    return idEnd(row) - starts[row];
  }

  /** The UTF-8 bytes of label {@code number}; read only. */
  byte[] labelBytes(int number) {
    return labelBytes.get(number);
  }

  private int idEnd(int row) {
    return row + 1 < rows ? starts[row + 1] : size;
  }

  private int labelNumber(String label) {
    Integer number = labelNumbers.get(label);
    if (number != null) {
      return number;
    }
    int added = labels.size();
    labels.add(label);
    labelBytes.add(label.getBytes(StandardCharsets.UTF_8));
    labelNumbers.put(label, added);
    return added;
  }

  private void ensureBytes(long extra) {
    long needed = size + extra;
    if (needed > TestSetMessages.MAX_BYTES) {
      throw TestSetMessages.tooManyBytes();
    }
    if (needed > bytes.length) {
      long grown = Math.max(needed, Math.min(2L * bytes.length, TestSetMessages.MAX_BYTES));
      bytes = Arrays.copyOf(bytes, (int) grown);
    }
  }

  private void ensureRows(int extra) {
    long needed = (long) rows + extra;
    if (needed > TestSetMessages.MAX_BYTES) {
      throw TestSetMessages.tooManyBytes();
    }
    if (needed > starts.length) {
      int grown = (int) Math.max(needed, Math.min(2L * starts.length, TestSetMessages.MAX_BYTES));
      starts = Arrays.copyOf(starts, grown);
      labelOf = Arrays.copyOf(labelOf, grown);
    }
  }
}
