package dev.modelgate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.RunOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Keeps the example of {@code docs/report-format.md} the golden report it claims to be. */
class ReportFormatDocTest {

  private static final String EXAMPLE_HEADING = "## Example: a rejected candidate";

  @Test
  void should_show_the_golden_report_of_a_rejected_candidate_as_its_example() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "report-format.md"), StandardCharsets.UTF_8);
    String afterHeading = doc.substring(doc.indexOf(EXAMPLE_HEADING));
    int start = afterHeading.indexOf("```json\n") + "```json\n".length();
    String example = afterHeading.substring(start, afterHeading.indexOf("```\n", start));

    try (InputStream in = ReportFormatDocTest.class.getResourceAsStream("/reports/run-reject.json")) {
      assertThat(example).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    GateRunReport report = Reports.readRun(example);
    assertThat(report.outcome()).isEqualTo(RunOutcome.REJECTED);
    assertThat(report.registryActions()).isEmpty();
  }
}
