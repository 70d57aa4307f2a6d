package dev.modelgate.core.report;

import static dev.modelgate.core.run.RunFixtures.REGISTRY_CLOCK;
import static dev.modelgate.core.run.RunFixtures.evaluation;
import static dev.modelgate.core.run.RunFixtures.request;
import static dev.modelgate.core.run.RunFixtures.run;
import static dev.modelgate.core.run.RunFixtures.seedChampion;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.Champion;
import dev.modelgate.core.Evaluator;
import dev.modelgate.core.PairedEvaluation;
import dev.modelgate.core.PairedSamples;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.RunRequest;
import dev.modelgate.core.SingleEvaluation;
import dev.modelgate.core.Verdict;
import dev.modelgate.core.registry.InMemoryModelRegistry;
import dev.modelgate.core.run.RunFixtures;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Pins the report format: each scenario's report must equal its file under {@code
 * src/test/resources/reports/} byte for byte, and each file must read back to the scenario's value.
 * On a difference the actual report is written to {@code target/golden-actual/} for review.
 */
class GoldenReportTest {

  private final InMemoryModelRegistry registry = new InMemoryModelRegistry(REGISTRY_CLOCK);

  @Test
  void should_pin_the_report_of_a_rejected_candidate() {
    GateRunReport report = run(registry).run(request(evaluation("38000.00", "0.25")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.REJECTED);
    assertGolden("run-reject.json", Reports.toJson(report));
    assertThat(Reports.readRun(golden("run-reject.json"))).isEqualTo(report);
  }

  @Test
  void should_pin_the_report_of_a_candidate_held_on_a_tie() {
    seedChampion(registry, "45000.00");

    GateRunReport report = run(registry).run(request(evaluation("45000.00", "0.30")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.HELD);
    assertGolden("run-hold-tie.json", Reports.toJson(report));
    assertThat(Reports.readRun(golden("run-hold-tie.json"))).isEqualTo(report);
  }

  @Test
  void should_pin_the_report_of_a_promotion_over_the_callers_champion() {
    seedChampion(registry, "45000.00");
    Champion rescored = new Champion(null, evaluation("45000.00", "0.30"));

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31"), rescored));

    assertThat(report.outcome()).isEqualTo(RunOutcome.PROMOTED);
    assertGolden("run-promote.json", Reports.toJson(report));
    assertThat(Reports.readRun(golden("run-promote.json"))).isEqualTo(report);
  }

  @Test
  void should_pin_the_report_of_a_first_model() {
    GateRunReport report = run(registry).run(request(evaluation("45000.00", "0.30")));

    assertThat(report.championChallenger().firstModel()).isTrue();
    assertGolden("run-first-model.json", Reports.toJson(report));
    assertThat(Reports.readRun(golden("run-first-model.json"))).isEqualTo(report);
  }

  @Test
  void should_pin_the_report_of_a_fast_track() {
    seedChampion(registry, "45000.00");

    GateRunReport report =
        run(RunFixtures.fastTrackPolicy(), registry).run(request(evaluation("46000.00", "0.29")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.PROMOTED);
    assertThat(report.policy().hasFastTrack()).isTrue();
    assertGolden("run-fast-track.json", Reports.toJson(report));
    assertThat(Reports.readRun(golden("run-fast-track.json"))).isEqualTo(report);
  }

  @Test
  void should_pin_the_report_of_a_confident_promotion_with_its_paired_intervals() {
    seedChampion(registry, "45000.00");
    PairedSamples samples = PairedSamples.clearlyBetter();
    QualityPolicy policy = RunFixtures.confidentPolicy();
    PairedEvaluation paired = Evaluator.forPolicy(policy).evaluatePaired(samples.champion(), samples.candidate());

    GateRunReport report = run(policy, registry).run(request(paired.candidate(), paired.champion(null)));

    assertThat(report.outcome()).isEqualTo(RunOutcome.PROMOTED);
    assertThat(report.championChallenger().paired()).isNotNull();
    assertGolden("run-promote-confident.json", Reports.toJson(report));
    assertThat(Reports.readRun(golden("run-promote-confident.json"))).isEqualTo(report);
  }

  @Test
  void should_pin_the_report_of_a_first_model_with_the_candidates_intervals() {
    PairedSamples samples = PairedSamples.clearlyBetter();
    SingleEvaluation evaluated = Evaluator.forPolicy(RunFixtures.policy()).evaluateWithEvidence(samples.candidate());
    RunRequest request = RunRequest.builder()
        .candidate(evaluated.candidate(RunFixtures.MODEL))
        .source(RunFixtures.SOURCE)
        .runId("train-7")
        .build();

    GateRunReport report = run(registry).run(request);

    assertThat(report.registration().intervals()).isNotNull();
    assertGolden("run-first-model-intervals.json", Reports.toJson(report));
    assertThat(Reports.readRun(golden("run-first-model-intervals.json"))).isEqualTo(report);
  }

  @Test
  void should_read_a_report_of_format_2_without_the_intervals_key_as_one_without_intervals() {
    seedChampion(registry, "45000.00");
    Champion rescored = new Champion(null, evaluation("45000.00", "0.30"));

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31"), rescored));

    assertThat(golden("v2-without-intervals/run-promote.json")).doesNotContain("\"intervals\"");
    assertThat(Reports.readRun(golden("v2-without-intervals/run-promote.json"))).isEqualTo(report);
  }

  @Test
  void should_read_a_report_of_format_1_as_one_without_paired_intervals() {
    seedChampion(registry, "45000.00");
    Champion rescored = new Champion(null, evaluation("45000.00", "0.30"));

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31"), rescored));

    assertThat(Reports.readRun(golden("v1/run-promote.json"))).isEqualTo(report);
    assertThat(Reports.readVerdict(golden("v1/verdict-champion-challenger.json")))
        .isEqualTo(Reports.readVerdict(golden("verdict-champion-challenger.json")));
  }

  @Test
  void should_pin_the_report_of_a_single_verdict() {
    seedChampion(registry, "45000.00");
    Verdict verdict = run(registry).run(request(evaluation("45000.00", "0.30"))).championChallenger();

    assertGolden("verdict-champion-challenger.json", Reports.toJson(verdict));
    assertThat(Reports.readVerdict(golden("verdict-champion-challenger.json"))).isEqualTo(verdict);
  }

  private static void assertGolden(String name, String actual) {
    String expected = golden(name);
    if (!actual.equals(expected)) {
      try {
        Path out = Path.of("target", "golden-actual", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(actual).as("report %s (actual in target/golden-actual/)", name).isEqualTo(expected);
  }

  private static String golden(String name) {
    try (InputStream in = GoldenReportTest.class.getResourceAsStream("/reports/" + name)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
