package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.CostModel;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Evaluator;
import dev.modelgate.core.Predictions;
import dev.modelgate.metrics.ZeroDivision;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.stream.Stream;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * The streaming evaluation of a file equals {@link Evaluator}'s evaluation of the same rows read
 * into memory: same metrics to the last digit, same net benefit, same fingerprint, weighted or not.
 */
class StreamingEvaluatorProperties {

  private Path dir;

  record Row(String truth, String predicted, double score, double weight) {}

  @BeforeProperty
  void createDirectory() throws IOException {
    dir = java.nio.file.Files.createTempDirectory("gate-cli-props");
  }

  @AfterProperty
  void deleteDirectory() throws IOException {
    try (Stream<Path> files = java.nio.file.Files.list(dir)) {
      for (Path file : files.toList()) {
        java.nio.file.Files.delete(file);
      }
    }
    java.nio.file.Files.delete(dir);
  }

  @Property(tries = 60)
  void should_equal_the_in_memory_evaluator(
      @ForAll("rows") List<Row> rows, @ForAll boolean weighted) throws IOException {
    String[] ids = new String[rows.size()];
    String[] truth = new String[rows.size()];
    String[] predicted = new String[rows.size()];
    double[] scores = new double[rows.size()];
    double[] weights = new double[rows.size()];
    StringBuilder csv = new StringBuilder("id,y,p,s,w\n");
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      ids[i] = "row-" + (rows.size() - i);
      truth[i] = row.truth();
      predicted[i] = row.predicted();
      scores[i] = row.score();
      weights[i] = row.weight();
      csv.append(ids[i]).append(',').append(truth[i]).append(',').append(predicted[i])
          .append(',').append(scores[i]).append(',').append(weights[i]).append('\n');
    }
    Path file = dir.resolve("p.csv");
    java.nio.file.Files.writeString(file, csv, StandardCharsets.UTF_8);
    BinaryCosts costs = BinaryCosts.of("0", "-3", "-500", "100.25");
    Columns columns =
        new Columns("y", "p", "s", null, "Bad", null, null, weighted ? "w" : null, "id");
    CostSpec spec = new CostSpec(costs, null, Currency.getInstance("USD"), 10_000L);

    Evaluation streamed =
        StreamingEvaluator.evaluate(
                new EvaluationRequest(file, "p.csv", columns, spec, ZeroDivision.NAN),
                Progress.none())
            .toEvaluation();

    Predictions predictions = Predictions.of(ids, truth, predicted).withScores(scores);
    if (weighted) {
      predictions = predictions.withWeights(weights);
    }
    Evaluation inMemory =
        Evaluator.withCosts(new CostModel(costs, "Bad", 10_000L)).evaluate(predictions);
    assertThat(streamed).isEqualTo(inMemory);
  }

  @Provide
  Arbitrary<List<Row>> rows() {
    Arbitrary<String> label = Arbitraries.of("Bad", "Good");
    Arbitrary<Double> score = Arbitraries.integers().between(0, 1000).map(i -> i / 1000.0);
    Arbitrary<Double> weight = Arbitraries.of(0.0, 0.1, 0.5, 1.0, 2.25, 3.0);
    Arbitrary<Row> row = Combinators.combine(label, label, score, weight).as(Row::new);
    return row.list()
        .ofMinSize(1)
        .ofMaxSize(200)
        .map(
            list -> {
              ArrayList<Row> all = new ArrayList<>(list);
              all.add(0, new Row("Bad", "Good", 0.3, 1.0));
              all.add(0, new Row("Good", "Bad", 0.6, 1.0));
              return all;
            });
  }
}
