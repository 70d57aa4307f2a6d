package dev.modelgate.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of net benefit: linear in the cost matrix, blind to row order, exact under merging. */
class NetBenefitProperties {

  /** Rows over K classes with two cost matrices (values and rates) and two scalars. */
  record Case(
      int k,
      int[] truth,
      int[] predicted,
      long[] amounts,
      CostMatrix c1,
      CostMatrix c2,
      BigDecimal a,
      BigDecimal b,
      long seed) {}

  @Provide
  Arbitrary<Case> cases() {
    return Arbitraries.integers().between(1, 4).flatMap(k -> Arbitraries.integers().between(1, 60)
        .flatMap(n -> {
          Arbitrary<int[]> classes = Arbitraries.integers().between(0, k - 1).array(int[].class).ofSize(n);
          Arbitrary<long[]> amounts =
              Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L)
                  .array(long[].class).ofSize(n);
          return Combinators.combine(
                  classes, classes, amounts, costs(k), costs(k), decimal(), decimal(),
                  Arbitraries.longs())
              .as((t, p, a, c1, c2, x, y, seed) -> new Case(k, t, p, a, c1, c2, x, y, seed));
        }));
  }

  private static Arbitrary<BigDecimal> decimal() {
    return Combinators.combine(
            Arbitraries.longs().between(-10_000_000, 10_000_000), Arbitraries.integers().between(0, 4))
        .as(BigDecimal::valueOf);
  }

  private static Arbitrary<CostMatrix> costs(int k) {
    Arbitrary<BigDecimal[][]> matrix =
        decimal().array(BigDecimal[].class).ofSize(k).array(BigDecimal[][].class).ofSize(k);
    return Combinators.combine(matrix, matrix).as((v, r) -> CostMatrix.of(v).withRates(r));
  }

  private static NetBenefit nb(Case c, CostMatrix costs) {
    return NetBenefit.of(c.truth(), c.predicted(), c.amounts(), costs);
  }

  private static CostMatrix combine(BigDecimal a, CostMatrix c1, BigDecimal b, CostMatrix c2) {
    int k = c1.classes();
    BigDecimal[][] values = new BigDecimal[k][k];
    BigDecimal[][] rates = new BigDecimal[k][k];
    for (int t = 0; t < k; t++) {
      for (int p = 0; p < k; p++) {
        values[t][p] = a.multiply(c1.value(t, p)).add(b.multiply(c2.value(t, p)));
        rates[t][p] = a.multiply(c1.rate(t, p)).add(b.multiply(c2.rate(t, p)));
      }
    }
    return CostMatrix.of(values).withRates(rates);
  }

  private static NetBenefitAccumulator part(Case c, int from, int to) {
    return NetBenefitAccumulator.of(c.k()).addAll(c.truth(), c.predicted(), c.amounts(), from, to);
  }

  @Property(seed = "42", tries = 300)
  void should_be_exactly_linear_in_the_cost_matrix(@ForAll("cases") Case c) {
    NetBenefit combined = nb(c, combine(c.a(), c.c1(), c.b(), c.c2()));
    NetBenefit first = nb(c, c.c1());
    NetBenefit second = nb(c, c.c2());

    assertThat(combined.total())
        .isEqualByComparingTo(c.a().multiply(first.total()).add(c.b().multiply(second.total())));
    for (int i = 0; i < combined.cells().size(); i++) {
      assertThat(combined.cells().get(i).contribution()).isEqualByComparingTo(
          c.a().multiply(first.cells().get(i).contribution())
              .add(c.b().multiply(second.cells().get(i).contribution())));
    }
  }

  @Property(seed = "42", tries = 300)
  void should_not_depend_on_the_order_of_rows(@ForAll("cases") Case c) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < c.truth().length; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(c.seed()));
    int n = order.size();
    int[] truth = new int[n];
    int[] predicted = new int[n];
    long[] amounts = new long[n];
    for (int i = 0; i < n; i++) {
      truth[i] = c.truth()[order.get(i)];
      predicted[i] = c.predicted()[order.get(i)];
      amounts[i] = c.amounts()[order.get(i)];
    }

    assertThat(NetBenefit.of(truth, predicted, amounts, c.c1())).isEqualTo(nb(c, c.c1()));
  }

  @Property(seed = "42", tries = 300)
  void should_merge_associatively_and_commutatively_into_the_whole(@ForAll("cases") Case c) {
    int n = c.truth().length;
    Random random = new Random(c.seed());
    int i = random.nextInt(n + 1);
    int j = i + random.nextInt(n - i + 1);
    NetBenefit whole = nb(c, c.c1());

    NetBenefit leftFirst = part(c, 0, i).merge(part(c, i, j)).merge(part(c, j, n)).netBenefit(c.c1());
    NetBenefit rightFirst = part(c, 0, i).merge(part(c, i, j).merge(part(c, j, n))).netBenefit(c.c1());
    NetBenefit swapped = part(c, j, n).merge(part(c, i, j)).merge(part(c, 0, i)).netBenefit(c.c1());

    assertThat(leftFirst).isEqualTo(whole);
    assertThat(rightFirst).isEqualTo(whole);
    assertThat(swapped).isEqualTo(whole);
  }

  @Property(seed = "42", tries = 300)
  void should_give_the_same_result_row_by_row_and_in_chunks(@ForAll("cases") Case c) {
    NetBenefitAccumulator rowByRow = NetBenefitAccumulator.of(c.k());
    for (int i = 0; i < c.truth().length; i++) {
      rowByRow.add(c.truth()[i], c.predicted()[i], c.amounts()[i]);
    }
    int cut = new Random(c.seed()).nextInt(c.truth().length + 1);
    NetBenefitAccumulator chunks =
        part(c, 0, cut).addAll(c.truth(), c.predicted(), c.amounts(), cut, c.truth().length);

    assertThat(rowByRow.netBenefit(c.c1())).isEqualTo(nb(c, c.c1()));
    assertThat(chunks.netBenefit(c.c1())).isEqualTo(nb(c, c.c1()));
  }

  @Property(seed = "42", tries = 300)
  void should_agree_with_the_confusion_matrix_when_there_are_no_rates(@ForAll("cases") Case c) {
    CostMatrix fixed = withoutRates(c.c1());
    ConfusionMatrix cm = ConfusionMatrix.of(LabelDictionary.indices(c.k()), c.truth(), c.predicted());

    long[] noAmounts = new long[c.truth().length];

    assertThat(NetBenefit.of(cm, fixed))
        .isEqualTo(NetBenefit.of(c.truth(), c.predicted(), noAmounts, fixed));
  }

  @Property(seed = "42", tries = 300)
  void should_scale_to_its_own_test_set_size_as_the_total_rounded_to_cents(@ForAll("cases") Case c) {
    NetBenefit nb = nb(c, c.c1());

    assertThat(nb.scaledTo(ProductionVolume.perMonth(c.truth().length)))
        .isEqualTo(nb.total().setScale(2, RoundingMode.HALF_EVEN));
  }

  private static CostMatrix withoutRates(CostMatrix costs) {
    int k = costs.classes();
    BigDecimal[][] values = new BigDecimal[k][k];
    for (int t = 0; t < k; t++) {
      for (int p = 0; p < k; p++) {
        values[t][p] = costs.value(t, p);
      }
    }
    return CostMatrix.of(values);
  }
}
