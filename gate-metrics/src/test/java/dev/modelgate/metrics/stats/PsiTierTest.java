package dev.modelgate.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PsiTierTest {

  @Test
  void should_read_a_psi_below_one_tenth_as_stable() {
    assertThat(PsiTier.of(0.0)).isEqualTo(PsiTier.STABLE);
    assertThat(PsiTier.of(0.0999)).isEqualTo(PsiTier.STABLE);
  }

  @Test
  void should_send_a_psi_on_a_boundary_to_the_worse_tier() {
    assertThat(PsiTier.of(PsiTier.MODERATE)).isEqualTo(PsiTier.MODERATE_SHIFT);
    assertThat(PsiTier.of(PsiTier.SIGNIFICANT)).isEqualTo(PsiTier.SIGNIFICANT_SHIFT);
  }

  @Test
  void should_read_a_psi_between_the_boundaries_as_a_moderate_shift() {
    assertThat(PsiTier.of(0.2499)).isEqualTo(PsiTier.MODERATE_SHIFT);
    assertThat(PsiTier.of(3.5)).isEqualTo(PsiTier.SIGNIFICANT_SHIFT);
  }

  @Test
  void should_describe_each_tier_with_its_range() {
    assertThat(PsiTier.STABLE.describe()).isEqualTo("stable (PSI < 0.1)");
    assertThat(PsiTier.MODERATE_SHIFT.describe())
        .isEqualTo("moderate shift (0.1 <= PSI < 0.25)");
    assertThat(PsiTier.SIGNIFICANT_SHIFT.describe())
        .isEqualTo("significant shift (PSI >= 0.25)");
  }
}
