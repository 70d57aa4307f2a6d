package dev.modelgate.examples.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.metrics.testset.Fingerprint;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class CreditCsvProperties {

  /** One data row: a label and feature values written as plain decimals. */
  record Row(boolean bad, List<BigDecimal> values) {}

  @Provide
  Arbitrary<List<Row>> tables() {
    Arbitrary<BigDecimal> value = Arbitraries.bigDecimals()
        .between(BigDecimal.valueOf(-100_000), BigDecimal.valueOf(100_000)).ofScale(3);
    return Arbitraries.integers().between(1, 5).flatMap(features -> Combinators.combine(
            Arbitraries.of(true, false), value.list().ofSize(features))
        .as(Row::new).list().ofMinSize(2).ofMaxSize(30)
        .filter(rows -> rows.stream().anyMatch(Row::bad) && rows.stream().anyMatch(r -> !r.bad())));
  }

  @Property(tries = 200, seed = "42")
  void should_read_back_every_id_label_and_value_it_was_given(@ForAll("tables") List<Row> rows) {
    int features = rows.get(0).values().size();
    StringBuilder csv = new StringBuilder("row_id,Class");
    for (int f = 0; f < features; f++) {
      csv.append(",f").append(f);
    }
    csv.append('\n');
    for (int r = 0; r < rows.size(); r++) {
      csv.append("id").append(r).append(',').append(rows.get(r).bad() ? "Bad" : "Good");
      for (BigDecimal v : rows.get(r).values()) {
        csv.append(',').append(v.toPlainString());
      }
      csv.append('\n');
    }

    GermanCreditData data = GermanCreditData.read(
        new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)), "p.csv");

    assertThat(data.rows()).isEqualTo(rows.size());
    assertThat(data.featureNames()).hasSize(features);
    for (int r = 0; r < rows.size(); r++) {
      assertThat(data.rowId(r)).isEqualTo("id" + r);
      assertThat(data.label(r)).isEqualTo(rows.get(r).bad() ? "Bad" : "Good");
      for (int f = 0; f < features; f++) {
        assertThat(data.value(r, f)).isEqualTo(rows.get(r).values().get(f).doubleValue());
      }
    }
  }

  @Property(tries = 500, seed = "42")
  void should_predict_bad_exactly_when_the_written_score_is_above_the_threshold(
      @ForAll @DoubleRange(min = 0, max = 1) double score,
      @ForAll @IntRange(min = 1, max = 99) int thresholdPercent) {
    double threshold = thresholdPercent / 100.0;
    Predictions predictions = Predictions.of("m", threshold,
        Fingerprint.of(new String[] {"1"}, new String[] {"Bad"}),
        new String[] {"1"}, new String[] {"Bad"}, new double[] {score});
    StringBuilder csv = new StringBuilder();
    predictions.writeCsv(csv);

    String[] fields = csv.toString().split("\n")[1].split(",");
    double written = Double.parseDouble(fields[3]);

    assertThat(fields[2]).isEqualTo(written > threshold ? "Bad" : "Good");
    assertThat(written).isEqualTo(predictions.scores()[0]);
  }
}
