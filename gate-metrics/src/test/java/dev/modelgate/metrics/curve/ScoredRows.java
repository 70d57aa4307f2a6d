package dev.modelgate.metrics.curve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Scored binary rows for properties: scores either on a coarse grid of quarters (many ties, and
 * exact under the cubic transform of the invariance properties) or anywhere in ±10<sup>6</sup>,
 * and small integer weights.
 */
record ScoredRows(List<Row> rows) {

  /** Fixed seed of every curve property, so that runs are reproducible. */
  static final String SEED = "4242";

  record Row(double score, boolean positive, int weight) {}

  static Arbitrary<ScoredRows> onGrid() {
    return of(Arbitraries.integers().between(-12, 12).map(i -> i / 4.0));
  }

  static Arbitrary<ScoredRows> anywhere() {
    return of(Arbitraries.oneOf(
        Arbitraries.integers().between(-12, 12).map(i -> i / 4.0),
        Arbitraries.doubles().between(-1e6, 1e6)));
  }

  private static Arbitrary<ScoredRows> of(Arbitrary<Double> scores) {
    Arbitrary<Row> row = Combinators.combine(
            scores, Arbitraries.of(true, false), Arbitraries.integers().between(0, 3))
        .as(Row::new);
    return row.list().ofMinSize(1).ofMaxSize(60).map(ScoredRows::new);
  }

  boolean[] truth() {
    boolean[] out = new boolean[rows.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = rows.get(i).positive();
    }
    return out;
  }

  double[] scores() {
    return rows.stream().mapToDouble(Row::score).toArray();
  }

  double[] weights() {
    return rows.stream().mapToDouble(Row::weight).toArray();
  }

  boolean anyWeight() {
    return rows.stream().anyMatch(r -> r.weight() > 0);
  }

  ThresholdCurve curve() {
    return ThresholdCurve.of(truth(), scores());
  }

  ScoredRows mapScores(DoubleUnaryOperator f) {
    List<Row> mapped = new ArrayList<>();
    for (Row r : rows) {
      mapped.add(new Row(f.applyAsDouble(r.score()), r.positive(), r.weight()));
    }
    return new ScoredRows(mapped);
  }

  ScoredRows shuffled(long seed) {
    List<Row> copy = new ArrayList<>(rows);
    Collections.shuffle(copy, new Random(seed));
    return new ScoredRows(copy);
  }

  /** Each row repeated as many times as its weight, unweighted. */
  ScoredRows repeatedByWeight() {
    List<Row> repeated = new ArrayList<>();
    for (Row r : rows) {
      for (int i = 0; i < r.weight(); i++) {
        repeated.add(new Row(r.score(), r.positive(), 1));
      }
    }
    return new ScoredRows(repeated);
  }
}
