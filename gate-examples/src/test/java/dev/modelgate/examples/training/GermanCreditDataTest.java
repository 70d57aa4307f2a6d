package dev.modelgate.examples.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GermanCreditDataTest {

  private static final GermanCreditData BUNDLED = GermanCreditData.load();

  @Test
  void should_read_the_bundled_copy_with_1000_applicants_300_of_them_bad() {
    assertThat(BUNDLED.rows()).isEqualTo(1000);
    assertThat(BUNDLED.source()).isEqualTo("german_credit.csv");
    assertThat(Arrays.stream(BUNDLED.labels()).filter("Bad"::equals).count()).isEqualTo(300);
    assertThat(BUNDLED).hasToString("GermanCreditData[german_credit.csv, rows=1000, features=61]");
  }

  @Test
  void should_take_every_column_but_row_id_and_class_as_a_feature() {
    assertThat(BUNDLED.featureNames())
        .hasSize(61)
        .startsWith("Duration", "Amount", "InstallmentRatePercentage")
        .endsWith("Job.Management.SelfEmp.HighlyQualified")
        .doesNotContain("row_id", "Class");
  }

  @Test
  void should_keep_each_row_id_label_and_value_of_the_file() {
    int age = BUNDLED.featureNames().indexOf("Age");
    int amount = BUNDLED.featureNames().indexOf("Amount");

    assertThat(BUNDLED.rowId(0)).isEqualTo("1");
    assertThat(BUNDLED.label(0)).isEqualTo("Good");
    assertThat(BUNDLED.value(0, age)).isEqualTo(67.0);
    assertThat(BUNDLED.rowId(1)).isEqualTo("2");
    assertThat(BUNDLED.label(1)).isEqualTo("Bad");
    assertThat(BUNDLED.value(1, amount)).isEqualTo(5951.0);
  }

  @Test
  void should_find_row_id_and_class_in_any_column() {
    GermanCreditData data = Csv.read("Class,Age,row_id", "Bad,30,a", "Good,41.5,b");

    assertThat(data.featureNames()).containsExactly("Age");
    assertThat(data.rowIds()).containsExactly("a", "b");
    assertThat(data.labels()).containsExactly("Bad", "Good");
    assertThat(data.value(1, 0)).isEqualTo(41.5);
  }

  @Test
  void should_skip_a_byte_order_mark_before_the_header() {
    GermanCreditData data = Csv.read("\uFEFFrow_id,Class,Age", "1,Bad,30", "2,Good,40");

    assertThat(data.rowIds()).containsExactly("1", "2");
    assertThat(data.featureNames()).containsExactly("Age");
  }

  @Test
  void should_hand_out_copies_of_its_arrays() {
    GermanCreditData data = Csv.read("row_id,Class,Age", "1,Bad,30", "2,Good,40");

    data.rowIds()[0] = "changed";
    data.labels()[0] = "changed";

    assertThat(data.rowId(0)).isEqualTo("1");
    assertThat(data.label(0)).isEqualTo("Bad");
  }

  @Test
  void should_refuse_a_row_or_feature_out_of_range() {
    GermanCreditData data = Csv.read("row_id,Class,Age", "1,Bad,30", "2,Good,40");

    assertThatThrownBy(() -> data.value(2, 0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> data.value(0, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> data.label(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void should_name_a_classpath_resource_that_is_not_there() {
    assertThatThrownBy(() -> GermanCreditData.load("/dev/modelgate/examples/nope.csv"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("classpath resource /dev/modelgate/examples/nope.csv not found");
  }
}
