package dev.modelgate.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.core.spi.ModelVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Many promoters at once: compare-and-set lets exactly one win per observed champion. */
public interface ConcurrencyContract extends RegistryFixture {

  /** How many threads race in each concurrency test. */
  int THREADS = 16;

  @Test
  default void should_let_exactly_one_of_many_promotions_against_the_same_champion_land()
      throws Exception {
    registerVersions("fraud", 1);
    registry().setAlias("fraud", "champion", Optional.empty(), "1", "setup");
    Optional<String> seen = registry().alias("fraud", "champion");

    List<Optional<AliasConflictException>> outcomes =
        race(
            thread -> {
              ModelVersion candidate = registry().register(RegistrySamples.request("fraud"));
              try {
                registry().setAlias("fraud", "champion", seen, candidate.version(), "t" + thread);
                return Optional.empty();
              } catch (AliasConflictException conflict) {
                return Optional.of(conflict);
              }
            });

    String winner = registry().alias("fraud", "champion").orElseThrow();
    List<AliasConflictException> conflicts =
        outcomes.stream().flatMap(Optional::stream).collect(Collectors.toList());
    assertThat(conflicts).hasSize(THREADS - 1);
    assertThat(conflicts)
        .allSatisfy(
            conflict -> {
              assertThat(conflict.expected()).contains("1");
              assertThat(conflict.actual()).contains(winner);
            });
    assertThat(registry().versions("fraud"))
        .extracting(ModelVersion::number)
        .containsExactlyElementsOf(LongStream.rangeClosed(1, THREADS + 1).boxed().toList());
    assertThat(registry().aliasHistory("fraud"))
        .extracting(AliasChange::from, AliasChange::to)
        .containsExactly(
            tuple(Optional.empty(), Optional.of("1")),
            tuple(Optional.of("1"), Optional.of(winner)));
  }

  @Test
  default void should_keep_an_unbroken_history_when_promoters_retry_after_conflicts()
      throws Exception {
    registerVersions("fraud", 1);
    registry().setAlias("fraud", "champion", Optional.empty(), "1", "setup");

    List<String> promoted =
        race(
            thread -> {
              String mine = registry().register(RegistrySamples.request("fraud")).version();
              for (int attempt = 0; attempt < 10 * THREADS; attempt++) {
                Optional<String> seen = registry().alias("fraud", "champion");
                try {
                  registry().setAlias("fraud", "champion", seen, mine, "t" + thread);
                  return mine;
                } catch (AliasConflictException conflict) {
                  assertThat(conflict.actual()).isNotEqualTo(seen);
                }
              }
              throw new AssertionError("version " + mine + " was never promoted");
            });

    List<AliasChange> history = registry().aliasHistory("fraud");
    assertThat(history).hasSize(THREADS + 1);
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i).from()).as("move %d starts where move %d ended", i, i - 1)
          .isEqualTo(history.get(i - 1).to());
    }
    assertThat(history.subList(1, history.size()))
        .extracting(change -> change.to().orElseThrow())
        .containsExactlyInAnyOrderElementsOf(promoted);
    assertThat(registry().alias("fraud", "champion")).isEqualTo(history.get(THREADS).to());
  }

  /** Runs {@code task} on {@link #THREADS} threads released at once, and returns the results. */
  private <T> List<T> race(ThreadTask<T> task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch ready = new CountDownLatch(THREADS);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        int thread = i;
        Callable<T> call =
            () -> {
              ready.countDown();
              go.await();
              return task.run(thread);
            };
        futures.add(pool.submit(call));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads started").isTrue();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(120, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The work of one racing thread. */
  @FunctionalInterface
  interface ThreadTask<T> {
    /** Does the work of thread number {@code thread}. */
    T run(int thread) throws Exception;
  }
}
