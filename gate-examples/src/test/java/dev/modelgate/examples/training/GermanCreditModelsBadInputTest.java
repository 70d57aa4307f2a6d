package dev.modelgate.examples.training;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GermanCreditModelsBadInputTest {

  @Test
  void should_name_every_feature_each_model_needs_and_the_data_lacks() {
    GermanCreditData data = Csv.read(
        "row_id,Class,Duration,Age",
        "1,Good,6,67", "2,Bad,48,22", "3,Good,12,49", "4,Good,42,45", "5,Bad,24,53",
        "6,Bad,36,35");

    assertThatThrownBy(() -> GermanCreditModels.of(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv cannot train the models: champion needs \"Amount\","
            + " \"CheckingAccountStatus.lt.0\", \"CheckingAccountStatus.0.to.200\", which the"
            + " data lacks; weak needs \"Amount\", which the data lacks");
  }

  @Test
  void should_refuse_a_named_feature_that_never_varies_on_the_training_rows() {
    GermanCreditData data = Csv.read(
        "row_id,Class,Duration,Amount,Age,CheckingAccountStatus.lt.0,"
            + "CheckingAccountStatus.0.to.200",
        "1,Good,6,1000,67,1,0", "2,Bad,48,1000,22,0,1", "3,Good,12,1000,49,0,0",
        "4,Good,42,1000,45,1,0", "5,Bad,24,1000,53,0,1", "6,Bad,36,1000,35,0,0");

    assertThatThrownBy(() -> GermanCreditModels.of(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv cannot train the models: champion cannot learn from \"Amount\":"
            + " constant on the training rows; weak cannot learn from \"Amount\": constant on the"
            + " training rows");
  }

  @Test
  void should_refuse_data_where_no_feature_varies() {
    GermanCreditData data = Csv.read(
        "row_id,Class,Duration,Amount,Age,CheckingAccountStatus.lt.0,"
            + "CheckingAccountStatus.0.to.200",
        "1,Good,6,1000,30,0,0", "2,Bad,6,1000,30,0,0", "3,Good,6,1000,30,0,0",
        "4,Good,6,1000,30,0,0", "5,Bad,6,1000,30,0,0", "6,Bad,6,1000,30,0,0");

    assertThatThrownBy(() -> GermanCreditModels.of(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tiny.csv cannot train the models: champion cannot learn from \"Duration\","
            + " \"Amount\", \"Age\", \"CheckingAccountStatus.lt.0\","
            + " \"CheckingAccountStatus.0.to.200\": constant on the training rows;"
            + " challenger-better finds no feature that varies on the training rows;"
            + " challenger-f1-up-money-down finds no feature that varies on the training rows;"
            + " weak cannot learn from \"Amount\": constant on the training rows");
  }

  @Test
  void should_pass_on_the_fixed_splits_refusal_of_too_few_rows() {
    GermanCreditData data = Csv.read("row_id,Class,Amount", "1,Good,100", "2,Bad,200");

    assertThatThrownBy(() -> GermanCreditModels.of(data))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cannot split with testFraction = 0.2: label \"Bad\" has 1 row");
  }
}
