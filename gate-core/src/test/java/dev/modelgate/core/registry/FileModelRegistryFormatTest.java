package dev.modelgate.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.Evaluation;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.spi.ModelVersion;
import dev.modelgate.core.spi.RegisterRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileModelRegistryFormatTest {

  static final String FINGERPRINT = "sha256:" + "0f".repeat(32);
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path root;

  static RegisterRequest request() {
    return RegisterRequest.builder()
        .model("fraud")
        .source("s3://models/fraud/2025-03-01")
        .runId("run-42")
        .description("gradient boosting, 300 trees")
        .evaluation(
            new Evaluation(
                FINGERPRINT,
                2000,
                Map.of(
                    Metrics.NET_BENEFIT, MetricValue.of(new BigDecimal("41250.00")),
                    Metrics.F1, MetricValue.of(0.8125),
                    Metrics.ROC_AUC, MetricValue.undefined())))
        .tag("team", "risk")
        .build();
  }

  @Test
  void should_write_one_human_readable_file_per_version() throws IOException {
    FileModelRegistry registry = FileModelRegistry.open(root, CLOCK);

    registry.register(request());

    assertThat(read(root.resolve("fraud/versions/1.json")))
        .isEqualTo(
            """
            {
              "formatVersion": 1,
              "model": "fraud",
              "version": "1",
              "createdAt": "2025-03-01T12:00:00Z",
              "source": "s3://models/fraud/2025-03-01",
              "runId": "run-42",
              "description": "gradient boosting, 300 trees",
              "tags": {
                "team": "risk"
              },
              "evaluation": {
                "testSetFingerprint": "%s",
                "rows": 2000,
                "metrics": {
                  "f1": {
                    "value": 0.8125,
                    "direction": "higher_is_better"
                  },
                  "net_benefit": {
                    "value": 41250.00,
                    "direction": "higher_is_better"
                  },
                  "roc_auc": {
                    "value": "NaN",
                    "direction": "higher_is_better"
                  }
                }
              }
            }
            """
                .formatted(FINGERPRINT));
  }

  @Test
  void should_write_aliases_and_their_history_to_one_file() throws IOException {
    FileModelRegistry registry = FileModelRegistry.open(root, CLOCK);
    registry.register(request());
    registry.register(request());

    registry.setAlias("fraud", "champion", Optional.empty(), "1", "ci");
    registry.setAlias("fraud", "champion", Optional.of("1"), "2", "alice");

    assertThat(read(root.resolve("fraud/aliases.json")))
        .isEqualTo(
            """
            {
              "formatVersion": 1,
              "model": "fraud",
              "aliases": {
                "champion": "2"
              },
              "history": [
                {
                  "alias": "champion",
                  "from": null,
                  "to": "1",
                  "actor": "ci",
                  "at": "2025-03-01T12:00:00Z"
                },
                {
                  "alias": "champion",
                  "from": "1",
                  "to": "2",
                  "actor": "alice",
                  "at": "2025-03-01T12:00:00Z"
                }
              ]
            }
            """);
  }

  @Test
  void should_read_back_exactly_what_it_registered() {
    FileModelRegistry.open(root, CLOCK).register(request());

    ModelVersion read = FileModelRegistry.open(root, CLOCK).version("fraud", "1").orElseThrow();

    assertThat(read.evaluation()).isEqualTo(request().evaluation());
    assertThat(read.evaluation().orElseThrow().metric(Metrics.NET_BENEFIT).orElseThrow().value())
        .hasToString("41250.00");
    assertThat(read.tags()).isEqualTo(Map.of("team", "risk"));
    assertThat(read.runId()).contains("run-42");
    assertThat(read.createdAt()).isEqualTo(CLOCK.instant());
  }

  @Test
  void should_leave_no_temporary_file_behind_after_many_writes() throws IOException {
    FileModelRegistry registry = FileModelRegistry.open(root, CLOCK);
    registry.register(request());
    registry.register(request());
    registry.setAlias("fraud", "champion", Optional.empty(), "1", "ci");
    registry.setTags("fraud", "1", Map.of("modelgate.layer2", "HOLD"));
    registry.deleteAlias("fraud", "champion", "1", "ci");

    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(Files::isRegularFile).map(root::relativize).map(Path::toString))
          .containsExactlyInAnyOrder(
              "fraud/.lock", "fraud/aliases.json", "fraud/versions/1.json",
              "fraud/versions/2.json");
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
