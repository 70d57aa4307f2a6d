package dev.modelgate.core.report;

import static dev.modelgate.core.run.RunFixtures.MODEL;
import static dev.modelgate.core.run.RunFixtures.OTHER_TEST_SET;
import static dev.modelgate.core.run.RunFixtures.REGISTRY_CLOCK;
import static dev.modelgate.core.run.RunFixtures.evaluation;
import static dev.modelgate.core.run.RunFixtures.evaluationOn;
import static dev.modelgate.core.run.RunFixtures.policy;
import static dev.modelgate.core.run.RunFixtures.request;
import static dev.modelgate.core.run.RunFixtures.run;
import static dev.modelgate.core.run.RunFixtures.seedChampion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.modelgate.core.Gate;
import dev.modelgate.core.GateRun;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.registry.InMemoryModelRegistry;
import dev.modelgate.core.run.RunFixtures;
import dev.modelgate.core.run.TickingClock;
import dev.modelgate.core.spi.DecisionPublisher;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.RegisterRequest;
import dev.modelgate.core.spi.RegistryException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportRoundTripTest {

  private final InMemoryModelRegistry registry = new InMemoryModelRegistry(REGISTRY_CLOCK);

  private static GateRunReport roundTrip(GateRunReport report) {
    return Reports.readRun(Reports.toJson(report));
  }

  @Test
  void should_read_back_a_run_whose_publisher_failed() throws IOException {
    DecisionPublisher failing = mock(DecisionPublisher.class);
    when(failing.name()).thenReturn("github-actions");
    doThrow(new IOException("disk full")).when(failing).publish(any());
    Gate gate = Gate.builder().policy(policy()).clock(new TickingClock(RunFixtures.START))
        .libraryVersion(RunFixtures.LIBRARY_VERSION).publisher(failing).build();

    GateRunReport report =
        GateRun.builder().gate(gate).registry(registry).build().run(request(evaluation("45000.00", "0.30")));

    assertThat(report.pipeline().failures()).hasSize(1);
    assertThat(roundTrip(report)).isEqualTo(report);
    assertThat(Reports.toJson(report))
        .contains("\"publisher\": \"github-actions\"")
        .contains("\"outcome\": \"PROMOTED\",\n  \"decision\": \"SKIP\"");
  }

  @Test
  void should_read_back_a_run_that_refused_a_stale_champion() {
    String version = registry.register(RegisterRequest.builder().model(MODEL).source("s3://old")
        .evaluation(evaluationOn(OTHER_TEST_SET, "1000.00", "0.10")).build()).version();
    registry.setAlias(MODEL, "champion", Optional.empty(), version, "setup");

    GateRunReport report = run(registry).run(request(evaluation("46000.00", "0.31")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.STALE_CHAMPION);
    assertThat(roundTrip(report)).isEqualTo(report);
  }

  @Test
  void should_read_back_a_run_whose_registry_failed() {
    ModelRegistry unreachable = mock(ModelRegistry.class);
    when(unreachable.register(any())).thenThrow(new RegistryException("registry unreachable"));

    GateRunReport report = run(unreachable).run(request(evaluation("46000.00", "0.31")));

    assertThat(report.outcome()).isEqualTo(RunOutcome.REGISTRY_FAILED);
    assertThat(roundTrip(report)).isEqualTo(report);
  }

  @Test
  void should_write_a_report_file_and_read_it_back(@TempDir Path dir) throws IOException {
    GateRunReport report = seedChampion(registry, "45000.00");
    Path file = dir.resolve("gate-report.json");

    Reports.write(report, file);

    assertThat(Reports.readRun(file)).isEqualTo(report);
    assertThat(file).hasContent(Reports.toJson(report).stripTrailing());
  }
}
