package dev.modelgate.examples;

import dev.modelgate.core.Candidate;
import dev.modelgate.core.Champion;
import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.CheckResult;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Evaluator;
import dev.modelgate.core.Gate;
import dev.modelgate.core.Metric;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.PipelineResult;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.io.PrintStream;
import java.time.Clock;
import java.util.List;

/**
 * The quick-start example: evaluates two bundled sets of predictions on the German credit data's
 * fixed test set (seed 42) and runs layers 1 to 3 of a policy on them.
 *
 * <p>Both files come from one logistic regression; they differ only in the decision threshold:
 * decline when P(Bad) > 0.5, or when P(Bad) > 1/6 (the Bayes-optimal threshold for the 1:5 cost
 * ratio). Their F1 is almost the same; their money is not.
 */
public final class Demo {

  static final QualityPolicy POLICY =
      QualityPolicy.builder()
          .name("german-credit")
          // accepting a good applicant earns $100, accepting a bad one loses $500, declining earns 0;
          // net benefit is reported per 10,000 applications a month
          .costs(BinaryCosts.of("0", "0", "-500", "100"), "Bad", 10_000L)
          .registration(gate -> gate
              .require(Metrics.NET_BENEFIT).greaterThan(0)
              .require(Metrics.F1).greaterThan(0.20))
          .championChallenger(gate -> gate
              .compareOn(Metrics.NET_BENEFIT)
              .guard(Metrics.F1).mayNotDropBy(0.05))
          .build();

  private static final List<Metric> SHOWN =
      List.of(Metrics.NET_BENEFIT, Metrics.F1, Metrics.PRECISION, Metrics.RECALL,
          Metrics.ACCURACY, Metrics.BALANCED_ACCURACY, Metrics.MCC);

  private Demo() {}

  /** Runs the demo and prints its report. */
  public static void main(String[] args) {
    run(System.out, Clock.systemUTC());
  }

  static ChampionChallengerVerdict run(PrintStream out, Clock clock) {
    Evaluator evaluator = Evaluator.forPolicy(POLICY);
    Evaluation champion = evaluator.evaluate(PredictionsCsv.read("german_credit_predictions_p50.csv"));
    Evaluation candidate = evaluator.evaluate(PredictionsCsv.read("german_credit_predictions_p17.csv"));

    out.println("ModelGate quick start: German credit, 200 test rows (seed 42), positive = Bad");
    out.println("test set " + candidate.testSetFingerprint());
    out.println();
    out.printf("%-20s %18s %18s%n", "metric", "champion (p>0.5)", "candidate (p>1/6)");
    for (Metric metric : SHOWN) {
      out.printf("%-20s %18s %18s%n", label(metric), show(champion, metric), show(candidate, metric));
    }

    Gate gate = Gate.of(POLICY, clock);
    RegistrationVerdict registration = gate.registration(Candidate.of("german-credit", candidate));
    ChampionChallengerVerdict comparison =
        gate.championChallenger(registration, Champion.of("1", champion));
    PipelineResult pipeline = gate.pipeline(comparison);

    out.println();
    printChecks(out, "Layer 1, registration: " + registration.decision(), registration.checks());
    printChecks(out, "Layer 2, champion vs challenger: " + comparison.decision(), comparison.checks());
    out.println();
    out.println("Layer 3, pipeline: " + pipeline.effectiveDecision());
    comparison.reasons().forEach(reason -> out.println("  " + reason));
    return comparison;
  }

  private static void printChecks(PrintStream out, String title, List<CheckResult> checks) {
    out.println(title);
    for (CheckResult check : checks) {
      out.printf("  %-4s %s%n", check.passed() ? "pass" : "FAIL", check.reason());
    }
  }

  private static String label(Metric metric) {
    return metric.equals(Metrics.NET_BENEFIT) ? "net_benefit $/month" : metric.name();
  }

  private static String show(Evaluation evaluation, Metric metric) {
    return evaluation.metric(metric)
        .map(v -> v.isDefined()
            ? (metric.equals(Metrics.NET_BENEFIT)
                ? String.format("%,.2f", v.value())
                : String.format("%.4f", v.value()))
            : "undefined")
        .orElse("-");
  }
}
