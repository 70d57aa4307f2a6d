package dev.modelgate.cli.internal;

/**
 * The messages of flags that do not fit together, one factory per rule. A command reports every
 * broken rule at once and exits with {@code INVALID_INPUT}.
 */
public final class FlagMessages {

  private FlagMessages() {}

  /** {@code --threshold needs --score: the column of scores to compare with it}. */
  public static String thresholdNeedsScore() {
    return "--threshold needs --score: the column of scores to compare with it";
  }

  /** {@code --prediction and --threshold both give the predicted label: use one of them}. */
  public static String predictionAndThreshold() {
    return "--prediction and --threshold both give the predicted label: use one of them";
  }

  /** {@code the predicted label is missing: give --prediction COL, or --score COL with ...}. */
  public static String noPrediction() {
    return "the predicted label is missing: give --prediction COL, or --score COL with"
        + " --threshold X";
  }

  /** {@code --score needs --positive: the label the scores are for}. */
  public static String needsPositive(String flag, String why) {
    return flag + " needs --positive: " + why;
  }

  /** {@code --negative needs --threshold: it names the label predicted below the threshold}. */
  public static String negativeNeedsThreshold() {
    return "--negative needs --threshold: it names the label predicted below the threshold";
  }

  /** {@code --positive and --negative are both "1": they must differ}. */
  public static String sameLabels(String label) {
    return "--positive and --negative are both " + InputMessages.quote(label)
        + ": they must differ";
  }

  /** {@code --amount needs --rates: the value of each outcome per unit of amount}. */
  public static String amountNeedsRates() {
    return "--amount needs --rates: the value of each outcome per unit of amount";
  }

  /** {@code --rates needs --amount: the column of per-row amounts}. */
  public static String ratesNeedAmount() {
    return "--rates needs --amount: the column of per-row amounts";
  }

  /** {@code --weight and --amount cannot be combined: with per-row amounts each row counts ...}. */
  public static String weightWithAmount() {
    return "--weight and --amount cannot be combined: with per-row amounts each row counts once";
  }

  /** {@code --costs and --policy both give the cost matrix: use one of them}. */
  public static String costsAndPolicy(String flag) {
    return flag + " and --policy both give the cost matrix: use one of them";
  }

  /** {@code --positive "yes" differs from the policy's positive label "Bad"}. */
  public static String positiveDiffers(String given, String policy) {
    return "--positive " + InputMessages.quote(given) + " differs from the policy's positive label "
        + InputMessages.quote(policy);
  }

  /** {@code policy credit-risk declares no costs: give --positive for the binary metrics}. */
  public static String policyWithoutCosts(String policy) {
    return "policy " + policy + " declares no costs: give --positive for the binary metrics";
  }
}
