package dev.modelgate.metrics.testset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintAccumulatorTest {

  private static final String[] IDS = {"7", "3", "é", "\uD834\uDD1E", "10"};
  private static final String[] LABELS = {"Bad", "Good", "Good", "Bad", "Good"};

  @Test
  void should_give_the_whole_data_fingerprint_from_rows_added_one_at_a_time() {
    FingerprintAccumulator accumulator = FingerprintAccumulator.create();
    for (int i = 0; i < IDS.length; i++) {
      accumulator.add(IDS[i], LABELS[i]);
    }

    assertThat(accumulator.rows()).isEqualTo(5);
    assertThat(accumulator.toFingerprint()).isEqualTo(Fingerprint.of(IDS, LABELS));
  }

  @Test
  void should_give_the_whole_data_fingerprint_from_chunks_and_merged_partitions() {
    FingerprintAccumulator left = FingerprintAccumulator.create().addAll(IDS, LABELS, 0, 2);
    FingerprintAccumulator right = FingerprintAccumulator.create().addAll(IDS, LABELS, 2, 5);

    Fingerprint merged = right.merge(left).toFingerprint();

    assertThat(merged).isEqualTo(Fingerprint.of(IDS, LABELS));
    assertThat(left.rows()).isEqualTo(2);
  }

  @Test
  void should_stay_usable_after_taking_a_fingerprint() {
    FingerprintAccumulator accumulator = FingerprintAccumulator.create().addAll(IDS, LABELS, 0, 4);
    Fingerprint firstFour = accumulator.toFingerprint();

    Fingerprint all = accumulator.add(IDS[4], LABELS[4]).toFingerprint();

    assertThat(firstFour).isNotEqualTo(all);
    assertThat(all).isEqualTo(Fingerprint.of(IDS, LABELS));
  }

  @Test
  void should_name_argument_and_index_of_a_null_id() {
    assertThatThrownBy(
            () -> FingerprintAccumulator.create()
                .addAll(new String[] {"1", null}, new String[] {"A", "B"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowIds[1] must not be null");
  }

  @Test
  void should_name_the_row_number_of_an_empty_label_added_alone() {
    FingerprintAccumulator accumulator =
        FingerprintAccumulator.create().add("1", "A").add("2", "B");

    assertThatThrownBy(() -> accumulator.add("3", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("labels[2] must not be empty");
  }

  @Test
  void should_refuse_an_unpaired_surrogate_because_it_has_no_utf8_form() {
    assertThatThrownBy(() -> FingerprintAccumulator.create().add("ab\uD800", "A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "rowIds[0] has an unpaired surrogate \\uD800 at char 2, so it has no UTF-8 form");
  }

  @Test
  void should_be_unchanged_when_a_chunk_is_refused() {
    FingerprintAccumulator accumulator = FingerprintAccumulator.create().add("1", "A");

    assertThatThrownBy(
        () -> accumulator.addAll(new String[] {"2", "3", "4"}, new String[] {"A", "B", null}));

    assertThat(accumulator.rows()).isEqualTo(1);
    assertThat(accumulator.toFingerprint())
        .isEqualTo(Fingerprint.of(new String[] {"1"}, new String[] {"A"}));
  }

  @Test
  void should_refuse_a_repeated_id_across_partitions_naming_both_row_numbers() {
    FingerprintAccumulator first = FingerprintAccumulator.create().add("a", "X").add("b", "X");
    FingerprintAccumulator second = FingerprintAccumulator.create().add("c", "Y").add("a", "Y");

    FingerprintAccumulator merged = first.merge(second);

    assertThatThrownBy(merged::toFingerprint)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 3 repeats row id \"a\" already at row 0");
  }

  @Test
  void should_refuse_merging_with_itself_because_every_id_repeats() {
    FingerprintAccumulator accumulator =
        FingerprintAccumulator.create().add("a", "X").add("b", "X");

    accumulator.merge(accumulator);

    assertThat(accumulator.rows()).isEqualTo(4);
    assertThatThrownBy(accumulator::toFingerprint)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 2 repeats row id \"a\" already at row 0");
  }

  @Test
  void should_refuse_a_fingerprint_of_no_rows() {
    assertThatThrownBy(() -> FingerprintAccumulator.create().toFingerprint())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rows: a fingerprint needs at least one row");
  }

  @Test
  void should_refuse_chunks_of_different_length() {
    assertThatThrownBy(
            () -> FingerprintAccumulator.create()
                .addAll(new String[] {"1"}, new String[] {"A", "B"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowIds has 1 rows but labels has 2");
  }
}
