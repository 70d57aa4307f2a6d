package dev.modelgate.examples.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.metrics.testset.Fingerprint;
import dev.modelgate.metrics.testset.Split;
import dev.modelgate.metrics.testset.TestSetSplit;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GermanCreditModelsTest {

  private static final String FINGERPRINT =
      "sha256:db5080882dbc806ce9a37fa366138ff6bdbd083d5d3d2018d00f924f483d7e7d";

  @Test
  void should_predict_the_same_on_every_run() {
    Map<GermanCreditModel, Predictions> again = GermanCreditModels.load().predictAll();

    assertThat(again).isEqualTo(Trained.PREDICTIONS);
    for (GermanCreditModel model : GermanCreditModel.values()) {
      assertThat(again.get(model).predicted())
          .containsExactly(Trained.PREDICTIONS.get(model).predicted());
    }
  }

  @Test
  void should_predict_every_model_in_declaration_order() {
    assertThat(Trained.PREDICTIONS.keySet()).containsExactly(GermanCreditModel.values());
    Trained.PREDICTIONS.forEach((model, p) -> assertThat(p.model()).isEqualTo(model.id()));
  }

  @ParameterizedTest
  @EnumSource(GermanCreditModel.class)
  void should_cover_exactly_the_200_test_rows_of_the_fixed_split(GermanCreditModel model) {
    GermanCreditData data = GermanCreditData.load();
    Split split = TestSetSplit.defaults().split(data.rowIds(), data.labels());
    String[] testIds = Arrays.stream(split.testIndices()).mapToObj(data::rowId)
        .toArray(String[]::new);
    String[] testLabels = Arrays.stream(split.testIndices()).mapToObj(data::label)
        .toArray(String[]::new);

    Predictions predictions = Trained.PREDICTIONS.get(model);

    assertThat(predictions.size()).isEqualTo(200);
    assertThat(predictions.rowIds()).containsExactly(testIds);
    assertThat(predictions.truth()).containsExactly(testLabels);
    assertThat(predictions.testSetFingerprint()).isEqualTo(split.fingerprint());
    assertThat(predictions.testSetFingerprint())
        .isEqualTo(Fingerprint.of(testIds, testLabels));
  }

  @Test
  void should_carry_the_fingerprint_of_the_seed_42_test_set() {
    assertThat(Trained.MODELS.testSetFingerprint()).hasToString(FINGERPRINT);
    assertThat(Trained.MODELS.split().trainSize()).isEqualTo(800);
    Trained.PREDICTIONS.values()
        .forEach(p -> assertThat(p.testSetFingerprint()).hasToString(FINGERPRINT));
  }

  @ParameterizedTest
  @EnumSource(GermanCreditModel.class)
  void should_decline_exactly_when_p_bad_is_above_the_models_threshold(GermanCreditModel model) {
    Predictions predictions = Trained.PREDICTIONS.get(model);
    double[] scores = predictions.scores();
    String[] predicted = predictions.predicted();

    assertThat(predictions.threshold()).isEqualTo(model.threshold());
    for (int i = 0; i < scores.length; i++) {
      assertThat(scores[i]).isBetween(0.0, 1.0);
      assertThat(predicted[i]).isEqualTo(scores[i] > model.threshold() ? "Bad" : "Good");
    }
  }

  @Test
  void should_train_the_named_models_on_their_named_features_only() {
    assertThat(Trained.MODELS.features(GermanCreditModel.CHAMPION)).containsExactly(
        "Duration", "Amount", "Age", "CheckingAccountStatus.lt.0",
        "CheckingAccountStatus.0.to.200");
    assertThat(Trained.MODELS.features(GermanCreditModel.WEAK)).containsExactly("Amount");
  }

  @Test
  void should_train_the_all_feature_models_on_every_feature_that_varies() {
    assertThat(Trained.MODELS.features(GermanCreditModel.CHALLENGER_BETTER))
        .hasSize(59)
        .doesNotContain("Purpose.Vacation", "Personal.Female.Single")
        .isEqualTo(Trained.MODELS.features(GermanCreditModel.CHALLENGER_F1_UP_MONEY_DOWN));
  }

  @Test
  void should_write_one_csv_line_per_test_row_with_six_decimal_scores() {
    StringBuilder csv = new StringBuilder();
    Trained.PREDICTIONS.get(GermanCreditModel.CHAMPION).writeCsv(csv);

    String[] lines = csv.toString().split("\n");
    assertThat(lines).hasSize(201);
    assertThat(lines[0]).isEqualTo("row_id,Class,predicted,score");
    assertThat(lines[1]).matches("1,Good,(Good|Bad),0\\.\\d{6}");
  }
}
