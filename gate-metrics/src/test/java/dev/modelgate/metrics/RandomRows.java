package dev.modelgate.metrics;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jspecify.annotations.Nullable;

/**
 * Rows of class indices over {@code k} classes, with weights or without, as jqwik generates them
 * for the accumulator and metric properties.
 */
record RandomRows(int k, int[] truth, int[] predicted, double @Nullable [] weights) {

  /** 1 to 7 classes, 1 to 300 rows, weighted about half the time with weights in [0, 3]. */
  static Arbitrary<RandomRows> arbitrary() {
    return Arbitraries.integers().between(1, 7).flatMap(k ->
        Arbitraries.integers().between(1, 300).flatMap(n -> Combinators.combine(
                classes(k, n), classes(k, n), weights(n).injectNull(0.5))
            .as((t, p, w) -> new RandomRows(k, t, p, w))));
  }

  private static Arbitrary<int[]> classes(int k, int n) {
    return Arbitraries.integers().between(0, k - 1).array(int[].class).ofSize(n);
  }

  private static Arbitrary<double[]> weights(int n) {
    return Arbitraries.oneOf(
            Arbitraries.doubles().between(0, 3).ofScale(15),
            Arbitraries.of(0.0, 1e-300, 0.1, 1e12))
        .array(double[].class).ofSize(n);
  }

  int size() {
    return truth.length;
  }

  LabelDictionary labels() {
    return LabelDictionary.indices(k);
  }

  /** An accumulator holding rows {@code [from, to)}. */
  ConfusionAccumulator accumulate(int from, int to) {
    ConfusionAccumulator accumulator = ConfusionAccumulator.of(labels());
    return weights == null
        ? accumulator.addAll(truth, predicted, from, to)
        : accumulator.addAll(truth, predicted, weights, from, to);
  }

  ConfusionMatrix matrix() {
    return accumulate(0, size()).toMatrix();
  }

  /** Cut points in [0, n], sorted, from arbitrary integers. */
  int[] cuts(List<Integer> raw) {
    return raw.stream().mapToInt(c -> Math.floorMod(c, size() + 1)).sorted().toArray();
  }

  /** The same rows in an order given by {@code seed}. */
  RandomRows shuffled(long seed) {
    Integer[] order = new Integer[size()];
    Arrays.setAll(order, i -> i);
    Collections.shuffle(Arrays.asList(order), new Random(seed));
    int[] t = new int[size()];
    int[] p = new int[size()];
    double @Nullable [] w = weights == null ? null : new double[size()];
    for (int i = 0; i < order.length; i++) {
      t[i] = truth[order[i]];
      p[i] = predicted[order[i]];
      if (w != null) {
        w[i] = weights[order[i]];
      }
    }
    return new RandomRows(k, t, p, w);
  }

  @Override
  public String toString() {
    return "RandomRows[k=" + k + ", n=" + size() + ", weighted=" + (weights != null) + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RandomRows r && k == r.k && Arrays.equals(truth, r.truth)
        && Arrays.equals(predicted, r.predicted) && Arrays.equals(weights, r.weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(truth) * 31 + Arrays.hashCode(predicted);
  }
}
