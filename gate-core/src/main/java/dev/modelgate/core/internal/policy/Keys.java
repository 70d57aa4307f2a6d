package dev.modelgate.core.internal.policy;

import dev.modelgate.core.Comparison;
import dev.modelgate.core.FirstModelRule;
import dev.modelgate.metrics.paired.IntervalMethod;
import java.util.List;

/**
 * The names a policy file is written with, shared by the reader and the writer so that the two
 * cannot drift apart; the package documentation of {@code dev.modelgate.core.policy} describes each.
 */
final class Keys {

  /** The only format version this library reads and writes. */
  static final String V1 = "modelgate.dev/v1";

  static final String SCHEMA = "$schema";
  static final String API_VERSION = "apiVersion";
  static final String NAME = "name";
  static final String FAST_TRACK = "fastTrack";
  static final String REASON = "reason";
  static final String APPROVER = "approver";
  static final String METRICS = "metrics";
  static final String COSTS = "costs";
  static final String POSITIVE_LABEL = "positiveLabel";
  static final String VALUES = "values";
  static final String TP = "tp";
  static final String FP = "fp";
  static final String FN = "fn";
  static final String TN = "tn";
  static final String PER_ROWS = "perRows";
  static final String REGISTRATION = "registration";
  static final String REQUIRE = "require";
  static final String ANY_OF = "anyOf";
  static final String METRIC = "metric";
  static final String CHAMPION_CHALLENGER = "championChallenger";
  static final String COMPARE_ON = "compareOn";
  static final String MIN_IMPROVEMENT = "minImprovement";
  static final String MIN_RELATIVE_IMPROVEMENT = "minRelativeImprovement";
  static final String CONFIDENCE = "confidence";
  static final String BOOTSTRAP = "bootstrap";
  static final String RESAMPLES = "resamples";
  static final String SEED = "seed";
  static final String METHOD = "method";
  static final String GUARDS = "guards";
  static final String MAY_NOT_DROP_BY = "mayNotDropBy";
  static final String FIRST_MODEL = "firstModel";
  static final String CANARY = "canary";
  static final String STEPS = "steps";
  static final String INTERVAL_SECONDS = "intervalSeconds";
  static final String WINDOWS_PER_STEP = "windowsPerStep";
  static final String FAILURE_LIMIT = "failureLimit";
  static final String FAILURE_COUNTING = "failureCounting";
  static final String MIN_REQUESTS = "minRequests";
  static final String INCONCLUSIVE_LIMIT = "inconclusiveLimit";
  static final String ON_INCONCLUSIVE = "onInconclusive";
  static final String CHECKS = "checks";
  static final String MAX_ERROR_RATE = "maxErrorRate";
  static final String ERROR_RATE_VS_CHAMPION = "errorRateVsChampion";
  static final String MARGIN = "margin";
  static final String SIGNIFICANCE = "significance";
  static final String LATENCY = "latency";
  static final String PERCENTILE = "percentile";
  static final String MAX_MILLIS = "maxMillis";
  static final String MAX_RATIO = "maxRatio";
  static final String PSI = "psi";
  static final String MAX = "max";
  static final String WARN = "warn";
  static final String KS = "ks";
  static final String MAX_STATISTIC = "maxStatistic";
  static final String MIN_P_VALUE = "minPValue";
  static final String CHI_SQUARE = "chiSquare";
  static final String ERROR_RATE_SEQUENTIAL = "errorRateSequential";
  static final String LATENCY_SEQUENTIAL = "latencySequential";
  static final String ALPHA = "alpha";
  static final String SLO_MILLIS = "sloMillis";

  static final List<String> TOP =
      List.of(SCHEMA, API_VERSION, NAME, FAST_TRACK, METRICS, COSTS, REGISTRATION, CHAMPION_CHALLENGER, CANARY);
  static final List<String> FAST_TRACK_FIELDS = List.of(REASON, APPROVER);
  static final List<String> COSTS_FIELDS = List.of(POSITIVE_LABEL, VALUES, PER_ROWS);
  static final List<String> COST_VALUES = List.of(TP, FP, FN, TN);
  static final List<String> REGISTRATION_FIELDS = List.of(REQUIRE, ANY_OF);
  static final List<String> COMPARISONS = List.of("greaterThan", "atLeast", "lessThan", "atMost");
  static final List<String> CHECK_FIELDS =
      List.of(METRIC, COMPARISONS.get(0), COMPARISONS.get(1), COMPARISONS.get(2), COMPARISONS.get(3));
  static final List<String> CHAMPION_CHALLENGER_FIELDS =
      List.of(COMPARE_ON, MIN_IMPROVEMENT, MIN_RELATIVE_IMPROVEMENT, CONFIDENCE, BOOTSTRAP, GUARDS, FIRST_MODEL);
  static final List<String> BOOTSTRAP_FIELDS = List.of(RESAMPLES, SEED, METHOD);
  static final List<String> BOOTSTRAP_METHODS = List.of("percentile", "bca");
  static final List<String> GUARD_FIELDS = List.of(METRIC, MAY_NOT_DROP_BY);
  static final List<String> FIRST_MODEL_RULES = List.of("promote_if_registered", "hold");
  static final List<String> CANARY_FIELDS = List.of(STEPS, INTERVAL_SECONDS, WINDOWS_PER_STEP, FAILURE_LIMIT,
      FAILURE_COUNTING, MIN_REQUESTS, INCONCLUSIVE_LIMIT, ON_INCONCLUSIVE, CHECKS);
  static final List<String> CANARY_CHECK_FIELDS =
      List.of(MAX_ERROR_RATE, ERROR_RATE_VS_CHAMPION, LATENCY, PSI, KS, CHI_SQUARE, ERROR_RATE_SEQUENTIAL,
          LATENCY_SEQUENTIAL);
  static final List<String> ERROR_RATE_VS_CHAMPION_FIELDS = List.of(MARGIN, SIGNIFICANCE);
  static final List<String> LATENCY_FIELDS = List.of(PERCENTILE, MAX_MILLIS, MAX_RATIO);
  static final List<String> PSI_FIELDS = List.of(MAX, WARN);
  static final List<String> KS_FIELDS = List.of(MAX_STATISTIC, MIN_P_VALUE);
  static final List<String> CHI_SQUARE_FIELDS = List.of(MIN_P_VALUE);
  static final List<String> ERROR_RATE_SEQUENTIAL_FIELDS = List.of(ALPHA, MARGIN);
  static final List<String> LATENCY_SEQUENTIAL_FIELDS = List.of(SLO_MILLIS, ALPHA, MARGIN);
  static final List<String> FAILURE_COUNTINGS = List.of("consecutive", "cumulative");
  static final List<String> INCONCLUSIVE_ACTIONS = List.of("rollback", "hold");
  static final List<String> PERCENTILES = List.of("p50", "p95", "p99");

  private Keys() {}

  /** The key of a comparison: {@code greaterThan}, {@code atLeast}, {@code lessThan}, {@code atMost}. */
  static String comparison(Comparison comparison) {
    return switch (comparison) {
      case GREATER_THAN -> COMPARISONS.get(0);
      case AT_LEAST -> COMPARISONS.get(1);
      case LESS_THAN -> COMPARISONS.get(2);
      case AT_MOST -> COMPARISONS.get(3);
    };
  }

  /** The comparison of a key from {@link #COMPARISONS}. */
  static Comparison comparison(String key) {
    return switch (COMPARISONS.indexOf(key)) {
      case 0 -> Comparison.GREATER_THAN;
      case 1 -> Comparison.AT_LEAST;
      case 2 -> Comparison.LESS_THAN;
      case 3 -> Comparison.AT_MOST;
      default -> throw new IllegalArgumentException("not a comparison key: " + key);
    };
  }

  /** How a first-model rule is written: {@code promote_if_registered} or {@code hold}. */
  static String firstModel(FirstModelRule rule) {
    return switch (rule) {
      case PROMOTE_IF_REGISTERED -> FIRST_MODEL_RULES.get(0);
      case HOLD -> FIRST_MODEL_RULES.get(1);
    };
  }

  /** How a bootstrap method is written: {@code percentile} or {@code bca}. */
  static String bootstrapMethod(IntervalMethod method) {
    return method == IntervalMethod.BCA ? BOOTSTRAP_METHODS.get(1) : BOOTSTRAP_METHODS.get(0);
  }

  /** The bootstrap method written as {@code text}, one of {@link #BOOTSTRAP_METHODS}. */
  static IntervalMethod bootstrapMethod(String text) {
    return text.equals(BOOTSTRAP_METHODS.get(1)) ? IntervalMethod.BCA : IntervalMethod.PERCENTILE;
  }

  /** The first-model rule written as {@code text}, one of {@link #FIRST_MODEL_RULES}. */
  static FirstModelRule firstModel(String text) {
    return text.equals(FIRST_MODEL_RULES.get(1)) ? FirstModelRule.HOLD : FirstModelRule.PROMOTE_IF_REGISTERED;
  }
}
