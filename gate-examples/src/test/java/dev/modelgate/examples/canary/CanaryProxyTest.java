package dev.modelgate.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.canary.InProcessCanaryRecorder;
import dev.modelgate.core.canary.LocalTrafficRouter;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.PredictionDistribution.ClassCounts;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanaryProxyTest {

  private static final Instant START = Instant.parse("2026-11-27T09:00:00Z");

  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final SimulatedClock clock = new SimulatedClock(START);
  private final InProcessCanaryRecorder recorder = InProcessCanaryRecorder.builder(clock).build();
  private final LocalTrafficRouter router = LocalTrafficRouter.counting("test");

  /** Sends {@code n} applicants through {@code proxy}; returns the answers' status codes by X-Served-By. */
  private Map<String, Map<Integer, Integer>> send(CanaryProxy proxy, int n) throws Exception {
    Map<String, Map<Integer, Integer>> seen = new HashMap<>();
    for (int i = 0; i < n; i++) {
      HttpResponse<String> response = client.send(HttpRequest.newBuilder(proxy.uri())
          .POST(HttpRequest.BodyPublishers.ofString(TrainedScorers.firstApplicant())).build(),
          HttpResponse.BodyHandlers.ofString());
      String servedBy = response.headers().firstValue(CanaryProxy.SERVED_BY).orElse("none");
      seen.computeIfAbsent(servedBy, k -> new HashMap<>()).merge(response.statusCode(), 1, Integer::sum);
    }
    return seen;
  }

  private WindowObservation.Observed observed() {
    WindowObservation observation = recorder.observe(new Window(1, START, START.plusSeconds(60)));
    assertThat(observation).isInstanceOf(WindowObservation.Observed.class);
    return (WindowObservation.Observed) observation;
  }

  @Test
  void should_route_the_canarys_share_to_the_canary_and_record_each_request() throws Exception {
    try (ModelServer champion = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.none(), 1);
        ModelServer canary = ModelServer.start(TrainedScorers.CHALLENGER, ServingFault.none(), 2);
        CanaryProxy proxy = CanaryProxy.start(router, recorder, champion.uri(), canary.uri(), client)) {
      router.setCanaryShare(20);

      Map<String, Map<Integer, Integer>> seen = send(proxy, 100);

      assertThat(seen).isEqualTo(Map.of("champion", Map.of(200, 80), "canary", Map.of(200, 20)));
      WindowObservation.Observed observed = observed();
      assertThat(observed.champion().requests()).isEqualTo(80);
      assertThat(observed.canary().requests()).isEqualTo(20);
      assertThat(observed.canary().errors()).isZero();
      String label = TrainedScorers.CHALLENGER.label(
          TrainedScorers.CHALLENGER.score(ApplicantCsv.read(TrainedScorers.firstApplicant())));
      assertThat(observed.canary().predictions()).contains(new ClassCounts(Map.of(label, 20L)));
    }
  }

  @Test
  void should_record_the_servers_simulated_service_time_as_latency() throws Exception {
    try (ModelServer champion = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.none(), 1);
        ModelServer canary = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.slower(1, 10), 2);
        CanaryProxy proxy = CanaryProxy.start(router, recorder, champion.uri(), canary.uri(), client)) {
      router.setCanaryShare(50);

      send(proxy, 40);

      ModelWindowStats championStats = observed().champion();
      ModelWindowStats canaryStats = observed().canary();
      assertThat(championStats.latency().get(0.5)).isBetween(Duration.ofMillis(8), Duration.ofMillis(18));
      assertThat(canaryStats.latency().get(0.5)).isBetween(Duration.ofMillis(80), Duration.ofMillis(180));
    }
  }

  @Test
  void should_count_answers_with_http_500_as_errors() throws Exception {
    try (ModelServer champion = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.none(), 1);
        ModelServer canary = ModelServer.start(TrainedScorers.CHALLENGER, ServingFault.failing(0.5), 2);
        CanaryProxy proxy = CanaryProxy.start(router, recorder, champion.uri(), canary.uri(), client)) {
      router.setCanaryShare(50);

      Map<String, Map<Integer, Integer>> seen = send(proxy, 100);

      int failed = seen.get("canary").getOrDefault(500, 0);
      assertThat(failed).isPositive();
      assertThat(observed().canary().errors()).isEqualTo(failed);
      assertThat(observed().champion().errors()).isZero();
    }
  }

  @Test
  void should_answer_502_and_record_an_error_when_a_model_server_is_down() throws Exception {
    ModelServer canary = ModelServer.start(TrainedScorers.CHALLENGER, ServingFault.none(), 2);
    canary.close();
    try (ModelServer champion = ModelServer.start(TrainedScorers.CHAMPION, ServingFault.none(), 1);
        CanaryProxy proxy = CanaryProxy.start(router, recorder, champion.uri(), canary.uri(), client)) {
      router.setCanaryShare(50);

      Map<String, Map<Integer, Integer>> seen = send(proxy, 10);

      assertThat(seen).isEqualTo(Map.of("champion", Map.of(200, 5), "canary", Map.of(502, 5)));
      assertThat(observed().canary().errors()).isEqualTo(5);
      assertThat(observed().canary().requests()).isEqualTo(5);
    }
  }
}
