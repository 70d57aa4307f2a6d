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

class RadixSortProperties {

  @Provide
  Arbitrary<Double> scores() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(-5, 5).map(i -> i / 2.0),
        Arbitraries.doubles(),
        Arbitraries.of(Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE, -Double.MIN_VALUE,
            Double.MIN_NORMAL, 0.0, 1.0, -1.0));
  }

  @Provide
  Arbitrary<List<Double>> scoreLists() {
    return scores().list().ofMaxSize(400);
  }

  @Property(seed = ScoredRows.SEED)
  void should_map_scores_to_keys_in_the_same_order_and_back(
      @ForAll("scores") double a, @ForAll("scores") double b) {
    assertThat(Long.compare(RadixSort.key(a), RadixSort.key(b))).isEqualTo(Double.compare(a, b));
    assertThat(RadixSort.score(RadixSort.key(a))).isEqualTo(a);
  }

  @Property(seed = ScoredRows.SEED)
  void should_sort_keys_as_arrays_sort_sorts_scores(@ForAll("scoreLists") List<Double> list) {
    double[] expected = list.stream().mapToDouble(Double::doubleValue).toArray();
    long[] keys = Arrays.stream(expected).mapToLong(RadixSort::key).toArray();
    Arrays.sort(expected);

    RadixSort.sort(keys, new long[keys.length], 0, keys.length);

    assertThat(Arrays.stream(keys).mapToDouble(RadixSort::score).toArray())
        .containsExactly(expected);
  }

  @Property(seed = ScoredRows.SEED)
  void should_carry_each_value_with_its_key_and_keep_equal_keys_in_order(
      @ForAll("scoreLists") List<Double> list) {
    int n = list.size();
    long[] keys = list.stream().mapToLong(RadixSort::key).toArray();
    double[] values = new double[n];
    Arrays.setAll(values, i -> i); // the original position, to see stability
    long[] original = keys.clone();

    RadixSort.sort(keys, values, new long[n], new double[n], 0, n);

    for (int i = 0; i < n; i++) {
      assertThat(keys[i]).isEqualTo(original[(int) values[i]]);
      if (i > 0) {
        assertThat(keys[i]).isGreaterThanOrEqualTo(keys[i - 1]);
        if (keys[i] == keys[i - 1]) {
          assertThat(values[i]).isGreaterThan(values[i - 1]);
        }
      }
    }
  }

  @Property(seed = ScoredRows.SEED, tries = 100)
  void should_sort_only_the_given_range(
      @ForAll("scoreLists") List<Double> list, @ForAll @IntRange(max = 10) int margin) {
    int n = list.size();
    long[] keys = new long[n + 2 * margin];
    Arrays.fill(keys, 7L);
    long[] inner = list.stream().mapToLong(RadixSort::key).toArray();
    System.arraycopy(inner, 0, keys, margin, n);
    long[] scratch = new long[keys.length];
    Arrays.fill(scratch, 9L);

    RadixSort.sort(keys, scratch, margin, margin + n);

    Arrays.sort(inner);
    assertThat(Arrays.copyOfRange(keys, margin, margin + n)).containsExactly(inner);
    for (int i = 0; i < margin; i++) {
      assertThat(keys[i]).isEqualTo(7L);
      assertThat(keys[keys.length - 1 - i]).isEqualTo(7L);
      assertThat(scratch[i]).isEqualTo(9L);
      assertThat(scratch[keys.length - 1 - i]).isEqualTo(9L);
    }
  }
}
