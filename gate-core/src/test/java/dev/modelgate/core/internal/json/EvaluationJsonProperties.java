package dev.modelgate.core.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.core.Direction;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EvaluationJsonProperties {

  private final ObjectMapper mapper = CoreJson.newMapper();

  @Property(tries = 200, seed = "42")
  void any_evaluation_reads_back_equal_with_every_decimal_keeping_its_scale(
      @ForAll("evaluations") Evaluation evaluation) throws Exception {
    Evaluation read = mapper.readValue(CoreJson.prettyBytes(evaluation), Evaluation.class);

    assertThat(read).isEqualTo(evaluation);
    evaluation
        .metrics()
        .forEach(
            (metric, value) -> {
              MetricValue back = read.metric(metric).orElseThrow();
              assertThat(back.toString()).isEqualTo(value.toString());
              assertThat(read.metrics().keySet()).contains(metric);
            });
  }

  @Provide
  Arbitrary<Evaluation> evaluations() {
    Arbitrary<MetricValue> values =
        Arbitraries.oneOf(
            Arbitraries.just(MetricValue.undefined()),
            Arbitraries.doubles().map(MetricValue::of),
            Combinators.combine(
                    Arbitraries.bigIntegers().between(
                        BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)),
                    Arbitraries.integers().between(0, 12))
                .as((unscaled, scale) -> MetricValue.of(new BigDecimal(unscaled, scale))));
    Arbitrary<Metric> metrics =
        Combinators.combine(
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8),
                Arbitraries.of(Direction.class))
            .as(Metric::new);
    Arbitrary<Map<Metric, MetricValue>> maps =
        Combinators.combine(metrics.list().ofMaxSize(6), values.list().ofSize(6))
            .as(EvaluationJsonProperties::byName);
    return Combinators.combine(
            Arbitraries.strings().withChars("0123456789abcdef").ofLength(64),
            Arbitraries.longs().between(1, Long.MAX_VALUE),
            maps)
        .as((hex, rows, map) -> new Evaluation("sha256:" + hex, rows, map));
  }

  private static Map<Metric, MetricValue> byName(List<Metric> metrics, List<MetricValue> values) {
    Map<String, Metric> unique = new HashMap<>();
    metrics.forEach(metric -> unique.putIfAbsent(metric.name(), metric));
    Map<Metric, MetricValue> map = new HashMap<>();
    int i = 0;
    for (Metric metric : unique.values()) {
      map.put(metric, values.get(i++));
    }
    return map;
  }
}
