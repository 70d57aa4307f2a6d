package dev.modelgate.examples.canary;

import dev.modelgate.examples.training.GermanCreditData;
import dev.modelgate.examples.training.GermanCreditModel;
import dev.modelgate.examples.training.GermanCreditModels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;

/**
 * One trained Tribuo model of the example, scoring applicants as a model server does: P(Bad) from
 * the features the model was trained on, and the label {@code Bad} when P(Bad) is greater than the
 * model's threshold (1/6 for the champion: 0.2 is {@code Bad}, 0.1 {@code Good}, and a score of
 * exactly 1/6 ties and is {@code Good}). Immutable and thread-safe, as Tribuo's prediction is.
 */
final class ApplicantScorer {

  private final GermanCreditModel model;
  private final Model<Label> trained;
  private final List<String> features;

  private ApplicantScorer(GermanCreditModel model, Model<Label> trained, List<String> features) {
    this.model = model;
    this.trained = trained;
    this.features = features;
  }

  /** Trains {@code model} of {@code models}, as the main job trains it. */
  static ApplicantScorer train(GermanCreditModels models, GermanCreditModel model) {
    return new ApplicantScorer(model, models.train(model), models.features(model));
  }

  /** The model this scorer serves. */
  GermanCreditModel model() {
    return model;
  }

  /**
   * P(Bad) of the applicant with {@code applicant}'s features, of which the model's must be there.
   *
   * @throws IllegalArgumentException naming every missing feature
   */
  double score(Map<String, Double> applicant) {
    Objects.requireNonNull(applicant, "applicant");
    String[] names = features.toArray(new String[0]);
    double[] values = new double[names.length];
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      Double value = applicant.get(names[i]);
      if (value == null) {
        missing.add(names[i]);
      } else {
        values[i] = value;
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("missing features: " + String.join(", ", missing));
    }
    return trained.predict(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, names, values))
        .getOutputScores().get(GermanCreditData.BAD).getScore();
  }

  /** The label of a score: {@code Bad} when it is greater than the model's threshold. */
  String label(double score) {
    return score > model.threshold() ? GermanCreditData.BAD : GermanCreditData.GOOD;
  }
}
