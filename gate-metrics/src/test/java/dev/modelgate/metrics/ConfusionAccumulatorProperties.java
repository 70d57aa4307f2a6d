package dev.modelgate.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Chunking, merging and row order never change the matrix, bit for bit, with or without weights.
 */
class ConfusionAccumulatorProperties {

  @Provide
  Arbitrary<RandomRows> rows() {
    return RandomRows.arbitrary();
  }

  @Property(seed = "20240611", tries = 300)
  void chunked_adds_give_the_whole_data_matrix(
      @ForAll("rows") RandomRows rows, @ForAll @Size(max = 6) List<Integer> rawCuts) {
    int[] cuts = rows.cuts(rawCuts);
    ConfusionAccumulator chunked = ConfusionAccumulator.of(rows.labels());
    int from = 0;
    for (int to : cuts) {
      add(chunked, rows, from, to);
      from = to;
    }
    add(chunked, rows, from, rows.size());

    assertThat(chunked.toMatrix()).isEqualTo(rows.matrix());
  }

  @Property(seed = "20240612", tries = 300)
  void merging_is_associative_and_commutative_and_gives_the_whole_data_matrix(
      @ForAll("rows") RandomRows rows, @ForAll @Size(2) List<Integer> rawCuts) {
    int[] cuts = rows.cuts(rawCuts);
    int a = cuts[0];
    int b = cuts[1];

    ConfusionMatrix leftFirst = rows.accumulate(0, a)
        .merge(rows.accumulate(a, b)).merge(rows.accumulate(b, rows.size())).toMatrix();
    ConfusionMatrix rightFirst = rows.accumulate(0, a)
        .merge(rows.accumulate(a, b).merge(rows.accumulate(b, rows.size()))).toMatrix();
    ConfusionMatrix reversed = rows.accumulate(b, rows.size())
        .merge(rows.accumulate(a, b)).merge(rows.accumulate(0, a)).toMatrix();

    assertThat(leftFirst).isEqualTo(rightFirst).isEqualTo(reversed).isEqualTo(rows.matrix());
  }

  @Property(seed = "20240613", tries = 300)
  void permuting_the_rows_leaves_the_matrix_unchanged(
      @ForAll("rows") RandomRows rows, @ForAll long seed) {
    assertThat(rows.shuffled(seed).matrix()).isEqualTo(rows.matrix());
  }

  @Property(seed = "20240614", tries = 200)
  void rows_added_one_at_a_time_give_the_matrix_of_one_chunk(@ForAll("rows") RandomRows rows) {
    ConfusionAccumulator single = ConfusionAccumulator.of(rows.labels());
    for (int i = 0; i < rows.size(); i++) {
      if (rows.weights() == null) {
        single.add(rows.truth()[i], rows.predicted()[i]);
      } else {
        single.add(rows.truth()[i], rows.predicted()[i], rows.weights()[i]);
      }
    }

    assertThat(single.toMatrix()).isEqualTo(rows.matrix());
  }

  private static void add(ConfusionAccumulator accumulator, RandomRows rows, int from, int to) {
    if (rows.weights() == null) {
      accumulator.addAll(rows.truth(), rows.predicted(), from, to);
    } else {
      accumulator.addAll(rows.truth(), rows.predicted(), rows.weights(), from, to);
    }
  }
}
