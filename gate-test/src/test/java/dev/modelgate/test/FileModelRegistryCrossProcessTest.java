package dev.modelgate.test;

import dev.modelgate.core.testing.JavaProcess;
import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.registry.FileModelRegistry;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.ModelVersion;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several JVMs on one file registry directory: the model's file lock makes compare-and-set and
 * version numbering atomic across processes, not only across threads.
 */
class FileModelRegistryCrossProcessTest {

  private static final int PROCESSES = 3;

  @TempDir Path root;
  private FileModelRegistry registry;

  @BeforeEach
  void start_with_version_1_as_champion() {
    registry = FileModelRegistry.open(root, Clock.systemUTC());
    registry.register(RegistrySamples.request("fraud"));
    registry.setAlias("fraud", "champion", Optional.empty(), "1", "setup");
  }

  @Test
  void should_let_exactly_one_process_promote_against_the_same_champion() throws Exception {
    List<String> lines = race("once");

    List<String> winners = lines.stream().filter(line -> line.startsWith("won ")).toList();
    assertThat(winners).hasSize(1);
    String winner = winners.get(0).substring("won ".length());
    assertThat(lines).filteredOn(line -> line.startsWith("conflict "))
        .containsOnly("conflict 1 " + winner)
        .hasSize(PROCESSES - 1);
    assertThat(registry.alias("fraud", "champion")).contains(winner);
    assertThat(registry.aliasHistory("fraud")).hasSize(2);
    assertVersionsOneTo(PROCESSES + 1);
  }

  @Test
  void should_keep_one_unbroken_history_when_processes_promote_again_and_again()
      throws Exception {
    List<String> lines = race("retry", "8");

    List<AliasChange> history = registry.aliasHistory("fraud");
    assertThat(history).hasSize(PROCESSES * 8 + 1);
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i).from()).isEqualTo(history.get(i - 1).to());
    }
    assertThat(history.subList(1, history.size()))
        .extracting(change -> "promoted " + change.to().orElseThrow())
        .containsExactlyInAnyOrderElementsOf(lines);
    assertVersionsOneTo(PROCESSES * 8 + 1);
  }

  private List<String> race(String... mode) throws Exception {
    List<Process> processes = new ArrayList<>();
    for (int i = 0; i < PROCESSES; i++) {
      List<String> args = new ArrayList<>(List.of(root.toString(), "process-" + i));
      args.addAll(List.of(mode));
      processes.add(JavaProcess.start(RegistryRacer.class, args.toArray(String[]::new)));
    }
    JavaProcess.startAll(processes);
    List<String> lines = new ArrayList<>();
    for (Process process : processes) {
      String output = JavaProcess.output(process);
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in time").isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      output.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(lines::add);
    }
    return lines;
  }

  private void assertVersionsOneTo(int last) {
    assertThat(registry.versions("fraud"))
        .extracting(ModelVersion::number)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, last).boxed().toList());
  }
}
