package dev.modelgate.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The well-known metrics that an {@link Evaluation} of classification predictions carries.
 *
 * <p>Binary metrics ({@code precision}, {@code recall}, {@code f1}) are those of the positive
 * class; the {@code _macro} and {@code _weighted} variants average over classes as scikit-learn
 * does. {@code net_benefit} is money from the policy's cost matrix, exact to the cent.
 */
public final class Metrics {

  /** Share of rows predicted correctly. */
  public static final Metric ACCURACY = Metric.higherIsBetter("accuracy");
  /** Mean recall over the classes. */
  public static final Metric BALANCED_ACCURACY = Metric.higherIsBetter("balanced_accuracy");
  /** Precision of the positive class. */
  public static final Metric PRECISION = Metric.higherIsBetter("precision");
  /** Recall of the positive class. */
  public static final Metric RECALL = Metric.higherIsBetter("recall");
  /** F1 of the positive class. */
  public static final Metric F1 = Metric.higherIsBetter("f1");
  /** Unweighted mean F1 over the classes. */
  public static final Metric F1_MACRO = Metric.higherIsBetter("f1_macro");
  /** Support-weighted mean F1 over the classes. */
  public static final Metric F1_WEIGHTED = Metric.higherIsBetter("f1_weighted");
  /** Matthews correlation coefficient. */
  public static final Metric MCC = Metric.higherIsBetter("mcc");
  /** Money the decisions make on the test set (or scaled to production volume), from the costs. */
  public static final Metric NET_BENEFIT = Metric.higherIsBetter("net_benefit");
  /** Area under the ROC curve, when scores are given. */
  public static final Metric ROC_AUC = Metric.higherIsBetter("roc_auc");
  /** Average precision, when scores are given. */
  public static final Metric AVERAGE_PRECISION = Metric.higherIsBetter("average_precision");
  /** Share of rows predicted wrongly. */
  public static final Metric ERROR_RATE = Metric.lowerIsBetter("error_rate");

  private static final List<Metric> ALL =
      List.of(
          ACCURACY, BALANCED_ACCURACY, PRECISION, RECALL, F1, F1_MACRO, F1_WEIGHTED, MCC,
          NET_BENEFIT, ROC_AUC, AVERAGE_PRECISION, ERROR_RATE);

  private static final Map<String, Metric> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(Metric::name, Function.identity()));

  private Metrics() {}

  /** All well-known metrics. */
  public static List<Metric> all() {
    return ALL;
  }

  /** The well-known metric called {@code name}, if there is one. */
  public static Optional<Metric> byName(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }

  /** F1 of the positive class. */
  public static Metric f1() {
    return F1;
  }

  /** Net benefit from the policy's cost matrix. */
  public static Metric netBenefit() {
    return NET_BENEFIT;
  }
}
