package dev.modelgate.examples.training;

import static dev.modelgate.examples.training.GermanCreditModel.CHALLENGER_BETTER;
import static dev.modelgate.examples.training.GermanCreditModel.CHALLENGER_F1_UP_MONEY_DOWN;
import static dev.modelgate.examples.training.GermanCreditModel.CHAMPION;
import static dev.modelgate.examples.training.GermanCreditModel.WEAK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The example's story on the 200 test rows: the numbers that its README and reports quote. */
class GermanCreditStoryTest {

  @ParameterizedTest(name = "{0}: TP {1}, FP {2}, FN {3}, TN {4}, F1 {5}, net benefit {6}")
  @CsvSource({
    "CHAMPION,                    48, 64, 12,  76, 0.5581,   1600",
    "CHALLENGER_BETTER,           47, 50, 13,  90, 0.5987,   2500",
    "CHALLENGER_F1_UP_MONEY_DOWN, 38, 27, 22, 113, 0.6080,    300",
    "WEAK,                         4,  0, 56, 140, 0.1250, -14000"
  })
  void should_give_the_numbers_in_the_models_javadoc(
      GermanCreditModel model, long tp, long fp, long fn, long tn, double f1, long netBenefit) {
    Outcome outcome = Trained.outcome(model);

    assertThat(outcome).isEqualTo(new Outcome(tp, fp, fn, tn));
    assertThat(outcome.f1()).isCloseTo(f1, within(0.00005));
    assertThat(outcome.netBenefit()).isEqualTo(netBenefit);
  }

  @Test
  void should_make_the_better_challenger_earn_more_than_the_champion() {
    assertThat(Trained.outcome(CHALLENGER_BETTER).netBenefit())
        .isGreaterThan(Trained.outcome(CHAMPION).netBenefit());
  }

  @Test
  void should_raise_f1_but_lower_net_benefit_with_the_f1_challenger() {
    Outcome champion = Trained.outcome(CHAMPION);
    Outcome challenger = Trained.outcome(CHALLENGER_F1_UP_MONEY_DOWN);

    assertThat(challenger.f1()).isGreaterThanOrEqualTo(champion.f1());
    assertThat(challenger.netBenefit()).isLessThan(champion.netBenefit());
  }

  @Test
  void should_let_all_but_the_weak_model_clear_net_benefit_above_0_and_f1_above_0_2() {
    for (GermanCreditModel model : new GermanCreditModel[] {
        CHAMPION, CHALLENGER_BETTER, CHALLENGER_F1_UP_MONEY_DOWN}) {
      assertThat(Trained.outcome(model).netBenefit()).as(model.id()).isPositive();
      assertThat(Trained.outcome(model).f1()).as(model.id()).isGreaterThan(0.2);
    }
  }

  @Test
  void should_leave_the_weak_model_below_both_parts_of_that_bar() {
    Outcome weak = Trained.outcome(WEAK);

    assertThat(weak.netBenefit()).isNegative();
    assertThat(weak.f1()).isLessThan(0.2);
  }
}
