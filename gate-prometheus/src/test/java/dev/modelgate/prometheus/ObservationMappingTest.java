package dev.modelgate.prometheus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.PredictionDistribution;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * How the numbers of clean answers become window statistics: rounding, scalars, units, bucket
 * fix-ups, and the gaps that numbers alone reveal (infinity, more errors than requests, negative
 * counts). A stub answers by query name ({@code requests}, {@code errors}, {@code latency}, {@code
 * scores}), optionally per model ({@code requests:cand}).
 */
class ObservationMappingTest {

  private static final Window WINDOW =
      new Window(3, Instant.ofEpochSecond(1_700_000_000), Instant.ofEpochSecond(1_700_000_090));
  private static final Pattern NAME = Pattern.compile("^([a-z]+)");
  private static final Pattern MODEL = Pattern.compile("m=\"([a-z]+)\"");

  private final Map<String, StubPrometheus.Reply> answers = new HashMap<>(Map.of(
      "requests", StubPrometheus.Reply.value("100"),
      "errors", StubPrometheus.Reply.value("2"),
      "latency", StubPrometheus.Reply.value("250"),
      "scores", StubPrometheus.Reply.vector(bucket("0.5", "40"), bucket("+Inf", "100"), bucket("1", "90"))));
  private final StubPrometheus stub = new StubPrometheus(request -> {
    Matcher name = NAME.matcher(request.query());
    Matcher model = MODEL.matcher(request.query());
    String key = name.find() ? name.group(1) : "";
    String perModel = model.find() ? key + ":" + model.group(1) : key;
    return answers.getOrDefault(perModel, answers.getOrDefault(key,
        StubPrometheus.Reply.json(400, "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"unknown\"}")));
  });

  @AfterEach
  void stopStub() {
    stub.close();
  }

  @Test
  void should_read_both_models_with_latency_in_the_query_unit_and_the_score_buckets_in_order() {
    WindowObservation.Observed observed = observed();

    assertThat(observed.window()).isEqualTo(WINDOW);
    assertThat(observed.champion().requests()).isEqualTo(100);
    assertThat(observed.champion().errors()).isEqualTo(2);
    assertThat(observed.canary().latency()).isEqualTo(Map.of(0.99, Duration.ofMillis(250)));
    assertThat(observed.canary().predictions()).contains(new PredictionDistribution.ScoreHistogram(
        new double[] {0.5, 1, Double.POSITIVE_INFINITY}, new long[] {40, 90, 100}));
  }

  @Test
  void should_round_decimal_counts_to_the_nearest_whole_number() {
    answers.put("requests", StubPrometheus.Reply.value("100.5"));
    answers.put("errors", StubPrometheus.Reply.value("2.4999"));

    WindowObservation.Observed observed = observed();

    assertThat(observed.champion().requests()).isEqualTo(101);
    assertThat(observed.champion().errors()).isEqualTo(2);
  }

  @Test
  void should_accept_a_scalar_answer() {
    answers.put("requests", StubPrometheus.Reply.json(200,
        "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1700000090,\"7\"]}}"));

    assertThat(observed().canary().requests()).isEqualTo(7);
  }

  @Test
  void should_raise_a_cumulative_count_that_rounds_below_the_bucket_before_it() {
    answers.put("scores", StubPrometheus.Reply.vector(bucket("1", "9.6"), bucket("0.5", "10.4"), bucket("+Inf", "20")));

    assertThat(observed().champion().predictions()).contains(new PredictionDistribution.ScoreHistogram(
        new double[] {0.5, 1, Double.POSITIVE_INFINITY}, new long[] {10, 10, 20}));
  }

  @Test
  void should_report_not_a_number_for_an_infinite_latency() {
    answers.put("latency:cand", StubPrometheus.Reply.value("+Inf"));

    WindowObservation.Missing missing = missing();

    assertThat(missing.kind()).isEqualTo(MissingKind.NOT_A_NUMBER);
    assertThat(missing.detail()).isEqualTo(
        "canary latency p99: Prometheus returned +Inf (query: latency(0.99, {m=\"cand\"}[90s]))");
  }

  @Test
  void should_report_a_source_error_when_errors_exceed_requests() {
    answers.put("errors:cand", StubPrometheus.Reply.value("101"));

    WindowObservation.Missing missing = missing();

    assertThat(missing.kind()).isEqualTo(MissingKind.SOURCE_ERROR);
    assertThat(missing.detail()).isEqualTo(
        "canary: 101 errors exceed 100 requests; the errors query must count a subset of the requests");
  }

  @Test
  void should_report_a_source_error_for_a_negative_count() {
    answers.put("errors", StubPrometheus.Reply.value("-3"));

    WindowObservation.Missing missing = missing();

    assertThat(missing.kind()).isEqualTo(MissingKind.SOURCE_ERROR);
    assertThat(missing.detail()).isEqualTo("champion errors: -3 is not a count (query: errors{m=\"champ\"}[90s])");
  }

  @Test
  void should_report_a_source_error_for_a_bucket_without_le() {
    answers.put("scores", StubPrometheus.Reply.vector("{\"metric\":{\"x\":\"1\"},\"value\":[1,\"3\"]}"));

    WindowObservation.Missing missing = missing();

    assertThat(missing.kind()).isEqualTo(MissingKind.SOURCE_ERROR);
    assertThat(missing.detail())
        .isEqualTo("champion score buckets: a series has no le label (query: scores{m=\"champ\"}[90s])");
  }

  @Test
  void should_stop_at_the_first_gap_and_ask_nothing_after_it() {
    answers.put("requests:champ", StubPrometheus.Reply.vector());

    WindowObservation.Missing missing = missing();

    assertThat(missing.kind()).isEqualTo(MissingKind.EMPTY_RESULT);
    assertThat(stub.received()).hasSize(1);
  }

  @Test
  void should_ask_at_the_window_end_with_the_timeout_and_the_model_escaped() {
    PrometheusCanaryMetrics.builder()
        .baseUrl(stub.baseUrl()).champion("a\"b\\c").canary("cand").queries(queries())
        .timeout(Duration.ofMillis(2500)).build()
        .observe(WINDOW);

    StubPrometheus.Received first = stub.received().get(0);
    assertThat(first.method()).isEqualTo("POST");
    assertThat(first.path()).isEqualTo("/api/v1/query");
    assertThat(first.form()).isEqualTo(Map.of(
        "query", "requests{m=\"a\\\"b\\\\c\"}[90s]", "time", "1700000090.000", "timeout", "2500ms"));
  }

  private WindowObservation.Observed observed() {
    WindowObservation observation = metrics().observe(WINDOW);
    assertThat(observation).isInstanceOf(WindowObservation.Observed.class);
    return (WindowObservation.Observed) observation;
  }

  private WindowObservation.Missing missing() {
    WindowObservation observation = metrics().observe(WINDOW);
    assertThat(observation).isInstanceOf(WindowObservation.Missing.class);
    return (WindowObservation.Missing) observation;
  }

  private PrometheusCanaryMetrics metrics() {
    return PrometheusCanaryMetrics.builder()
        .baseUrl(stub.baseUrl()).champion("champ").canary("cand").queries(queries()).build();
  }

  private static CanaryQueries queries() {
    return CanaryQueries.builder()
        .requestsQuery("requests{m=\"$model\"}[$window]")
        .errorsQuery("errors{m=\"$model\"}[$window]")
        .latencyQuery("latency($quantile, {m=\"$model\"}[$window])", ChronoUnit.MILLIS)
        .latencyQuantiles(0.99)
        .scoreBucketsQuery("scores{m=\"$model\"}[$window]")
        .build();
  }

  private static String bucket(String le, String count) {
    return "{\"metric\":{\"le\":\"" + le + "\"},\"value\":[1700000090,\"" + count + "\"]}";
  }
}
