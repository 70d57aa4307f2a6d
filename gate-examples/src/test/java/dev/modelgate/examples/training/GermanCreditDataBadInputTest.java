package dev.modelgate.examples.training;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GermanCreditDataBadInputTest {

  @Test
  void should_refuse_an_empty_file() {
    assertThatThrownBy(Csv::read)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv is empty: expected a header row");
  }

  @Test
  void should_refuse_a_header_without_rows() {
    assertThatThrownBy(() -> Csv.read("row_id,Class,Age"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv has a header but no rows");
  }

  @Test
  void should_name_a_missing_label_column() {
    assertThatThrownBy(() -> Csv.read("row_id,Age", "1,30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv: missing column \"Class\"");
  }

  @Test
  void should_name_every_missing_required_column_at_once() {
    assertThatThrownBy(() -> Csv.read("id,label,Age", "1,Bad,30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv: missing columns \"row_id\", \"Class\"");
  }

  @Test
  void should_refuse_a_column_that_appears_twice() {
    assertThatThrownBy(() -> Csv.read("row_id,Class,Age,Age", "1,Bad,30,30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv: column \"Age\" appears twice (columns 3 and 4)");
  }

  @Test
  void should_refuse_data_without_features() {
    assertThatThrownBy(() -> Csv.read("row_id,Class", "1,Bad"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv: no feature columns besides row_id and Class");
  }

  @Test
  void should_name_the_line_of_a_short_row() {
    assertThatThrownBy(() -> Csv.read("row_id,Class,Age", "1,Bad,30", "2,Good"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv line 3: 2 fields, expected 3 as in the header");
  }

  @Test
  void should_refuse_an_empty_row_id() {
    assertThatThrownBy(() -> Csv.read("row_id,Class,Age", ",Bad,30"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv line 2: row_id is empty");
  }

  @Test
  void should_name_both_lines_of_a_repeated_row_id() {
    assertThatThrownBy(() -> Csv.read("row_id,Class,Age", "1,Bad,30", "2,Good,40", "1,Good,50"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv line 4: row_id \"1\" already appears on line 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Medium", "bad", "GOOD", " Good", ""})
  void should_refuse_a_label_other_than_good_or_bad(String label) {
    assertThatThrownBy(() -> Csv.read("row_id,Class,Age", "1,Bad,30", "2," + label + ",40"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv line 3: Class \"" + label + "\" is not Good or Bad");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "NaN", "Infinity", "1e400", "", "0x10", "1d", "\"30\""})
  void should_refuse_a_feature_value_that_is_not_a_finite_number(String value) {
    assertThatThrownBy(() -> Csv.read("row_id,Class,Age", "1,Bad," + value))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv line 2: Age \"" + value + "\" is not a finite number");
  }

  @Test
  void should_refuse_data_with_only_one_label() {
    assertThatThrownBy(() -> Csv.read("row_id,Class,Age", "1,Good,30", "2,Good,40"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "tiny.csv has no row with Class \"Bad\": a model needs both labels to learn from");
  }
}
