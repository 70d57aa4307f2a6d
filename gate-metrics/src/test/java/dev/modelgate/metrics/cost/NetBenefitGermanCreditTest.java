package dev.modelgate.metrics.cost;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

/**
 * The German credit story on the 200-row test set of the shared datasets README (test = row_id % 5
 * == 0, plain logistic regression), with labels sorted as {@code [Bad, Good]} and positive {@code
 * Bad} at index 0.
 */
class NetBenefitGermanCreditTest {

  private static final JsonNode FIXTURE = CostFixtures.read("cost-german-credit.json");
  private static final LabelDictionary LABELS = LabelDictionary.of("Bad", "Good");
  private static final int[] TRUTH = CostFixtures.ints(FIXTURE.get("truth"));
  private static final CostMatrix DOLLARS =
      CostMatrix.binary(CostFixtures.binary(FIXTURE.get("fixed_costs_usd")), LABELS, "Bad");

  private static JsonNode rule(int i) {
    return FIXTURE.get("rules").get(i);
  }

  private static ConfusionMatrix matrix(JsonNode rule) {
    return ConfusionMatrix.of(LABELS, TRUTH, CostFixtures.ints(rule.get("predicted")));
  }

  @Test
  void should_reproduce_the_reference_table_of_the_datasets_readme() {
    ConfusionMatrix atHalf = matrix(rule(0));
    ConfusionMatrix atSixth = matrix(rule(1));

    assertThat(new double[] {atHalf.truePositives(0), atHalf.falsePositives(0),
        atHalf.falseNegatives(0), atHalf.trueNegatives(0)}).containsExactly(31, 17, 33, 119);
    assertThat(new double[] {atSixth.truePositives(0), atSixth.falsePositives(0),
        atSixth.falseNegatives(0), atSixth.trueNegatives(0)}).containsExactly(52, 66, 12, 70);
    assertThat(NetBenefit.of(atHalf, DOLLARS).total()).isEqualByComparingTo("-4600");
    assertThat(NetBenefit.of(atSixth, DOLLARS).total()).isEqualByComparingTo("1000");
  }

  @Test
  void should_match_the_oracle_for_fixed_and_statlog_costs() {
    CostMatrix statlog =
        CostMatrix.binary(CostFixtures.binary(FIXTURE.get("statlog_costs")), LABELS, "Bad");
    for (JsonNode rule : FIXTURE.get("rules")) {
      ConfusionMatrix cm = matrix(rule);

      assertThat(NetBenefit.of(cm, DOLLARS).total())
          .isEqualByComparingTo(rule.get("net_benefit_usd").asText());
      assertThat(NetBenefit.of(cm, statlog).total())
          .isEqualByComparingTo(rule.get("statlog_cost").asText());
    }
  }

  @Test
  void should_scale_to_a_month_of_ten_thousand_applications() {
    ProductionVolume month = ProductionVolume.perMonth(10_000);

    assertThat(NetBenefit.of(matrix(rule(1)), DOLLARS).scaledTo(month)).isEqualTo("50000.00");
    assertThat(NetBenefit.of(matrix(rule(0)), DOLLARS).scaledTo(month)).isEqualTo("-230000.00");
  }

  @Test
  void should_tell_the_money_losing_rule_from_the_money_making_one_although_f1_is_close() {
    NetBenefit atHalf = NetBenefit.of(matrix(rule(0)), DOLLARS);
    NetBenefit atSixth = NetBenefit.of(matrix(rule(1)), DOLLARS);

    assertThat(atSixth.isGreaterThan(atHalf)).isTrue();
    assertThat(atHalf.isGreaterThan(atSixth)).isFalse();
    assertThat(atSixth.isGreaterThan(BigDecimal.ZERO)).isTrue();
    assertThat(atHalf.isGreaterThan(BigDecimal.ZERO)).isFalse();
  }

  @Test
  void should_explain_the_money_cell_by_cell() {
    NetBenefit nb = NetBenefit.of(matrix(rule(1)), DOLLARS);

    assertThat(nb.cell(0, 1)).isEqualTo(new CellContribution(0, 1, new BigDecimal(12),
        BigDecimal.ZERO, new BigDecimal(-6000)));
    assertThat(nb.cell(1, 1)).isEqualTo(new CellContribution(1, 1, new BigDecimal(70),
        BigDecimal.ZERO, new BigDecimal(7000)));
    assertThat(nb.cells()).extracting(CellContribution::contribution)
        .map(BigDecimal::intValueExact).containsExactly(0, -6000, 0, 7000);
  }

  @Test
  void should_value_each_loan_by_its_amount_as_the_oracle_does() {
    CostMatrix perLoan =
        CostMatrix.binary(BinaryCosts.of("0", "0", "0", "0"), LABELS, "Bad")
            .withRates(CostFixtures.binary(FIXTURE.get("per_amount_rates_dem")))
            .withCurrency("DEM");
    long[] pfennig =
        Amounts.parse(Currency.getInstance("DEM"), CostFixtures.texts(FIXTURE.get("amount_dem")));
    for (JsonNode rule : FIXTURE.get("rules")) {
      NetBenefit nb =
          NetBenefit.of(TRUTH, CostFixtures.ints(rule.get("predicted")), pfennig, perLoan);

      assertThat(nb.total()).isEqualByComparingTo(rule.get("per_amount_dem").asText());
      assertThat(nb.scaledTo(ProductionVolume.perMonth(10_000)))
          .isEqualTo(rule.get("per_amount_dem_per_month_10000").asText());
      assertThat(nb.cells())
          .containsExactlyElementsOf(CostFixtures.cells(rule.get("per_amount_cells")));
    }
  }
}
