package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.report.Reports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The canary verdict as a report: pinned by a golden file, and each window as one line of JSON. */
class CanaryReportTest {

  private static CanaryVerdict rolledBack() {
    TestClock clock = new TestClock();
    return CanaryAnalysis.builder()
        .gate(ScriptedMetrics.gate().windowsPerStep(2).build())
        .model("credit-risk", "2", "1")
        .router(LocalTrafficRouter.counting("credit-risk"))
        .metrics(ScriptedMetrics.of(WindowOutcome.PASS, WindowOutcome.INCONCLUSIVE, WindowOutcome.FAIL,
            WindowOutcome.FAIL))
        .clock(clock)
        .waiter(clock.waiter())
        .libraryVersion("1.2.3-test")
        .build()
        .run();
  }

  @Test
  void should_write_a_canary_report_as_its_golden_file() throws IOException {
    String json = Reports.toJson(rolledBack());

    Path actual = Path.of("target", "canary-rollback.json");
    Files.writeString(actual, json);
    try (InputStream golden = CanaryReportTest.class.getResourceAsStream("/reports/canary-rollback.json")) {
      assertThat(golden).as("golden file reports/canary-rollback.json; the output is in " + actual).isNotNull();
      assertThat(json).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void should_write_a_window_as_one_line_of_json() {
    WindowResult window = rolledBack().windows().get(2);

    assertThat(Reports.toJsonLine(window)).isEqualTo("{\"index\":3,\"start\":\"2025-03-01T10:02:00Z\","
        + "\"end\":\"2025-03-01T10:03:00Z\",\"step\":1,\"canaryPercent\":20,\"outcome\":\"FAIL\","
        + "\"reasons\":[\"canary error rate 0.5000 (500 of 1000) is above 0.05\"],\"counts\":{\"championRequests\":1000,"
        + "\"championErrors\":5,\"canaryRequests\":1000,\"canaryErrors\":500},\"missing\":null,\"checks\":[{\"kind\":"
        + "\"MAX_ERROR_RATE\",\"percentile\":null,\"outcome\":\"FAIL\",\"observed\":0.5000,\"bound\":0.05,\"champion\":"
        + "null,\"pValue\":null,\"warning\":false,\"reason\":\"canary error rate 0.5000 (500 of 1000) is above 0.05\"}]}");
  }

  @Test
  void should_write_the_verdict_on_one_line_too() {
    String line = Reports.toJsonLine(rolledBack());

    assertThat(line).doesNotContain("\n").startsWith("{\"decision\":\"ROLLBACK\",\"state\":\"ROLLED_BACK\","
        + "\"dryRun\":false,\"summary\":\"rolled back\"");
  }
}
