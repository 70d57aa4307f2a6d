package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.core.audit.AuditEntry;
import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.audit.AuditVerification;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every transition goes to the audit log with the windows that were its evidence. */
class CanaryAuditTest {

  @TempDir Path dir;

  @Test
  void should_append_every_transition_with_its_evidence_windows() throws Exception {
    TestClock clock = new TestClock();
    AuditLog log = AuditLog.open(dir.resolve("audit.jsonl"), clock);
    LocalTrafficRouter router = LocalTrafficRouter.counting("credit-risk");

    CanaryVerdict verdict = CanaryAnalysis.builder()
        .gate(ScriptedMetrics.gate().build())
        .model("credit-risk", "2", "1")
        .router(router)
        .metrics(ScriptedMetrics.of(WindowOutcome.PASS, WindowOutcome.FAIL, WindowOutcome.FAIL))
        .clock(clock)
        .waiter(clock.waiter())
        .auditLog(log)
        .build()
        .run();

    List<AuditEntry> entries = log.entries();
    assertThat(log.verify()).isInstanceOf(AuditVerification.Intact.class);
    assertThat(entries).extracting(AuditEntry::type).containsExactly("canary.transition", "canary.transition");
    JsonNode rollback = new ObjectMapper().readTree(entries.get(1).payloadJson());
    assertThat(rollback.path("from").asText()).isEqualTo("RUNNING");
    assertThat(rollback.path("to").asText()).isEqualTo("ROLLED_BACK");
    assertThat(rollback.path("reason").asText()).isEqualTo(verdict.reasons().get(0));
    assertThat(rollback.path("model").path("candidateVersion").asText()).isEqualTo("2");
    assertThat(rollback.path("windows").toString()).isEqualTo("[2,3]");
    assertThat(rollback.path("evidence")).hasSize(2);
    JsonNode failed = rollback.path("evidence").get(0);
    assertThat(failed.path("outcome").asText()).isEqualTo("FAIL");
    assertThat(failed.path("reasons").get(0).asText()).isEqualTo("canary error rate 0.5000 (500 of 1000) is above 0.05");
    assertThat(failed.path("checks").get(0).path("observed").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(failed.path("start").asText()).isEqualTo("2025-03-01T10:01:00Z");
  }
}
