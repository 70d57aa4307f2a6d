package dev.modelgate.core.audit;

import dev.modelgate.core.testing.JavaProcess;
import static dev.modelgate.core.audit.AuditLogTest.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogConcurrencyTest {

  private static final int PER_WRITER = 25;

  @TempDir Path dir;

  @Test
  void should_keep_one_unbroken_chain_when_threads_append_at_once() throws Exception {
    AuditLog log = AuditLog.open(dir.resolve("audit.jsonl"), CLOCK);
    int threads = 8;

    appendFromThreads(dir.resolve("audit.jsonl"), threads, CLOCK);

    assertWritersInOrder(log, threads, threads * PER_WRITER);
  }

  @Test
  void should_keep_one_unbroken_chain_when_processes_append_at_once() throws Exception {
    Path file = dir.resolve("audit.jsonl");
    List<Process> processes = new ArrayList<>();
    for (int writer = 0; writer < 3; writer++) {
      processes.add(
          JavaProcess.start(
              AuditAppender.class, file.toString(), "p" + writer, Integer.toString(PER_WRITER)));
    }
    JavaProcess.startAll(processes);
    appendFromThreads(file, 2, CLOCK);

    for (Process process : processes) {
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();
      assertThat(process.exitValue()).as(JavaProcess.output(process)).isZero();
    }
    assertWritersInOrder(AuditLog.open(file, CLOCK), 5, 5 * PER_WRITER);
  }

  private static void appendFromThreads(Path file, int threads, Clock clock) throws Exception {
    AuditLog log = AuditLog.open(file, clock);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String writer = "t" + t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = 0; i < PER_WRITER; i++) {
                    log.append("test", Map.of("writer", writer, "i", i));
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertWritersInOrder(AuditLog log, int writers, int entries)
      throws IOException {
    List<AuditEntry> all = log.entries();
    assertThat(all).hasSize(entries);
    assertThat(log.verify().intact()).isTrue();
    Map<String, List<String>> byWriter =
        all.stream()
            .map(AuditEntry::payloadJson)
            .collect(
                Collectors.groupingBy(
                    json -> json.replaceAll(".*\"writer\":\"([^\"]+)\".*", "$1"),
                    Collectors.mapping(json -> json.replaceAll("\\{\"i\":(\\d+),.*", "$1"),
                        Collectors.toList())));
    assertThat(byWriter).hasSize(writers);
    List<String> inOrder = new ArrayList<>();
    for (int i = 0; i < PER_WRITER; i++) {
      inOrder.add(Integer.toString(i));
    }
    assertThat(byWriter.values()).allSatisfy(seen -> assertThat(seen).isEqualTo(inOrder));
  }
}
