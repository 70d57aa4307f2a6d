package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class MultinomialTest {

  private static final long[] WEIGHTS = {50, 0, 30, 15, 0, 5};
  private static final long[] PINNED_LARGE = {498_609, 0, 300_754, 150_566, 0, 50_071};
  private static final long[] PINNED_SMALL = {12, 0, 4, 4, 0, 0};

  @Test
  void should_put_all_trials_in_non_empty_cells() {
    Multinomial multinomial = new Multinomial(WEIGHTS, 42);
    long[] out = new long[WEIGHTS.length];

    for (int i = 0; i < 1000; i++) {
      multinomial.draw(100, out);

      assertThat(Arrays.stream(out).sum()).isEqualTo(100);
      assertThat(out[1]).isZero();
      assertThat(out[4]).isZero();
    }
  }

  @Test
  void should_give_each_cell_its_share_of_the_trials_on_average() {
    Multinomial multinomial = new Multinomial(WEIGHTS, 7);
    long[] out = new long[WEIGHTS.length];
    double[] sums = new double[WEIGHTS.length];
    int draws = 20_000;
    long trials = 1_000_000;

    for (int i = 0; i < draws; i++) {
      multinomial.draw(trials, out);
      for (int c = 0; c < out.length; c++) {
        sums[c] += out[c];
      }
    }

    for (int c = 0; c < out.length; c++) {
      double p = WEIGHTS[c] / 100.0;
      double standardError = Math.sqrt(trials * p * (1 - p) / draws);
      assertThat(Math.abs(sums[c] / draws - trials * p))
          .as("cell %d", c)
          .isLessThanOrEqualTo(5 * standardError);
    }
  }

  @Test
  void should_repeat_its_draws_with_the_same_seed_and_change_them_with_another() {
    long[] first = drawAll(42);

    assertThat(drawAll(42)).isEqualTo(first);
    assertThat(drawAll(43)).isNotEqualTo(first);
  }

  /**
   * Pinned draws for seed 42: XoRoShiRo128++ seeded by SplitMix64, strict arithmetic and
   * StrictMath give these numbers on every JVM and processor; a change here changes every
   * bootstrap interval that users have recorded.
   */
  @Test
  void should_draw_the_pinned_numbers_for_seed_42() {
    Multinomial multinomial = new Multinomial(WEIGHTS, 42);
    long[] out = new long[WEIGHTS.length];

    multinomial.draw(1_000_000, out);
    assertThat(out).containsExactly(PINNED_LARGE);
    multinomial.draw(20, out);
    assertThat(out).containsExactly(PINNED_SMALL);
  }

  private static long[] drawAll(long seed) {
    Multinomial multinomial = new Multinomial(WEIGHTS, seed);
    long[] all = new long[WEIGHTS.length * 50];
    long[] out = new long[WEIGHTS.length];
    for (int i = 0; i < 50; i++) {
      multinomial.draw(10_000, out);
      System.arraycopy(out, 0, all, i * out.length, out.length);
    }
    return all;
  }
}
