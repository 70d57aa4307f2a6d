package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CanaryStateTransitionTest {

  @Test
  void should_allow_exactly_the_moves_of_the_table() {
    assertThat(CanaryStateTransition.values())
        .extracting(t -> t.from() + " → " + t.to())
        .containsExactly(
            "PENDING → RUNNING", "PENDING → ROLLED_BACK", "PENDING → ROLLBACK_FAILED", "RUNNING → RUNNING",
            "RUNNING → PROMOTED", "RUNNING → ROLLED_BACK", "RUNNING → HELD", "RUNNING → ROLLBACK_FAILED");
  }

  @ParameterizedTest
  @EnumSource(value = CanaryState.class, names = {"PROMOTED", "ROLLED_BACK", "HELD", "ROLLBACK_FAILED"})
  void should_never_leave_a_terminal_state(CanaryState terminal) {
    for (CanaryState to : CanaryState.values()) {
      assertThat(CanaryStateTransition.isLegal(terminal, to)).as("%s → %s", terminal, to).isFalse();
      assertThatThrownBy(() -> CanaryStateTransition.between(terminal, to))
          .isInstanceOf(IllegalStateTransitionException.class)
          .hasMessage("illegal canary state transition " + terminal + " → " + to);
    }
    assertThat(terminal.terminal()).isTrue();
  }

  @Test
  void should_never_promote_or_hold_without_running() {
    assertThatThrownBy(() -> CanaryStateTransition.between(CanaryState.PENDING, CanaryState.PROMOTED))
        .isInstanceOf(IllegalStateTransitionException.class)
        .satisfies(e -> {
          IllegalStateTransitionException illegal = (IllegalStateTransitionException) e;
          assertThat(illegal.from()).isEqualTo(CanaryState.PENDING);
          assertThat(illegal.to()).isEqualTo(CanaryState.PROMOTED);
        });
    assertThat(CanaryStateTransition.isLegal(CanaryState.PENDING, CanaryState.HELD)).isFalse();
    assertThat(CanaryStateTransition.isLegal(CanaryState.RUNNING, CanaryState.PENDING)).isFalse();
  }

  @Test
  void should_refuse_to_record_an_illegal_transition() {
    assertThatThrownBy(() -> new CanaryTransition(
            CanaryState.ROLLED_BACK, CanaryState.PROMOTED, 1, 100, Instant.EPOCH, "why", List.of()))
        .isInstanceOf(IllegalStateTransitionException.class)
        .hasMessage("illegal canary state transition ROLLED_BACK → PROMOTED");
  }
}
