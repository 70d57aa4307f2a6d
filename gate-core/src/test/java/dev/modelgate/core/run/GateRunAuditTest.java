package dev.modelgate.core.run;

import static dev.modelgate.core.run.RunFixtures.MODEL;
import static dev.modelgate.core.run.RunFixtures.REGISTRY_CLOCK;
import static dev.modelgate.core.run.RunFixtures.evaluation;
import static dev.modelgate.core.run.RunFixtures.gate;
import static dev.modelgate.core.run.RunFixtures.policy;
import static dev.modelgate.core.run.RunFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.GateRun;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.RunNotAuditedException;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.audit.AuditEntry;
import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.audit.AuditVerification;
import dev.modelgate.core.registry.InMemoryModelRegistry;
import dev.modelgate.core.report.Reports;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateRunAuditTest {

  @TempDir Path dir;

  private final InMemoryModelRegistry registry = new InMemoryModelRegistry(REGISTRY_CLOCK);

  private GateRun audited(AuditLog audit) {
    return GateRun.builder().gate(gate(policy())).registry(registry).auditLog(audit).build();
  }

  @Test
  void should_append_each_runs_report_to_an_intact_audit_log() {
    AuditLog audit = AuditLog.open(dir.resolve("audit.jsonl"), REGISTRY_CLOCK);
    GateRun run = audited(audit);

    GateRunReport first = run.run(request(evaluation("45000.00", "0.30")));
    GateRunReport second = run.run(request(evaluation("38000.00", "0.30")));

    List<AuditEntry> entries = audit.entries();
    assertThat(entries).extracting(AuditEntry::type).containsExactly("gate.run", "gate.run");
    assertThat(Reports.readRun(entries.get(0).payloadJson())).isEqualTo(first);
    assertThat(Reports.readRun(entries.get(1).payloadJson())).isEqualTo(second);
    assertThat(audit.verify()).isInstanceOf(AuditVerification.Intact.class);
    assertThat(((AuditVerification.Intact) audit.verify()).entries()).isEqualTo(2);
  }

  @Test
  void should_hand_over_the_report_when_the_audit_log_refuses_it() throws IOException {
    Path file = dir.resolve("audit.jsonl");
    Files.writeString(file, "{\"seq\":1", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    AuditLog audit = AuditLog.open(file, REGISTRY_CLOCK);

    assertThatThrownBy(() -> audited(audit).run(request(evaluation("45000.00", "0.30"))))
        .isInstanceOfSatisfying(RunNotAuditedException.class, e -> {
          assertThat(e.report().outcome()).isEqualTo(RunOutcome.PROMOTED);
          assertThat(e.file()).isEqualTo(file.toAbsolutePath());
          assertThat(e).hasMessage("the gate run of credit-risk ended PROMOTED (decision DEPLOY) but its report was"
              + " not appended to audit log " + file.toAbsolutePath() + ": AuditLogException: cannot append to"
              + " audit log " + file.toAbsolutePath() + ": its last line is incomplete (the file was cut);"
              + " verify() names it");
        });
    assertThat(registry.alias(MODEL, "champion")).contains("1");
  }
}
