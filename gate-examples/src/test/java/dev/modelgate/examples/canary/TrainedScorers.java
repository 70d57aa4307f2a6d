package dev.modelgate.examples.canary;

import dev.modelgate.examples.training.GermanCreditModel;
import dev.modelgate.examples.training.GermanCreditModels;
import java.util.List;

/**
 * The example's models, trained once for all tests of this package, and the fixed test set's
 * applicants as request bodies. Thread-safe: trained in the class initialiser.
 */
final class TrainedScorers {

  static final GermanCreditModels MODELS = GermanCreditModels.load();

  static final ApplicantScorer CHAMPION = ApplicantScorer.train(MODELS, GermanCreditModel.CHAMPION);

  static final ApplicantScorer CHALLENGER = ApplicantScorer.train(MODELS, GermanCreditModel.CHALLENGER_BETTER);

  private TrainedScorers() {}

  /** The body of the first test row. */
  static String firstApplicant() {
    return ApplicantCsv.write(MODELS.data(), MODELS.split().testIndices()[0]);
  }

  /** The bodies of every test row, in order. */
  static List<String> applicants() {
    return java.util.Arrays.stream(MODELS.split().testIndices())
        .mapToObj(row -> ApplicantCsv.write(MODELS.data(), row)).toList();
  }
}
