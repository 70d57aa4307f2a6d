package dev.modelgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The exact weight sums behind weighted cells: correctly rounded, whatever the order or split. */
class ExactSumProperties {

  @Provide
  Arbitrary<List<Double>> values() {
    Arbitrary<Double> anyFinite = Arbitraries.longs()
        .map(Double::longBitsToDouble)
        .filter(d -> Double.isFinite(d) && Math.abs(d) < 1e300);
    Arbitrary<Double> weights = Arbitraries.doubles().between(0, 3).ofScale(17);
    Arbitrary<Double> wide = Arbitraries.integers().between(-1074, 900)
        .map(e -> Math.scalb(1.0 + e % 7 / 8.0, e));
    return Arbitraries.oneOf(anyFinite, weights, wide).list().ofMaxSize(60);
  }

  @Property(seed = "20240631", tries = 500)
  void the_sum_is_the_exact_sum_rounded_half_even(@ForAll("values") List<Double> values) {
    ExactSum sum = new ExactSum();
    BigDecimal exact = BigDecimal.ZERO;
    for (double v : values) {
      sum.add(v);
      exact = exact.add(new BigDecimal(v));
    }

    // BigDecimal.doubleValue rounds half-even, correctly
    assertThat(sum.value()).isEqualTo(exact.doubleValue());
  }

  @Property(seed = "20240632", tries = 300)
  void order_and_splitting_do_not_change_the_sum(
      @ForAll("values") List<Double> values, @ForAll long seed) {
    List<Double> shuffled = new ArrayList<>(values);
    Collections.shuffle(shuffled, new Random(seed));
    ExactSum whole = new ExactSum();
    values.forEach(whole::add);
    ExactSum left = new ExactSum();
    ExactSum right = new ExactSum();
    for (int i = 0; i < shuffled.size(); i++) {
      (i % 3 == 0 ? left : right).add(shuffled.get(i));
    }

    right.addAll(left);

    assertThat(right.value()).isEqualTo(whole.value());
  }

  @Example
  void rounds_a_tie_by_what_lies_below_it_as_python_fsum_does() {
    ExactSum sum = new ExactSum();
    sum.add(1e-16);
    sum.add(1.0);
    sum.add(1e16);

    // math.fsum([1e-16, 1, 1e16]) == 1.0000000000000002e16; a plain double sum gives 1e16
    assertThat(sum.value()).isEqualTo(1.0000000000000002e16);
  }

  @Example
  void adds_counts_past_two_to_the_fifty_three_exactly() {
    ExactSum sum = new ExactSum();
    sum.addCount((1L << 53) + 1);
    sum.addCount(1);

    assertThat(sum.value()).isEqualTo(0x1p53 + 2);
  }
}
