package dev.modelgate.examples.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.metrics.testset.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PredictionsTest {

  private static final String[] IDS = {"7", "3"};
  private static final String[] TRUTH = {"Bad", "Good"};
  private static final Fingerprint FINGERPRINT = Fingerprint.of(IDS, TRUTH);

  private static Predictions predictions(double threshold, double... scores) {
    return Predictions.of("m", threshold, FINGERPRINT, IDS.clone(), TRUTH.clone(), scores);
  }

  @ParameterizedTest(name = "P(Bad) {1} at threshold {0} predicts {2}")
  @CsvSource({
    "0.5, 0.7, Bad", "0.5, 0.2, Good", "0.5, 0.5, Good",
    "0.5, 0.5000004, Good", "0.5, 0.5000006, Bad",
    "0.16666666666666666, 0.166667, Bad", "0.16666666666666666, 0.166666, Good"
  })
  void should_decline_only_when_the_rounded_score_is_above_the_threshold(
      double threshold, double score, String expected) {
    assertThat(predictions(threshold, score, 0.0).predicted()[0]).isEqualTo(expected);
  }

  @Test
  void should_round_scores_to_six_decimals_half_even() {
    assertThat(predictions(0.5, 0.1234565, 0.98765449).scores())
        .containsExactly(0.123456, 0.987654);
  }

  @Test
  void should_write_csv_with_the_header_of_the_bundled_predictions_files() {
    StringBuilder csv = new StringBuilder();

    predictions(1.0 / 6, 0.25, 0.05).writeCsv(csv);

    assertThat(csv).hasToString(
        "row_id,Class,predicted,score\n7,Bad,Bad,0.250000\n3,Good,Good,0.050000\n");
  }

  @Test
  void should_hand_out_copies_of_its_arrays() {
    Predictions predictions = predictions(0.5, 0.7, 0.2);

    predictions.rowIds()[0] = "x";
    predictions.truth()[0] = "x";
    predictions.predicted()[0] = "x";
    predictions.scores()[0] = 9;

    assertThat(predictions.rowIds()).containsExactly("7", "3");
    assertThat(predictions.truth()).containsExactly("Bad", "Good");
    assertThat(predictions.predicted()).containsExactly("Bad", "Good");
    assertThat(predictions.scores()).containsExactly(0.7, 0.2);
  }

  @Test
  void should_be_equal_only_to_the_same_scores_threshold_and_rows() {
    Predictions predictions = predictions(0.5, 0.7, 0.2);

    assertThat(predictions).isEqualTo(predictions(0.5, 0.7, 0.2))
        .hasSameHashCodeAs(predictions(0.5, 0.7, 0.2))
        .isNotEqualTo(predictions(0.5, 0.7, 0.3))
        .isNotEqualTo(predictions(0.4, 0.7, 0.2))
        .hasToString("Predictions[m, rows=2, threshold=0.5, testSet=" + FINGERPRINT + "]");
  }
}
