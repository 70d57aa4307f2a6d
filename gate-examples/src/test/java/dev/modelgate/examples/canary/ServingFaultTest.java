package dev.modelgate.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServingFaultTest {

  @Test
  void should_describe_each_fault_in_a_few_words() {
    assertThat(ServingFault.none().describe()).isEqualTo("none");
    assertThat(ServingFault.failing(0.10).describe()).isEqualTo("fails 10% of requests with HTTP 500");
    assertThat(ServingFault.slower(0.10, 3).describe()).isEqualTo("10% of requests take 3.0 times as long");
    assertThat(ServingFault.skewed("Age", 12).describe()).isEqualTo("multiplies Age by 12");
  }

  @Test
  void should_refuse_a_share_outside_its_range() {
    assertThatThrownBy(() -> ServingFault.failing(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("errorShare = 1.0 must be in [0, 1) and slowShare = 0.0 in [0, 1]");
  }

  @Test
  void should_refuse_a_slow_factor_below_one() {
    assertThatThrownBy(() -> ServingFault.slower(0.1, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slowFactor = 0.5 is not a finite factor of at least 1");
  }

  @Test
  void should_refuse_a_skew_factor_without_a_feature() {
    assertThatThrownBy(() -> new ServingFault(0, 0, 1, null, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("skewFactor = 2.0 must be finite, and 1 without a skewed feature");
  }
}
