package dev.modelgate.metrics.testset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Generated test data for the properties: rows of unique ids and labels, as parallel arrays. */
record Rows(String[] ids, String[] labels) {

  /** Ids of 1 to 6 characters, including 2-, 3- and 4-byte UTF-8 characters. */
  static Arbitrary<String> rowIds() {
    Arbitrary<String> plain =
        Arbitraries.strings().withCharRange('a', 'h').withChars('é', '€', '\uFFFF').ofMinLength(1)
            .ofMaxLength(6);
    return Arbitraries.oneOf(plain, plain.map(s -> s + "\uD834\uDD1E"));
  }

  /** 1 to {@code maxRows} rows with unique ids and labels among A, B, c and Ü. */
  static Arbitrary<Rows> any(int maxRows) {
    return rowIds().list().ofMinSize(1).ofMaxSize(maxRows).uniqueElements().flatMap(ids ->
        Arbitraries.of("A", "B", "c", "Ü").array(String[].class).ofSize(ids.size())
            .map(labels -> new Rows(ids.toArray(String[]::new), labels)));
  }

  /** One to three labels of 10 to 60 rows each, so any fraction in [0.1, 0.9] can split them. */
  static Arbitrary<Rows> splittable() {
    return Arbitraries.integers().between(10, 60).list().ofMinSize(1).ofMaxSize(3).flatMap(
        counts -> rowIds().list().ofSize(counts.stream().mapToInt(Integer::intValue).sum())
            .uniqueElements().map(ids -> labelled(ids, counts)));
  }

  private static Rows labelled(List<String> ids, List<Integer> counts) {
    String[] labels = new String[ids.size()];
    int row = 0;
    for (int label = 0; label < counts.size(); label++) {
      for (int i = 0; i < counts.get(label); i++) {
        labels[row++] = "L" + label;
      }
    }
    return new Rows(ids.toArray(String[]::new), labels);
  }

  int size() {
    return ids.length;
  }

  /** These rows without row {@code row}. */
  Rows without(int row) {
    String[] fewerIds = new String[ids.length - 1];
    String[] fewerLabels = new String[ids.length - 1];
    for (int i = 0, j = 0; i < ids.length; i++) {
      if (i != row) {
        fewerIds[j] = ids[i];
        fewerLabels[j++] = labels[i];
      }
    }
    return new Rows(fewerIds, fewerLabels);
  }

  /** The same rows, each id with its label, in an order drawn from {@code random}. */
  Rows shuffled(Random random) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      order.add(i);
    }
    Collections.shuffle(order, random);
    String[] newIds = new String[ids.length];
    String[] newLabels = new String[ids.length];
    for (int i = 0; i < ids.length; i++) {
      newIds[i] = ids[order.get(i)];
      newLabels[i] = labels[order.get(i)];
    }
    return new Rows(newIds, newLabels);
  }
}
