package dev.modelgate.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicantCsvTest {

  @Test
  void should_send_every_feature_of_a_test_row_by_name() {
    String body = TrainedScorers.firstApplicant();

    Map<String, Double> features = ApplicantCsv.read(body);

    assertThat(features.keySet()).containsExactlyElementsOf(TrainedScorers.MODELS.data().featureNames());
    int row = TrainedScorers.MODELS.split().testIndices()[0];
    assertThat(features.get("Amount")).isEqualTo(TrainedScorers.MODELS.data().value(row,
        TrainedScorers.MODELS.data().featureNames().indexOf("Amount")));
  }

  @Test
  void should_write_whole_numbers_without_a_decimal_point() {
    assertThat(ApplicantCsv.write(List.of("Duration", "Rate", "Zero"), new double[] {6, 0.25, -0.0}))
        .isEqualTo("Duration,Rate,Zero\n6,0.25,-0.0");
  }

  @Test
  void should_refuse_a_body_of_one_line() {
    assertThatThrownBy(() -> ApplicantCsv.read("Duration,Amount"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 2 lines (names, values), got 1");
  }

  @Test
  void should_refuse_a_body_with_more_names_than_values() {
    assertThatThrownBy(() -> ApplicantCsv.read("Duration,Amount\n6"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 names but 1 values");
  }

  @Test
  void should_name_every_value_that_is_not_a_finite_number() {
    assertThatThrownBy(() -> ApplicantCsv.read("Duration,Amount,Age\nsix,1169,NaN"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not finite numbers: Duration=six, Age=NaN");
  }

  @Test
  void should_refuse_to_write_a_name_with_a_comma_or_a_value_that_is_not_finite() {
    assertThatThrownBy(() -> ApplicantCsv.write(List.of("a,b"), new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("feature name \"a,b\" is empty or holds a comma or a line break");
    assertThatThrownBy(() -> ApplicantCsv.write(List.of("Age"), new double[] {Double.POSITIVE_INFINITY}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Age = Infinity is not finite");
  }
}
