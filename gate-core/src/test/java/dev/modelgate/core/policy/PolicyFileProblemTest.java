package dev.modelgate.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyFileProblemTest {

  @Test
  void should_read_like_a_compiler_message_with_the_path_when_there_is_one() {
    PolicyFileProblem field = new PolicyFileProblem("policy.yaml", 7, 9, "costs.perRows", "must be at least 1, got 0");
    PolicyFileProblem file = new PolicyFileProblem("policy.yaml", 1, 1, "", "the file is empty");

    assertThat(field).hasToString("policy.yaml:7:9: costs.perRows: must be at least 1, got 0");
    assertThat(file).hasToString("policy.yaml:1:1: the file is empty");
  }

  @Test
  void should_refuse_a_position_before_the_first_line_or_column() {
    assertThatThrownBy(() -> new PolicyFileProblem("policy.yaml", 0, 3, "", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 0 and column 3 must both be at least 1");
    assertThatThrownBy(() -> new PolicyFileProblem("policy.yaml", 2, 0, "", "x"))
        .hasMessage("line 2 and column 0 must both be at least 1");
  }

  @Test
  void should_need_a_problem_and_keep_its_own_copy_of_them() {
    List<PolicyFileProblem> problems = new ArrayList<>();
    problems.add(new PolicyFileProblem("p.yaml", 1, 1, "", "the file is empty"));

    PolicyFileException e = new PolicyFileException("p.yaml", problems);
    problems.clear();

    assertThat(e.problems()).hasSize(1);
    assertThatThrownBy(() -> e.problems().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> new PolicyFileException("p.yaml", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a policy file exception needs at least one problem");
  }
}
