package dev.modelgate.core.internal.policy;

import dev.modelgate.core.AnyOf;
import dev.modelgate.core.ChampionChallengerGate;
import dev.modelgate.core.Confidence;
import dev.modelgate.core.CostModel;
import dev.modelgate.core.Guard;
import dev.modelgate.core.Metric;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.RegistrationGate;
import dev.modelgate.core.Threshold;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.internal.json.MetricJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Writes a policy as a policy file, YAML or JSON, with the fields in a fixed order and numbers as
 * written in the policy ({@code 0.20} stays {@code 0.20}), so that reading the file gives back an
 * equal policy and the same policy always gives the same bytes. Stateless and thread-safe.
 */
public final class PolicyDocument {

  private PolicyDocument() {}

  /**
   * The policy as YAML.
   *
   * @throws IllegalArgumentException if a metric cannot be written (see {@link #tree})
   */
  public static String yaml(QualityPolicy policy) {
    return YamlEmitter.emit(tree(policy));
  }

  /**
   * The policy as JSON.
   *
   * @throws IllegalArgumentException if a metric cannot be written (see {@link #tree})
   */
  public static String json(QualityPolicy policy) {
    return JsonEmitter.emit(tree(policy));
  }

  /**
   * The policy as an ordered tree of maps, lists, strings and numbers, in the order the format
   * documents: apiVersion, name, fastTrack, metrics, costs, registration, championChallenger (its
   * bootstrap settings only when they are not the defaults), and canary when it is not the default
   * canary gate.
   *
   * @throws IllegalArgumentException if the policy uses a well-known metric's name with the other
   *     direction, or one name with both directions: a file names metrics, so it cannot say that
   */
  static Map<String, Object> tree(QualityPolicy policy) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put(Keys.API_VERSION, Keys.V1);
    root.put(Keys.NAME, policy.name());
    if (policy.fastTrack() != null) {
      root.put(Keys.FAST_TRACK, ordered(Keys.REASON, policy.fastTrack().reason(), Keys.APPROVER, policy.fastTrack().approver()));
    }
    Map<String, String> declared = declarations(policy);
    if (!declared.isEmpty()) {
      root.put(Keys.METRICS, declared);
    }
    if (policy.costs() != null) {
      root.put(Keys.COSTS, costs(policy.costs()));
    }
    root.put(Keys.REGISTRATION, registration(policy.registration()));
    root.put(Keys.CHAMPION_CHALLENGER, championChallenger(policy.championChallenger()));
    if (!policy.canary().equals(CanaryGate.defaults())) {
      root.put(Keys.CANARY, CanaryDocument.canary(policy.canary()));
    }
    return root;
  }

  /** How a number is written: plain ({@code 40000.00}) unless its scale is negative ({@code 4E+4}). */
  static String number(BigDecimal value) {
    return value.scale() < 0 ? value.toString() : value.toPlainString();
  }

  private static Map<String, Object> costs(CostModel costs) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(Keys.POSITIVE_LABEL, costs.positiveLabel());
    map.put(Keys.VALUES, ordered(Keys.TP, costs.costs().tp(), Keys.FP, costs.costs().fp(),
        Keys.FN, costs.costs().fn(), Keys.TN, costs.costs().tn()));
    if (costs.perRows() != null) {
      map.put(Keys.PER_ROWS, costs.perRows());
    }
    return map;
  }

  private static Map<String, Object> registration(RegistrationGate gate) {
    Map<String, Object> map = new LinkedHashMap<>();
    if (!gate.checks().isEmpty()) {
      map.put(Keys.REQUIRE, gate.checks().stream().map(PolicyDocument::check).toList());
    }
    if (!gate.anyOf().isEmpty()) {
      map.put(Keys.ANY_OF, gate.anyOf().stream().map(g -> g.checks().stream().map(PolicyDocument::check).toList()).toList());
    }
    return map;
  }

  private static Map<String, Object> check(Threshold check) {
    return ordered(Keys.METRIC, check.metric().name(), Keys.comparison(check.comparison()), check.bound());
  }

  private static Map<String, Object> championChallenger(ChampionChallengerGate gate) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(Keys.COMPARE_ON, gate.compareOn().name());
    if (gate.minImprovement() != null) {
      map.put(Keys.MIN_IMPROVEMENT, gate.minImprovement());
    }
    if (gate.minRelativeImprovement() != null) {
      map.put(Keys.MIN_RELATIVE_IMPROVEMENT, gate.minRelativeImprovement());
    }
    Confidence confidence = gate.confidence();
    if (confidence != null) {
      map.put(Keys.CONFIDENCE, confidence.level());
      if (!confidence.defaultBootstrap()) {
        map.put(Keys.BOOTSTRAP, ordered(Keys.RESAMPLES, (long) confidence.resamples(), Keys.SEED, confidence.seed(),
            Keys.METHOD, Keys.bootstrapMethod(confidence.method())));
      }
    }
    if (!gate.guards().isEmpty()) {
      List<Object> guards = new ArrayList<>();
      for (Guard guard : gate.guards()) {
        guards.add(ordered(Keys.METRIC, guard.metric().name(), Keys.MAY_NOT_DROP_BY, guard.maxDrop()));
      }
      map.put(Keys.GUARDS, guards);
    }
    map.put(Keys.FIRST_MODEL, Keys.firstModel(gate.firstModel()));
    return map;
  }

  /** The direction of every metric that is not well-known, sorted by name. */
  private static Map<String, String> declarations(QualityPolicy policy) {
    RegistrationGate registration = policy.registration();
    ChampionChallengerGate gate = policy.championChallenger();
    Stream<Metric> used =
        Stream.of(
                registration.checks().stream().map(Threshold::metric),
                registration.anyOf().stream().map(AnyOf::checks).flatMap(List::stream).map(Threshold::metric),
                Stream.of(gate.compareOn()),
                gate.guards().stream().map(Guard::metric))
            .flatMap(s -> s);
    Map<String, Metric> custom = new TreeMap<>();
    used.forEach(metric -> {
      Metric wellKnown = Metrics.byName(metric.name()).orElse(null);
      if (wellKnown != null && !wellKnown.equals(metric)) {
        throw new IllegalArgumentException(FileMessages.unwritableWellKnown(metric, wellKnown));
      }
      Metric earlier = wellKnown == null ? custom.putIfAbsent(metric.name(), metric) : null;
      if (earlier != null && !earlier.equals(metric)) {
        throw new IllegalArgumentException(FileMessages.unwritableTwoDirections(metric.name()));
      }
    });
    Map<String, String> declared = new LinkedHashMap<>();
    custom.forEach((name, metric) -> declared.put(name, MetricJson.directionName(metric.direction())));
    return declared;
  }

  private static Map<String, Object> ordered(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
