package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelgate.metrics.cost.BinaryCosts;
import dev.modelgate.metrics.cost.CostMatrix;
import dev.modelgate.metrics.cost.NetBenefit;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RowDifferencesTest {

  /** German credit, positive Bad = 0: a missed default loses the loan, a good loan earns 10 %. */
  static final CostMatrix LOANS =
      CostMatrix.binary(BinaryCosts.of("0", "-1.50", "0", "0"), 0)
          .withRates(BinaryCosts.of("0", "0", "-1", "0.1"));

  @Test
  void should_total_exactly_the_difference_of_the_two_net_benefits() {
    Loans loans = Loans.random(1, 5000);

    RowDifferences differences =
        RowDifferenceAccumulator.of(LOANS)
            .addAll(loans.truth(), loans.champion(), loans.candidate(), loans.amounts())
            .toDifferences();

    BigDecimal candidate =
        NetBenefit.of(loans.truth(), loans.candidate(), loans.amounts(), LOANS).total();
    BigDecimal champion =
        NetBenefit.of(loans.truth(), loans.champion(), loans.amounts(), LOANS).total();
    BigDecimal expected = candidate.subtract(champion);
    assertThat(differences.total()).isEqualByComparingTo(expected);
    assertThat(differences.rows()).isEqualTo(5000);
    assertThat(RowDifferenceAccumulator.of(LOANS).scale()).isEqualTo(3);
  }

  @Test
  void should_compute_the_standard_deviation_of_the_row_differences() {
    Loans loans = Loans.random(2, 3000);
    BigDecimal[] d = new BigDecimal[3000];
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < d.length; i++) {
      d[i] = value(loans, i, loans.candidate()[i]).subtract(value(loans, i, loans.champion()[i]));
      sum = sum.add(d[i]);
    }
    BigDecimal mean = sum.divide(BigDecimal.valueOf(d.length), MathContext.DECIMAL128);
    BigDecimal squares = BigDecimal.ZERO;
    for (BigDecimal x : d) {
      squares = squares.add(x.subtract(mean).pow(2));
    }
    double expected =
        Math.sqrt(squares.divide(BigDecimal.valueOf(d.length - 1), MathContext.DECIMAL128)
            .doubleValue());

    RowDifferences differences =
        RowDifferenceAccumulator.of(LOANS)
            .addAll(loans.truth(), loans.champion(), loans.candidate(), loans.amounts())
            .toDifferences();

    assertThat(differences.standardDeviation()).isCloseTo(expected, within(1e-12 * expected));
    assertThat(differences.mean()).isCloseTo(sum.doubleValue() / 3000, within(1e-9));
  }

  @Test
  void should_give_the_documented_t_interval_of_four_rows() {
    CostMatrix costs = CostMatrix.binary(BinaryCosts.of("0", "0", "-500", "100"), 1);

    // rows 0, 1, 3: a good applicant the candidate accepts (+100) and the champion declines (0);
    // row 2: a bad one the candidate accepts (-500) and the champion declines
    RowDifferences differences =
        RowDifferenceAccumulator.of(costs)
            .addAll(new int[] {0, 0, 1, 0}, new int[] {1, 1, 1, 1}, new int[] {0, 0, 0, 0},
                new long[4])
            .toDifferences();
    ConfidenceInterval interval = differences.interval(0.95);

    assertThat(differences.total()).isEqualByComparingTo("-200");
    assertThat(differences.standardDeviation()).isCloseTo(300, within(1e-12));
    assertThat(interval.lower()).isCloseTo(-2109.47, within(0.005));
    assertThat(interval.upper()).isCloseTo(1709.47, within(0.005));
    assertThat(interval.method()).isEqualTo(IntervalMethod.STUDENT_T);
  }

  @Test
  void should_merge_partitions_and_rows_added_one_by_one_into_the_whole() {
    Loans loans = Loans.random(3, 1000);
    RowDifferenceAccumulator whole = RowDifferenceAccumulator.of(LOANS)
        .addAll(loans.truth(), loans.champion(), loans.candidate(), loans.amounts());
    RowDifferenceAccumulator odd = RowDifferenceAccumulator.of(LOANS);
    RowDifferenceAccumulator even = RowDifferenceAccumulator.of(LOANS);

    for (int i = 0; i < 1000; i++) {
      (i % 2 == 0 ? even : odd)
          .add(loans.truth()[i], loans.champion()[i], loans.candidate()[i], loans.amounts()[i]);
    }

    assertThat(odd.merge(even).toDifferences()).isEqualTo(whole.toDifferences());
  }

  @Test
  void should_give_identical_models_a_total_of_zero_and_an_interval_of_zero_width() {
    Loans loans = Loans.random(4, 500);

    RowDifferences differences =
        RowDifferenceAccumulator.of(LOANS)
            .addAll(loans.truth(), loans.champion(), loans.champion(), loans.amounts())
            .toDifferences();
    ConfidenceInterval interval = differences.interval(0.95);

    assertThat(differences.total()).isEqualByComparingTo("0");
    assertThat(interval.lower()).isZero();
    assertThat(interval.upper()).isZero();
  }

  private static BigDecimal value(Loans loans, int i, int predicted) {
    int t = loans.truth()[i];
    BigDecimal amount = BigDecimal.valueOf(loans.amounts()[i], 2);
    return LOANS.value(t, predicted).add(LOANS.rate(t, predicted).multiply(amount));
  }

  /** Seeded loan applications: truth, two models' decisions and the amounts in cents. */
  record Loans(int[] truth, int[] champion, int[] candidate, long[] amounts) {

    static Loans random(long seed, int rows) {
      SplittableRandom random = new SplittableRandom(seed);
      int[] truth = new int[rows];
      int[] champion = new int[rows];
      int[] candidate = new int[rows];
      long[] amounts = new long[rows];
      for (int i = 0; i < rows; i++) {
        truth[i] = random.nextDouble() < 0.3 ? 0 : 1;
        champion[i] = random.nextDouble() < 0.75 ? truth[i] : 1 - truth[i];
        candidate[i] = random.nextDouble() < 0.78 ? truth[i] : 1 - truth[i];
        amounts[i] = (long) Math.exp(random.nextGaussian() * 0.8 + 8) * 100 + random.nextInt(100);
      }
      return new Loans(truth, champion, candidate, amounts);
    }
  }
}
