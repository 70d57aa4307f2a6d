package dev.modelgate.examples.training;

import java.util.Map;

/** The bundled data's models and their predictions, trained once per test JVM. */
final class Trained {

  static final GermanCreditModels MODELS = GermanCreditModels.load();

  static final Map<GermanCreditModel, Predictions> PREDICTIONS = MODELS.predictAll();

  private Trained() {}

  static Outcome outcome(GermanCreditModel model) {
    return Outcome.of(PREDICTIONS.get(model));
  }
}
