package dev.modelgate.core.run;

import static dev.modelgate.core.run.RunFixtures.evaluation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.Candidate;
import dev.modelgate.core.GateRun;
import dev.modelgate.core.GateRunBuilder;
import dev.modelgate.core.RunRequest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunRequestTest {

  @Test
  void should_name_every_missing_part_of_a_request() {
    assertThatThrownBy(() -> RunRequest.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot build the run request: candidate is missing; source is missing");
  }

  @Test
  void should_report_every_invalid_part_of_a_request_at_once() {
    Candidate registered = new Candidate("credit risk", "3", evaluation("45000.00", "0.30"));

    assertThatThrownBy(() -> new RunRequest(
            registered, URI.create("s3://m"), " ", "", Map.of("modelgate.outcome", "PROMOTED"), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid run request: candidate already has version 3: a gate run registers the candidate"
            + " itself; model name \"credit risk\" may only contain letters, digits, '.', '_' and '-', start with"
            + " a letter or digit and not end with '.'; run id must not be blank; tag modelgate.outcome is"
            + " reserved: tags starting with modelgate. record the gate's decisions");
  }

  @Test
  void should_refuse_a_source_that_is_not_a_uri() {
    assertThatThrownBy(() -> RunRequest.builder().source("s3://models/credit risk"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source \"s3://models/credit risk\" is not a URI: Illegal character in path");
  }

  @Test
  void should_keep_the_tags_sorted_and_unmodifiable() {
    RunRequest request =
        RunRequest.builder()
            .candidate(Candidate.of("credit-risk", evaluation("45000.00", "0.30")))
            .source("s3://m")
            .tag("team", "risk")
            .tag("owner", "ana")
            .build();

    assertThat(request.tags().keySet()).containsExactly("owner", "team");
    assertThat(request.model()).isEqualTo("credit-risk");
    assertThatThrownBy(() -> request.tags().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void should_name_every_missing_part_of_a_gate_run() {
    assertThatThrownBy(() -> GateRun.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot build the gate run: gate is missing; registry is missing");
  }

  @Test
  void should_refuse_an_actor_the_registry_would_refuse() {
    GateRunBuilder builder = GateRun.builder();

    assertThatThrownBy(() -> builder.actor(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor must not be blank: say who makes the change");
  }
}
