package dev.modelgate.cli.internal;

import static dev.modelgate.cli.internal.TestFiles.columns;
import static dev.modelgate.cli.internal.TestFiles.evaluate;
import static dev.modelgate.cli.internal.TestFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.nio.file.Path;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingEvaluatorTest {

  @TempDir Path dir;

  @Test
  void should_sort_labels_as_scikit_learn_whatever_order_they_come_in() throws Exception {
    Path file = write(dir, "p.csv", "y,p\nc,a\nb,b\na,c\nb,a\n");

    EvaluationResult result = evaluate(file, columns("y", "p"), null);

    assertThat(result.labels().labels()).containsExactly("a", "b", "c");
    assertThat(result.matrix().toArray())
        .isEqualTo(new double[][] {{0, 0, 1}, {1, 1, 0}, {1, 0, 0}});
    assertThat(result.rows()).isEqualTo(4);
  }

  @Test
  void should_count_more_labels_than_the_first_accumulator_holds() throws Exception {
    StringBuilder text = new StringBuilder("y,p\n");
    String[] truth = new String[300];
    String[] predicted = new String[300];
    for (int i = 0; i < 300; i++) {
      truth[i] = "L" + (i * 7 % 101);
      predicted[i] = "L" + (i * 3 % 70);
      text.append(truth[i]).append(',').append(predicted[i]).append('\n');
    }
    Path file = write(dir, "p.csv", text.toString());

    EvaluationResult result = evaluate(file, columns("y", "p"), null);

    assertThat(result.labels().size()).isEqualTo(101);
    assertThat(result.matrix()).isEqualTo(ConfusionMatrix.ofLabels(truth, predicted));
  }

  @Test
  void should_predict_from_the_score_and_take_the_other_true_label_as_negative() throws Exception {
    Path file = write(dir, "p.csv", "y,s\nyes,0.9\nno,0.2\nyes,0.4\nno,0.5\n");
    Columns columns = new Columns("y", null, "s", 0.5, "yes", null, null, null, null);

    EvaluationResult result = evaluate(file, columns, null);

    assertThat(result.labels().labels()).containsExactly("no", "yes");
    assertThat(result.matrix().toArray()).isEqualTo(new double[][] {{1, 1}, {1, 1}});
    assertThat(result.curve()).isNotNull();
  }

  @Test
  void should_predict_positive_at_a_score_equal_to_the_threshold() throws Exception {
    Path file = write(dir, "p.csv", "y,s\nyes,0.5\nno,0.4999\nno,0.7\n");
    Columns columns = new Columns("y", null, "s", 0.5, "yes", "no", null, null, null);

    EvaluationResult result = evaluate(file, columns, null);

    // yes@0.5 -> yes (tie), no@0.4999 -> no, no@0.7 -> yes
    assertThat(result.matrix().toArray()).isEqualTo(new double[][] {{1, 1}, {0, 1}});
  }

  @Test
  void should_ask_for_negative_when_the_true_labels_do_not_name_it() throws Exception {
    Path file = write(dir, "p.csv", "y,s\nyes,0.9\nyes,0.2\n");
    Columns columns = new Columns("y", null, "s", 0.5, "yes", null, null, null, null);

    assertThatThrownBy(() -> evaluate(file, columns, null))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "p.csv: --threshold predicts a negative label, but column \"y\" has no label other"
                + " than \"yes\": name it with --negative");
  }

  @Test
  void should_refuse_to_guess_the_negative_among_several_labels() throws Exception {
    Path file = write(dir, "p.csv", "y,s\nyes,0.9\nno,0.2\nmaybe,0.1\n");
    Columns columns = new Columns("y", null, "s", 0.5, "yes", null, null, null, null);

    assertThatThrownBy(() -> evaluate(file, columns, null))
        .hasMessage(
            "p.csv: --threshold predicts a negative label, but column \"y\" has 2 labels other"
                + " than \"yes\" (\"no\", \"maybe\"): name the negative one with --negative");
  }

  @Test
  void should_name_file_line_column_and_value_of_a_score_that_is_not_a_number() {
    Path file = write(dir, "predictions.csv", "y,p,score\na,a,0.1\na,b,abc\n");
    Columns columns = new Columns("y", "p", "score", null, "a", null, null, null, null);

    assertThatThrownBy(() -> evaluate(file, columns, null))
        .isInstanceOf(InputException.class)
        .hasMessage("predictions.csv:3: column \"score\" = \"abc\" is not a number");
  }

  @Test
  void should_name_the_missing_column_and_list_the_header() {
    Path file = write(dir, "p.csv", "id,y,p\n1,a,a\n");
    Columns columns = new Columns("y", "p", "score", null, "a", null, null, null, null);

    assertThatThrownBy(() -> evaluate(file, columns, null))
        .hasMessage("p.csv:1: no column \"score\" (--score); the header has \"id\", \"y\", \"p\"");
  }

  @Test
  void should_name_the_line_of_a_row_with_the_wrong_number_of_fields() {
    Path file = write(dir, "p.csv", "y,p\na,a\n\"multi\nline\",b\na\n");

    assertThatThrownBy(() -> evaluate(file, columns("y", "p"), null))
        .hasMessage("p.csv:5: 1 field, but the header has 2 columns");
  }

  @Test
  void should_name_both_lines_of_a_repeated_row_id() {
    Path file = write(dir, "p.csv", "id,y,p\n1,a,a\n2,\"b\nb\",a\n3,a,a\n2,a,a\n");
    Columns columns = new Columns("y", "p", null, null, null, null, null, null, "id");

    assertThatThrownBy(() -> evaluate(file, columns, null))
        .hasMessage("p.csv:6: row id \"2\" (column \"id\") was already used on line 3");
  }

  @Test
  void should_refuse_empty_labels_negative_weights_and_amounts_finer_than_cents() {
    Path empty = write(dir, "a.csv", "y,p\na,\n");
    Path weight = write(dir, "b.csv", "y,p,w\na,a,-1\n");
    Path amount = write(dir, "c.csv", "y,p,amt\na,a,1.234\n");
    Columns weighted = new Columns("y", "p", null, null, null, null, null, "w", null);
    Columns amounts = new Columns("y", "p", null, null, "a", null, "amt", null, null);
    CostSpec rates =
        new CostSpec(
            CostSpec.ZERO, BinaryCosts.of("1", "0", "0", "0"), Currency.getInstance("USD"), null);

    assertThatThrownBy(() -> evaluate(empty, columns("y", "p"), null))
        .hasMessage("a.csv:2: column \"p\" is empty");
    assertThatThrownBy(() -> evaluate(weight, weighted, null))
        .hasMessage("b.csv:2: column \"w\" = \"-1\" is not a weight >= 0");
    assertThatThrownBy(() -> evaluate(amount, amounts, rates))
        .hasMessage(
            "c.csv:2: column \"amt\" = \"1.234\" is not an amount in USD (a decimal number with at"
                + " most 2 decimal places)");
  }

  @Test
  void should_refuse_a_file_without_rows_and_an_empty_file() {
    Path header = write(dir, "h.csv", "y,p\n");
    Path nothing = write(dir, "e.csv", "");

    assertThatThrownBy(() -> evaluate(header, columns("y", "p"), null))
        .hasMessage("h.csv: no data rows after the header");
    assertThatThrownBy(() -> evaluate(nothing, columns("y", "p"), null))
        .hasMessage("e.csv: the file is empty: expected a header row");
  }

  @Test
  void should_stop_at_more_labels_than_a_classification_has() {
    StringBuilder text = new StringBuilder("y,p\n");
    for (int i = 0; i <= StreamingEvaluator.MAX_LABELS; i++) {
      text.append(i).append(",0\n");
    }
    Path file = write(dir, "p.csv", text.toString());

    assertThatThrownBy(() -> evaluate(file, columns("y", "p"), null))
        .hasMessage("p.csv:1002: more than 1000 distinct labels: is \"y\" a class label?");
  }

  @Test
  void should_compute_net_benefit_one_versus_rest_with_more_than_two_labels() throws Exception {
    Path file = write(dir, "p.csv", "y,p\nbad,bad\nbad,ok\nok,bad\nmeh,meh\nok,meh\n");
    Columns columns = new Columns("y", "p", null, null, "bad", null, null, null, null);
    CostSpec costs =
        new CostSpec(BinaryCosts.of("10", "-1", "-100", "2"), null, Currency.getInstance("USD"), null);

    EvaluationResult result = evaluate(file, columns, costs);

    // TP 1 (+10), FN 1 (-100), FP 1 (-1), TN 2 (+2 each)
    assertThat(result.netBenefitValue()).isEqualByComparingTo("-87");
  }
}
