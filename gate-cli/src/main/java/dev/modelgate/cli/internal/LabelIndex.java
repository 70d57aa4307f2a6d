package dev.modelgate.cli.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers labels in the order they are first seen while a file streams by, so rows can be counted
 * before the label set is known; {@link StreamingEvaluator} re-indexes them in sorted order at the
 * end. At most {@code max} labels are numbered, so a column of real numbers mistaken for a label
 * column fails early instead of filling memory with a huge confusion matrix.
 *
 * <p>Not thread-safe.
 */
final class LabelIndex {

  private final int max;
  private final Map<String, Integer> indices = new HashMap<>();
  private final List<String> labels = new ArrayList<>();

  LabelIndex(int max) {
    this.max = max;
  }

  /** The index of {@code label}, numbering it if it is new; -1 when that would exceed the limit. */
  int index(String label) {
    Integer index = indices.get(label);
    if (index != null) {
      return index;
    }
    if (labels.size() == max) {
      return -1;
    }
    labels.add(label);
    indices.put(label, labels.size() - 1);
    return labels.size() - 1;
  }

  /** The index of {@code label}, or -1 if it was never seen. */
  int find(String label) {
    Integer index = indices.get(label);
    return index == null ? -1 : index;
  }

  /** The number of labels seen. */
  int size() {
    return labels.size();
  }

  /** The labels in the order first seen, as a copy. */
  List<String> labels() {
    return List.copyOf(labels);
  }
}
