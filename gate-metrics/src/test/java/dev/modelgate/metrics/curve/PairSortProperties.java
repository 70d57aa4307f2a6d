package dev.modelgate.metrics.curve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class PairSortProperties {

  @Provide
  Arbitrary<List<Double>> keys() {
    return Arbitraries.oneOf(
            Arbitraries.integers().between(-5, 5).map(i -> i / 2.0),
            Arbitraries.doubles().between(-1e9, 1e9))
        .list().ofMaxSize(300);
  }

  @Property(seed = ScoredRows.SEED)
  void should_sort_keys_as_arrays_sort_and_carry_each_value_with_its_key(
      @ForAll("keys") List<Double> keyList, @ForAll @IntRange(min = 0, max = 40) int depthLimit) {
    double[] keys = keyList.stream().mapToDouble(Double::doubleValue).toArray();
    // the value of a key is a function of it, so pairs that stay together stay consistent
    double[] values = Arrays.stream(keys).map(k -> 3 * k + 1).toArray();
    double[] expected = keys.clone();
    Arrays.sort(expected);

    PairSort.sort(keys, values, 0, keys.length, depthLimit);

    assertThat(keys).containsExactly(expected);
    for (int i = 0; i < keys.length; i++) {
      assertThat(values[i]).isEqualTo(3 * keys[i] + 1);
    }
  }

  @Property(seed = ScoredRows.SEED, tries = 50)
  void should_sort_only_the_given_range(
      @ForAll("keys") List<Double> keyList, @ForAll @IntRange(max = 10) int margin) {
    double[] inner = keyList.stream().mapToDouble(Double::doubleValue).toArray();
    double[] keys = new double[inner.length + 2 * margin];
    Arrays.fill(keys, 7e9);
    System.arraycopy(inner, 0, keys, margin, inner.length);
    double[] values = keys.clone();

    PairSort.sort(keys, values, margin, margin + inner.length);

    Arrays.sort(inner);
    assertThat(Arrays.copyOfRange(keys, margin, margin + inner.length)).containsExactly(inner);
    assertThat(keys).containsExactly(values);
    for (int i = 0; i < margin; i++) {
      assertThat(keys[i]).isEqualTo(7e9);
      assertThat(keys[keys.length - 1 - i]).isEqualTo(7e9);
    }
  }

  @Property(seed = ScoredRows.SEED, tries = 20)
  void should_sort_presorted_reversed_and_constant_runs(
      @ForAll @IntRange(min = 1, max = 5000) int n) {
    double[][] inputs = {new double[n], new double[n], new double[n]};
    for (int i = 0; i < n; i++) {
      inputs[0][i] = i;
      inputs[1][i] = n - i;
      inputs[2][i] = 1.5;
    }
    for (double[] keys : inputs) {
      double[] values = keys.clone();
      double[] expected = keys.clone();
      Arrays.sort(expected);

      PairSort.sort(keys, values, 0, n);

      assertThat(keys).containsExactly(expected);
      assertThat(values).containsExactly(expected);
    }
  }
}
