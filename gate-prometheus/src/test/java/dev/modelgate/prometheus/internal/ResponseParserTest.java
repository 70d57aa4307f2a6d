package dev.modelgate.prometheus.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.spi.MissingKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the JSON envelope of {@code /api/v1/query} is read, value spellings and odd answers included. */
class ResponseParserTest {

  private static final String SOURCE = "http://127.0.0.1:9090";

  @Test
  void should_read_a_vector_with_labels_values_and_warnings() {
    QueryResult result = parse(200, "{\"status\":\"success\",\"warnings\":[\"histogram fixed up\"],"
        + "\"data\":{\"resultType\":\"vector\",\"result\":["
        + "{\"metric\":{\"le\":\"0.5\"},\"value\":[1435781451.781,\"1e-07\"]},"
        + "{\"metric\":{\"le\":\"+Inf\"},\"value\":[1435781451,\"12\"]}]}}");

    assertThat(result).isEqualTo(new QueryResult.Samples(
        List.of(new QueryResult.Sample(Map.of("le", "0.5"), 1e-7), new QueryResult.Sample(Map.of("le", "+Inf"), 12)),
        List.of("histogram fixed up")));
  }

  @Test
  void should_read_prometheus_spellings_of_nan_and_infinities() {
    assertThat(ResponseParser.parseValue("NaN")).isNaN();
    assertThat(ResponseParser.parseValue("+Inf")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(ResponseParser.parseValue("-Inf")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(ResponseParser.parseValue("2.5e+21")).isEqualTo(2.5e21);
    assertThat(ResponseParser.parseValue("Infinity")).isNull();
    assertThat(ResponseParser.parseValue("abc")).isNull();
  }

  @Test
  void should_report_a_value_that_is_not_a_number() {
    QueryResult result = parse(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"scalar\",\"result\":[1,\"abc\"]}}");

    assertThat(result).isEqualTo(new QueryResult.Failed(MissingKind.SOURCE_ERROR,
        "canary requests: Prometheus answered the value \"abc\", not a number (query: q)"));
  }

  @Test
  void should_report_a_native_histogram_sample() {
    QueryResult result = parse(200, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
        + "{\"metric\":{},\"histogram\":[1,{\"count\":\"3\",\"sum\":\"1\",\"buckets\":[]}]}]}}");

    assertThat(result).isEqualTo(new QueryResult.Failed(MissingKind.SOURCE_ERROR,
        "canary requests: Prometheus answered a native histogram, not a classic sample (query: q)"));
  }

  @Test
  void should_report_a_success_without_data() {
    assertThat(parse(200, "{\"status\":\"success\"}")).isEqualTo(new QueryResult.Failed(MissingKind.SOURCE_ERROR,
        "canary requests: Prometheus' answer is malformed: data.resultType or data.result is missing (query: q)"));
  }

  @Test
  void should_report_an_error_envelope_without_an_error_type_as_a_source_error() {
    assertThat(parse(500, "{\"status\":\"error\"}")).isEqualTo(new QueryResult.Failed(MissingKind.SOURCE_ERROR,
        "canary requests: Prometheus answered HTTP 500 unknown:  (query: q)"));
  }

  @Test
  void should_shorten_a_long_non_json_body_and_name_an_empty_one() {
    String page = "x".repeat(200);

    assertThat(((QueryResult.Failed) parse(503, page)).detail())
        .endsWith("not Prometheus JSON: " + "x".repeat(120) + "…");
    assertThat(((QueryResult.Failed) parse(204, "")).detail()).isEqualTo(
        "canary requests: Prometheus at http://127.0.0.1:9090 answered HTTP 204 (text/plain),"
            + " not Prometheus JSON: (empty body)");
    assertThat(((QueryResult.Failed) parse(200, "[1,2]")).kind()).isEqualTo(MissingKind.SOURCE_ERROR);
  }

  private static QueryResult parse(int status, String body) {
    return ResponseParser.parse("canary requests", "q", SOURCE, status, "text/plain", body);
  }
}
