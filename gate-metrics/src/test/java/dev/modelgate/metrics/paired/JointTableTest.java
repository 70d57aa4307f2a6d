package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import org.junit.jupiter.api.Test;

class JointTableTest {

  private static final LabelDictionary BINARY = LabelDictionary.of("negative", "positive");

  @Test
  void should_count_each_row_in_its_truth_champion_candidate_cell() {
    JointTable table =
        JointTable.of(
            BINARY, new int[] {1, 0, 1, 1}, new int[] {1, 0, 0, 1}, new int[] {1, 1, 1, 1});

    assertThat(table.count(1, 1, 1)).isEqualTo(2);
    assertThat(table.count(0, 0, 1)).isEqualTo(1);
    assertThat(table.count(1, 0, 1)).isEqualTo(1);
    assertThat(table.count(0, 0, 0)).isZero();
    assertThat(table.rows()).isEqualTo(4);
    assertThat(table.championOnly()).isEqualTo(1);
    assertThat(table.candidateOnly()).isEqualTo(1);
    assertThat(table.bothRight()).isEqualTo(2);
    assertThat(table.bothWrong()).isZero();
  }

  @Test
  void should_have_each_models_confusion_matrix_as_its_margins() {
    for (int classes : new int[] {2, 4}) {
      LabelDictionary labels = LabelDictionary.indices(classes);
      PairedRows rows = PairedRows.random(11, 5000, classes, 0.7, 0.75);

      JointTable table = rows.table(labels);

      assertThat(table.champion())
          .isEqualTo(ConfusionMatrix.of(labels, rows.truth(), rows.champion()));
      assertThat(table.candidate())
          .isEqualTo(ConfusionMatrix.of(labels, rows.truth(), rows.candidate()));
    }
  }

  @Test
  void should_count_mcnemars_discordant_rows_as_a_loop_over_the_rows_does() {
    PairedRows rows = PairedRows.random(12, 3000, 3, 0.6, 0.65);
    long b = 0;
    long c = 0;
    long both = 0;
    for (int i = 0; i < rows.truth().length; i++) {
      boolean championRight = rows.champion()[i] == rows.truth()[i];
      boolean candidateRight = rows.candidate()[i] == rows.truth()[i];
      b += championRight && !candidateRight ? 1 : 0;
      c += candidateRight && !championRight ? 1 : 0;
      both += championRight && candidateRight ? 1 : 0;
    }

    JointTable table = rows.table(LabelDictionary.indices(3));

    assertThat(table.championOnly()).isEqualTo(b);
    assertThat(table.candidateOnly()).isEqualTo(c);
    assertThat(table.bothRight()).isEqualTo(both);
    assertThat(table.bothWrong()).isEqualTo(3000 - b - c - both);
  }

  @Test
  void should_round_trip_its_counts_through_to_array_and_of_counts() {
    JointTable table = PairedRows.random(13, 500, 3, 0.5, 0.5).table(LabelDictionary.indices(3));

    JointTable copy = JointTable.ofCounts(table.labels(), table.toArray());

    assertThat(copy).isEqualTo(table).hasSameHashCodeAs(table);
    assertThat(copy.toString())
        .isEqualTo("JointTable[0, 1, 2][rows=500, championOnly=" + table.championOnly()
            + ", candidateOnly=" + table.candidateOnly() + "]");
  }
}
