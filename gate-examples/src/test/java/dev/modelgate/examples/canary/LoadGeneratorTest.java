package dev.modelgate.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

  private static final Instant START = Instant.parse("2026-11-27T09:00:00Z");
  private static final Duration STEP = Duration.ofMillis(100);

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final SimulatedClock clock = new SimulatedClock(START);
  private final List<String> bodies = new ArrayList<>();
  private final List<Instant> times = new ArrayList<>();
  private final AtomicInteger status = new AtomicInteger(200);
  private final HttpServer front = LoopbackServer.start(exchange -> {
    bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    times.add(clock.instant());
    exchange.sendResponseHeaders(status.get(), -1);
    exchange.close();
  }, "a test front");

  @AfterEach
  void stop() {
    front.stop(0);
  }

  private LoadGenerator generator(long budget) {
    return new LoadGenerator(client, LoopbackServer.uri(front), List.of("a\n1", "a\n2", "a\n3"), clock, STEP, budget, 42);
  }

  @Test
  void should_send_requests_until_the_instant_moving_the_clock_one_step_after_each() throws Exception {
    LoadGenerator generator = generator(1_000);

    generator.waiter().waitUntil(START.plusSeconds(1));

    assertThat(generator.sent()).isEqualTo(10);
    assertThat(times).containsExactly(START, START.plusMillis(100), START.plusMillis(200), START.plusMillis(300),
        START.plusMillis(400), START.plusMillis(500), START.plusMillis(600), START.plusMillis(700),
        START.plusMillis(800), START.plusMillis(900));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(1));
    assertThat(bodies).hasSize(10).isSubsetOf("a\n1", "a\n2", "a\n3");
  }

  @Test
  void should_draw_the_same_applicants_from_the_same_seed() throws Exception {
    generator(1_000).waiter().waitUntil(START.plusSeconds(2));
    List<String> first = List.copyOf(bodies);
    bodies.clear();

    new LoadGenerator(client, LoopbackServer.uri(front), List.of("a\n1", "a\n2", "a\n3"), new SimulatedClock(START),
        STEP, 1_000, 42).waiter().waitUntil(START.plusSeconds(2));

    assertThat(bodies).containsExactlyElementsOf(first);
  }

  @Test
  void should_return_at_once_when_the_instant_has_passed() throws Exception {
    LoadGenerator generator = generator(1_000);

    generator.waiter().waitUntil(START);

    assertThat(generator.sent()).isZero();
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  void should_stop_at_its_budget_and_then_only_move_the_clock() throws Exception {
    LoadGenerator generator = generator(5);

    generator.waiter().waitUntil(START.plusSeconds(60));

    assertThat(generator.sent()).isEqualTo(5);
    assertThat(bodies).hasSize(5);
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
  }

  @Test
  void should_count_answers_with_http_5xx_as_failed() throws Exception {
    status.set(503);
    LoadGenerator generator = generator(1_000);

    generator.waiter().waitUntil(START.plusMillis(300));

    assertThat(generator.failed()).isEqualTo(3);
  }

  @Test
  void should_throw_when_the_front_does_not_answer() {
    front.stop(0);
    URI gone = LoopbackServer.uri(front);
    LoadGenerator generator = generator(1_000);

    assertThatThrownBy(() -> generator.waiter().waitUntil(START.plusSeconds(1)))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("the serving front at " + gone + " did not answer");
    assertThat(clock.instant()).isEqualTo(START);
  }

  @Test
  void should_refuse_a_step_that_is_not_positive() {
    assertThatThrownBy(() -> new LoadGenerator(client, LoopbackServer.uri(front), List.of("a\n1"), clock,
        Duration.ZERO, 10, 42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a load generator needs applicants, a positive step and a budget >= 0; got 1 applicants,"
            + " step PT0S, budget 10");
  }
}
