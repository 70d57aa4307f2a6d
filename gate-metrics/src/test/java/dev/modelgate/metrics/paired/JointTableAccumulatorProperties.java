package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.LabelDictionary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class JointTableAccumulatorProperties {

  static final String SEED = "20240611";

  @Property(seed = SEED, tries = 200)
  void should_count_what_a_plain_loop_over_the_rows_counts(
      @ForAll @IntRange(min = 1, max = 5) int classes,
      @ForAll @IntRange(min = 0, max = 4000) int rows,
      @ForAll long seed) {
    PairedRows data = PairedRows.random(seed, rows, classes, 0.6, 0.7);
    LabelDictionary labels = LabelDictionary.indices(classes);

    JointTable table =
        JointTableAccumulator.of(labels)
            .addAll(data.truth(), data.champion(), data.candidate())
            .toTable();

    long[][][] expected = new long[classes][classes][classes];
    for (int i = 0; i < rows; i++) {
      expected[data.truth()[i]][data.champion()[i]][data.candidate()[i]]++;
    }
    assertThat(table.toArray()).isDeepEqualTo(expected);
    assertThat(table.rows()).isEqualTo(rows);
  }

  @Property(seed = SEED, tries = 200)
  void should_give_the_whole_table_from_chunks_and_from_merged_partitions(
      @ForAll @IntRange(min = 2, max = 4) int classes,
      @ForAll @IntRange(min = 0, max = 3000) int rows,
      @ForAll @IntRange(min = 0, max = 3000) int firstCut,
      @ForAll @IntRange(min = 0, max = 3000) int secondCut,
      @ForAll long seed) {
    PairedRows data = PairedRows.random(seed, rows, classes, 0.5, 0.8);
    LabelDictionary labels = LabelDictionary.indices(classes);
    int a = Math.min(firstCut, secondCut) % (rows + 1);
    int b = Math.max(a, Math.max(firstCut, secondCut) % (rows + 1));
    JointTable whole = JointTableAccumulator.of(labels)
        .addAll(data.truth(), data.champion(), data.candidate()).toTable();

    JointTableAccumulator chunked = JointTableAccumulator.of(labels);
    chunked.addAll(data.truth(), data.champion(), data.candidate(), 0, a);
    chunked.addAll(data.truth(), data.champion(), data.candidate(), a, b);
    chunked.addAll(data.truth(), data.champion(), data.candidate(), b, rows);
    JointTableAccumulator first = part(data, labels, 0, a);
    JointTableAccumulator middle = part(data, labels, a, b);
    JointTableAccumulator last = part(data, labels, b, rows);

    assertThat(chunked.toTable()).isEqualTo(whole);
    assertThat(last.merge(first).merge(middle).toTable()).isEqualTo(whole);
  }

  @Property(seed = SEED, tries = 100)
  void should_stay_unchanged_when_a_call_has_a_bad_row(
      @ForAll @IntRange(min = 2, max = 4) int classes,
      @ForAll @IntRange(min = 1, max = 3000) int rows,
      @ForAll @IntRange(min = 0, max = 2999) int badRow,
      @ForAll long seed) {
    PairedRows data = PairedRows.random(seed, rows, classes, 0.5, 0.5);
    LabelDictionary labels = LabelDictionary.indices(classes);
    JointTableAccumulator accumulator =
        JointTableAccumulator.of(labels).addAll(data.truth(), data.champion(), data.candidate());
    JointTable before = accumulator.toTable();
    int bad = badRow % rows;
    data.candidate()[bad] = classes;

    assertThatThrownBy(
            () -> accumulator.addAll(data.truth(), data.champion(), data.candidate()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("candidate[" + bad + "] = " + classes);
    assertThat(accumulator.toTable()).isEqualTo(before);
  }

  private static JointTableAccumulator part(
      PairedRows data, LabelDictionary labels, int from, int to) {
    return JointTableAccumulator.of(labels)
        .addAll(data.truth(), data.champion(), data.candidate(), from, to);
  }
}
