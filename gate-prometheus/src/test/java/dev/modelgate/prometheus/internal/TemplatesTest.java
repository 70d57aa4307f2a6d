package dev.modelgate.prometheus.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Placeholders, escaping and the PromQL spellings of ranges, times and quantiles. */
class TemplatesTest {

  private static final Instant T0 = Instant.ofEpochSecond(1_700_000_000);

  @Test
  void should_find_placeholders_in_order_of_first_use() {
    assertThat(Templates.placeholders("f($quantile, x{a=\"$model\",b=\"$model_2\"}[$window]) $model"))
        .containsExactly("quantile", "model", "model_2", "window");
  }

  @Test
  void should_escape_quoted_values_so_they_cannot_end_the_string() {
    String rendered = Templates.render(
        "x{m=\"$model\"}[$window]", Map.of("model", "a\"}) or vector(1) #\\\n"), Map.of("window", "5m"));

    assertThat(rendered).isEqualTo("x{m=\"a\\\"}) or vector(1) #\\\\\\n\"}[5m]");
  }

  @Test
  void should_refuse_a_placeholder_without_a_value() {
    assertThatThrownBy(() -> Templates.render("x{m=\"$other\"}", Map.of(), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no value for $other");
  }

  @Test
  void should_spell_ranges_in_whole_seconds_or_milliseconds() {
    assertThat(Templates.range(T0, T0.plusSeconds(300))).isEqualTo("300s");
    assertThat(Templates.range(T0, T0.plusMillis(1500))).isEqualTo("1500ms");
    assertThat(Templates.range(T0, T0.plusNanos(10))).isEqualTo("1ms");
    assertThat(Templates.duration(Duration.ofSeconds(10))).isEqualTo("10000ms");
  }

  @Test
  void should_spell_times_as_unix_seconds_with_milliseconds() {
    assertThat(Templates.unixSeconds(T0.plusMillis(123))).isEqualTo("1700000000.123");
    assertThat(Templates.unixSeconds(T0)).isEqualTo("1700000000.000");
  }

  @Test
  void should_spell_quantiles_and_their_percentile_names() {
    assertThat(Templates.quantile(0.99)).isEqualTo("0.99");
    assertThat(Templates.quantile(0.0001)).isEqualTo("0.0001");
    assertThat(Templates.percentileName(0.5)).isEqualTo("p50");
    assertThat(Templates.percentileName(0.999)).isEqualTo("p99.9");
  }
}
