package dev.modelgate.metrics;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An ordered set of class labels that maps each label to its class index.
 *
 * <p>Index {@code i} is row and column {@code i} of a {@link ConfusionMatrix}. Labels come either in
 * a declared order ({@link #of(String...)}) or sorted as scikit-learn sorts them ({@link
 * #sorted(Iterable)}: {@code numpy.unique} on strings, that is by UTF-16 code unit, which for the
 * label sets used in practice equals code point order).
 *
 * <p>Immutable and thread-safe.
 */
public final class LabelDictionary {

  private final List<String> labels;
  private final Map<String, Integer> indices;

  private LabelDictionary(List<String> labels) {
    this.labels = List.copyOf(labels);
    Map<String, Integer> map = new HashMap<>(labels.size() * 2);
    for (int i = 0; i < labels.size(); i++) {
      map.put(labels.get(i), i);
    }
    this.indices = Collections.unmodifiableMap(map);
  }

  /**
   * The labels in the declared order.
   *
   * @throws IllegalArgumentException if there are no labels, a label is empty or repeated
   */
  public static LabelDictionary of(String... labels) {
    Objects.requireNonNull(labels, "labels");
    return of(Arrays.asList(labels));
  }

  /**
   * The labels in the declared order.
   *
   * @throws IllegalArgumentException if there are no labels, a label is empty or repeated
   */
  public static LabelDictionary of(List<String> labels) {
    Objects.requireNonNull(labels, "labels");
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("labels must not be empty");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      String label = labels.get(i);
      if (label == null) {
        throw new IllegalArgumentException("labels[" + i + "] must not be null");
      }
      Integer previous = seen.put(label, i);
      if (previous != null) {
        throw new IllegalArgumentException(
            "labels[" + i + "] repeats label \"" + label + "\" already at labels[" + previous + "]");
      }
    }
    return new LabelDictionary(labels);
  }

  /**
   * The distinct observed labels in sorted order, as scikit-learn orders them when no {@code
   * labels} argument is given.
   *
   * @throws IllegalArgumentException if nothing was observed
   */
  public static LabelDictionary sorted(Iterable<String> observed) {
    Objects.requireNonNull(observed, "observed");
    TreeSet<String> set = new TreeSet<>();
    int i = 0;
    for (String label : observed) {
      if (label == null) {
        throw new IllegalArgumentException("observed[" + i + "] must not be null");
      }
      set.add(label);
      i++;
    }
    if (set.isEmpty()) {
      throw new IllegalArgumentException("observed labels must not be empty");
    }
    return new LabelDictionary(new ArrayList<>(set));
  }

  /** Labels {@code "0"}, {@code "1"}, ... {@code "k-1"}, for data that is already class indices. */
  public static LabelDictionary indices(int classes) {
    if (classes < 1) {
      throw new IllegalArgumentException("classes must be at least 1, was " + classes);
    }
    List<String> labels = new ArrayList<>(classes);
    for (int i = 0; i < classes; i++) {
      labels.add(Integer.toString(i));
    }
    return new LabelDictionary(labels);
  }

  /** The number of classes. */
  public int size() {
    return labels.size();
  }

  /** The label of class {@code index}. */
  public String label(int index) {
    Objects.checkIndex(index, labels.size());
    return labels.get(index);
  }

  /** The labels in index order, unmodifiable. */
  public List<String> labels() {
    return labels;
  }

  /** Whether {@code label} is one of these labels. */
  public boolean contains(String label) {
    return indices.containsKey(label);
  }

  /**
   * The index of {@code label}.
   *
   * @throws IllegalArgumentException naming the label and the declared labels if it is unknown
   */
  public int indexOf(String label) {
    Integer index = indices.get(label);
    if (index == null) {
      throw new IllegalArgumentException(
          "label \"" + label + "\" is not one of the declared labels " + labels);
    }
    return index;
  }

  /**
   * Encodes labelled values as class indices.
   *
   * @param argument the argument's name, used in error messages
   * @throws IllegalArgumentException naming the argument, the index and the value of the first
   *     value that is not a declared label
   */
  public int[] encode(String[] values, String argument) {
    Objects.requireNonNull(values, argument);
    int[] encoded = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      Integer index = values[i] == null ? null : indices.get(values[i]);
      if (index == null) {
        throw new IllegalArgumentException(
            argument + "[" + i + "] = \"" + values[i] + "\" is not one of the declared labels "
                + labels);
      }
      encoded[i] = index;
    }
    return encoded;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LabelDictionary other && labels.equals(other.labels);
  }

  @Override
  public int hashCode() {
    return labels.hashCode();
  }

  @Override
  public String toString() {
    return "LabelDictionary" + labels;
  }
}
