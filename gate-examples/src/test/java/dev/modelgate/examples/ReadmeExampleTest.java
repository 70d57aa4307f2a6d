package dev.modelgate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.Candidate;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Evaluator;
import dev.modelgate.core.Gate;
import dev.modelgate.core.GateRun;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.Predictions;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RunRequest;
import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.registry.FileModelRegistry;
import dev.modelgate.core.report.Reports;
import dev.modelgate.examples.training.GermanCreditModel;
import dev.modelgate.examples.training.GermanCreditModels;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Gates in Java" snippet, compiled and run, so that the README cannot drift. */
class ReadmeExampleTest {

  @TempDir Path dir;

  @Test
  void should_run_the_readme_snippet() throws Exception {
    var p = GermanCreditModels.load().predict(GermanCreditModel.CHALLENGER_BETTER);
    Predictions predictions = Predictions.of(p.rowIds(), p.truth(), p.predicted()).withScores(p.scores());

    // --- the README snippet, with paths under the test's temporary directory ---
    QualityPolicy policy = QualityPolicy.builder()
        .name("credit-risk")
        .costs(BinaryCosts.of("0", "0", "-500", "100"), "Bad", 40_000L)
        .registration(gate -> gate
            .require(Metrics.NET_BENEFIT).greaterThan(40_000)
            .require(Metrics.F1).greaterThan("0.20"))
        .championChallenger(gate -> gate
            .compareOn(Metrics.NET_BENEFIT)
            .guard(Metrics.F1).mayNotDropBy("0.02"))
        .build();

    Evaluation candidate = Evaluator.forPolicy(policy).evaluate(predictions);
    GateRunReport report = GateRun.builder()
        .gate(Gate.of(policy, Clock.systemUTC()))
        .registry(FileModelRegistry.open(dir.resolve("registry")))
        .auditLog(AuditLog.open(dir.resolve("audit.jsonl"), Clock.systemUTC()))
        .build()
        .run(RunRequest.builder().candidate(Candidate.of("credit-risk", candidate)).source("s3://models/42").build());
    Reports.write(report, dir.resolve("report.json"));
    // --- end of snippet ---

    assertThat(report.decision()).isEqualTo(DeployDecision.DEPLOY);
    assertThat(Reports.readRun(dir.resolve("report.json"))).isEqualTo(report);
    assertThat(Files.readString(dir.resolve("report.json"))).contains("\"formatVersion\"");
  }
}
