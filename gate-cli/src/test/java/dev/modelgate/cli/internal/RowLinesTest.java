package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RowLinesTest {

  @Test
  void should_map_rows_to_lines_across_multi_line_records() {
    RowLines lines = new RowLines();
    lines.add(0, 2);
    lines.add(1, 3); // a record over lines 3 and 4
    lines.add(2, 5);
    lines.add(3, 6);

    assertThat(lines.line(0)).isEqualTo(2);
    assertThat(lines.line(1)).isEqualTo(3);
    assertThat(lines.line(2)).isEqualTo(5);
    assertThat(lines.line(3)).isEqualTo(6);
  }

  @Test
  void should_turn_a_repeated_id_failure_into_lines() {
    RowLines lines = new RowLines();
    for (int row = 0; row < 10; row++) {
      lines.add(row, row + 2);
    }

    String message =
        lines.repeatedId("p.csv", "id",
            new IllegalArgumentException("row 7 repeats row id \"12\" already at row 3"));

    assertThat(message).isEqualTo("p.csv:9: row id \"12\" (column \"id\") was already used on line 5");
  }

  @Test
  void should_keep_another_failure_as_it_is_after_the_file_name() {
    String message =
        new RowLines().repeatedId("p.csv", "id", new IllegalArgumentException("something else"));

    assertThat(message).isEqualTo("p.csv: something else");
  }
}
