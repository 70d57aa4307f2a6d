package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.cost.BinaryCosts;
import org.junit.jupiter.api.Test;

class CostTextTest {

  @Test
  void should_read_the_four_outcomes_in_any_order_and_case() {
    assertThat(CostText.parse("TN=100, fn=-500,fp=0,tp=0", true))
        .isEqualTo(BinaryCosts.of("0", "0", "-500", "100"));
  }

  @Test
  void should_take_a_missing_outcome_as_zero_when_not_all_are_required() {
    assertThat(CostText.parse("fn=-1,tn=0.1", false))
        .isEqualTo(BinaryCosts.of("0", "0", "-1", "0.1"));
  }

  @Test
  void should_report_every_problem_at_once() {
    assertThatThrownBy(() -> CostText.parse("tp=0,fp=x,fp=1,xx=2,oops", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "fp = \"x\" is not a decimal number; fp is given twice; \"xx\" is not one of tp, fp,"
                + " fn, tn; \"oops\" is not outcome=value; fn is missing; tn is missing");
  }
}
