package dev.modelgate.examples.training;

import java.util.List;

/**
 * The four models of the example's story, each a Tribuo logistic regression on some features of
 * the German credit data with a decision threshold on P(Bad): it declines (predicts {@code Bad})
 * when P(Bad) is greater than the threshold.
 *
 * <p>The numbers below are each model's outcome on the 200 rows of the fixed test set (seed 42,
 * 60 {@code Bad}), positive class {@code Bad}, net benefit = $100 × TN − $500 × FN (accepting a
 * good applicant earns $100, accepting a bad one loses $500, declining earns nothing). For scale:
 * declining everyone earns $0, accepting everyone −$16,000, a perfect model $14,000.
 *
 * <p>Immutable and thread-safe.
 */
public enum GermanCreditModel {

  /**
   * The model in production: duration, amount, age and two checking account states (overdrawn,
   * under 200 DM), declining when P(Bad) > 1/6, the Bayes-optimal threshold for the 1:5 cost
   * ratio. TP 48, FP 64, FN 12, TN 76: F1 0.5581, net benefit $1,600.
   */
  CHAMPION(
      "champion",
      "logistic regression on duration, amount, age and checking account status; P(Bad) > 1/6",
      List.of(
          "Duration", "Amount", "Age", "CheckingAccountStatus.lt.0",
          "CheckingAccountStatus.0.to.200"),
      1.0 / 6),

  /**
   * Clearly better in money: every feature that varies on the training rows (59 of 61), at the
   * same threshold 1/6. TP 47, FP 50, FN 13, TN 90: F1 0.5987, net benefit $2,500.
   */
  CHALLENGER_BETTER(
      "challenger-better",
      "logistic regression on all features; P(Bad) > 1/6",
      List.of(),
      1.0 / 6),

  /**
   * Better on F1, worse in dollars: the same all-feature model declining only when P(Bad) > 0.3,
   * the data's bad rate. It declines fewer good applicants but accepts more bad ones. TP 38, FP
   * 27, FN 22, TN 113: F1 0.6080 (up from 0.5581), net benefit $300 (down from $1,600, still above
   * $0).
   */
  CHALLENGER_F1_UP_MONEY_DOWN(
      "challenger-f1-up-money-down",
      "logistic regression on all features; P(Bad) > 0.3",
      List.of(),
      0.3),

  /**
   * Too weak to register: the credit amount alone, at the default threshold 0.5. It declines
   * almost no one. TP 4, FP 0, FN 56, TN 140: F1 0.1250, net benefit −$14,000.
   */
  WEAK(
      "weak",
      "logistic regression on the credit amount alone; P(Bad) > 0.5",
      List.of("Amount"),
      0.5);

  private final String id;
  private final String description;
  private final List<String> features;
  private final double threshold;

  GermanCreditModel(String id, String description, List<String> features, double threshold) {
    this.id = id;
    this.description = description;
    this.features = features;
    this.threshold = threshold;
  }

  /** The model's name in the registry and in reports, such as {@code challenger-better}. */
  public String id() {
    return id;
  }

  /** One line on what the model is, for tables. */
  public String description() {
    return description;
  }

  /**
   * The features the model is trained on by name; empty when it uses every feature that varies
   * on the training rows (see {@link GermanCreditModels#features(GermanCreditModel)}).
   */
  public List<String> features() {
    return features;
  }

  /** Whether the model uses every feature that varies on the training rows. */
  public boolean usesAllFeatures() {
    return features.isEmpty();
  }

  /**
   * The decision threshold: the model predicts {@code Bad} when P(Bad) is greater. At threshold
   * 1/6, P(Bad) 0.2 predicts {@code Bad} (passes), 0.1 predicts {@code Good} (fails), and a score
   * equal to the threshold ties and predicts {@code Good}.
   */
  public double threshold() {
    return threshold;
  }
}
