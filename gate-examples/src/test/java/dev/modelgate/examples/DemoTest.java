package dev.modelgate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.RunOutcome;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoTest {

  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path directory;

  @Test
  void should_tell_the_three_outcomes_in_one_run_on_an_empty_registry() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    List<GateRunReport> reports = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK, directory);

    assertThat(reports).extracting(GateRunReport::outcome)
        .containsExactly(RunOutcome.PROMOTED, RunOutcome.REJECTED, RunOutcome.HELD, RunOutcome.PROMOTED);
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("sha256:db5080882dbc806ce9a37fa366138ff6bdbd083d5d3d2018d00f924f483d7e7d")
        .contains("FAIL net_benefit -2800000.00 is not greater than 40000")
        .contains("registry untouched")
        .contains("FAIL candidate net_benefit 60000.00 is worse than champion 320000.00")
        .contains("pass candidate net_benefit 500000.00 is better than champion 320000.00")
        .contains("Registry: german-credit @champion = 3, @candidate = 3")
        .contains("Audit log audit.jsonl: 4 entries, hash chain intact");
  }

  @Test
  void should_be_safe_to_run_twice_and_show_the_history() {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Demo.run(quiet, CLOCK, directory);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    List<GateRunReport> second = Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), CLOCK, directory);

    // the first model of the second run is compared with the better champion of the first run
    assertThat(second).extracting(GateRunReport::outcome)
        .containsExactly(RunOutcome.HELD, RunOutcome.REJECTED, RunOutcome.HELD, RunOutcome.HELD);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("The registry already holds 3 version(s) of german-credit from earlier runs; @champion is 3.")
        .contains("Registry: german-credit @champion = 3, @candidate = 6")
        .contains("Audit log audit.jsonl: 8 entries, hash chain intact");
  }
}
