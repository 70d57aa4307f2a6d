package dev.modelgate.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.canary.CanaryDecision;
import dev.modelgate.core.canary.CanaryState;
import dev.modelgate.examples.canary.CanaryRun;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path directory;

  @Test
  void should_tell_the_four_layers_in_one_run_on_an_empty_registry() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Demo.Result result = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK, directory);

    assertThat(result.reports()).extracting(GateRunReport::outcome)
        .containsExactly(RunOutcome.PROMOTED, RunOutcome.REJECTED, RunOutcome.HELD, RunOutcome.PROMOTED);
    assertThat(result.canaries()).extracting(r -> r.scenario().id(), r -> r.verdict().decision(),
            r -> r.verdict().state(), r -> r.verdict().windows().size(), CanaryRun::requests)
        .containsExactly(
            tuple("error-spike", CanaryDecision.ROLLBACK, CanaryState.ROLLED_BACK, 2, 1200L),
            tuple("healthy", CanaryDecision.PROMOTE, CanaryState.PROMOTED, 5, 3000L));
    assertThat(result.canaries()).allSatisfy(run -> assertThat(run.verdict().model().candidateVersion()).isEqualTo("3"));
    String out = bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    assertThat(out)
        .contains("sha256:db5080882dbc806ce9a37fa366138ff6bdbd083d5d3d2018d00f924f483d7e7d")
        .contains("FAIL net_benefit -2800000.00 is not greater than 40000")
        .contains("registry untouched")
        .contains("FAIL candidate net_benefit 60000.00 is worse than champion 320000.00")
        .contains("pass candidate net_benefit 500000.00 is better than champion 320000.00")
        .contains("Layer 4, the canary: version 3 (challenger-better) goes live beside version 1 (champion)")
        .contains("== deploy 1 of version 3, error-spike: its server answers 10% of requests with HTTP 500")
        .contains("  before: version 1 serves all traffic, @champion = 3")
        .contains("canary error rate 0.1000 (12 of 120) is above 0.05")
        .contains("RUNNING -> ROLLED_BACK: 2 failed windows reached the failure limit of 2 (cumulative)")
        .contains("  @champion 3 -> 1 by demo-canary (compare-and-set): the registry names the serving version again")
        .contains("== deploy 2 of version 3, the server fixed, healthy: served as it should be")
        .contains("  before: version 1 serves all traffic, @champion = 1")
        .contains("RUNNING -> PROMOTED: 5 windows passed at 20%, the last step: the canary was promoted to 100% of"
            + " the traffic")
        .contains("  @champion 1 -> 3 by demo-canary, the canary's compare-and-set: version 3 serves all traffic")
        .contains("Registry: german-credit @champion = 3, @candidate = 3")
        .contains("@champion 1 -> 3 by demo\n")
        .contains("Audit log audit.jsonl: 8 entries, hash chain intact");
  }

  @Test
  void should_be_safe_to_run_twice_and_show_the_history() {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Demo.run(quiet, CLOCK, directory);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Demo.Result second = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK, directory);

    // the first model of the second run is compared with the better champion of the first run
    assertThat(second.reports()).extracting(GateRunReport::outcome)
        .containsExactly(RunOutcome.HELD, RunOutcome.REJECTED, RunOutcome.HELD, RunOutcome.HELD);
    assertThat(second.canaries()).isEmpty();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("The registry already holds 3 version(s) of german-credit from earlier runs; @champion is 3.")
        .contains("Layer 4, the canary: layer 2 promoted no candidate over a serving champion in this run, so"
            + " nothing goes live and no canary runs; version 3 keeps serving.")
        .contains("Registry: german-credit @champion = 3, @candidate = 6")
        .contains("Audit log audit.jsonl: 12 entries, hash chain intact");
  }
}
