package dev.modelgate.metrics.testset;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * The selection step of {@link TestSetSplit}: groups rows into strata, checks that each stratum
 * gives at least one test and one train row, and takes each stratum's rows with the smallest
 * seeded keys. Stateless and thread-safe.
 */
final class SeededSelection {

  private SeededSelection() {}

  /** Which rows go to the test set; {@code byId} is the table's rows in canonical order. */
  static boolean[] select(RowTable table, int[] byId, TestSetSplit split) {
    int n = table.rows();
    int[][] strata = strata(table, split.stratified());
    int[] testRows = new int[strata.length];
    List<String> problems = new ArrayList<>();
    for (int s = 0; s < strata.length; s++) {
      int size = strata[s].length;
      testRows[s] = split.testRows(size);
      if (testRows[s] < 1 || testRows[s] > size - 1) {
        String name = split.stratified()
            ? "label \"" + table.label(table.labelOf(strata[s][0])) + "\""
            : "the data";
        problems.add(TestSetMessages.stratumTooSmall(name, size, testRows[s]));
      }
    }
    if (!problems.isEmpty()) {
      throw TestSetMessages.cannotSplit(split.testFraction(), split.stratified(), problems);
    }
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[byId[i]] = i;
    }
    long[] keys = keys(table, split.seed());
    boolean[] test = new boolean[n];
    for (int s = 0; s < strata.length; s++) {
      int[] rows = strata[s];
      IndexSort.sort(rows, (a, b) -> {
        int byKey = Long.compareUnsigned(keys[a], keys[b]);
        return byKey != 0 ? byKey : Integer.compare(rank[a], rank[b]);
      });
      for (int i = 0; i < testRows[s]; i++) {
        test[rows[i]] = true;
      }
    }
    return test;
  }

  /** Each row's key: the first 8 bytes of SHA-256 over the UTF-8 of {@code seed + ":" + id}. */
  static long[] keys(RowTable table, long seed) {
    MessageDigest digest = RowHashes.sha256();
    byte[] prefix = (seed + ":").getBytes(StandardCharsets.UTF_8);
    byte[] scratch = new byte[32];
    long[] keys = new long[table.rows()];
    for (int row = 0; row < keys.length; row++) {
      keys[row] = RowHashes.key(table, row, digest, prefix, scratch);
    }
    return keys;
  }

  /** The rows of each stratum, strata ordered by label (UTF-8 byte order), rows ascending. */
  private static int[][] strata(RowTable table, boolean stratified) {
    int n = table.rows();
    if (!stratified) {
      int[] all = new int[n];
      for (int row = 0; row < n; row++) {
        all[row] = row;
      }
      return new int[][] {all};
    }
    int labels = table.labelCount();
    int[] sizes = new int[labels];
    for (int row = 0; row < n; row++) {
      sizes[table.labelOf(row)]++;
    }
    int[] order = new int[labels];
    for (int l = 0; l < labels; l++) {
      order[l] = l;
    }
    IndexSort.sort(order, table::compareLabels);
    int[][] strata = new int[labels][];
    int[] position = new int[labels];
    for (int s = 0; s < labels; s++) {
      strata[s] = new int[sizes[order[s]]];
      position[order[s]] = s;
    }
    int[] filled = new int[labels];
    for (int row = 0; row < n; row++) {
      int s = position[table.labelOf(row)];
      strata[s][filled[s]++] = row;
    }
    return strata;
  }
}
