package dev.modelgate.kserve.internal;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Maps {@code status.components.predictor} of an InferenceService to the canary's share and its
 * readiness, as the KServe contract describes them. Stateless and thread-safe.
 *
 * <p>The <b>candidate</b> is the revision of the {@code traffic} entry with {@code latestRevision:
 * true} (its {@code revisionName}, else {@code latestReadyRevision}). The canary's share is the
 * traffic that reaches the candidate: that entry's {@code percent} plus any other entry naming the
 * same revision. (Right after a rollback that follows a promotion, the {@code prev} entry still
 * names the promoted revision at 100 % until the controller moves it back; the candidate then
 * still serves everything, and the share says so.) An entry without {@code percent} carries 0 %.
 *
 * <p>The split is <b>ready</b> only when all of these hold:
 *
 * <ul>
 *   <li>the {@code Ready} condition is {@code True};
 *   <li>{@code latestCreatedRevision} equals {@code latestReadyRevision} and that is the
 *       candidate: no newer revision is still starting or failed;
 *   <li>at 100 %, {@code latestRolledoutRevision} is the candidate: the promotion is recorded;
 *   <li>the share equals what {@code spec.predictor.canaryTrafficPercent} asks for (absent: 100):
 *       right after a patch, before the controller has written the new status, the status still
 *       describes the previous split, so it does not confirm the patch. (KServe's {@code
 *       status.observedGeneration} is the Knative Service's, so it cannot tell this.)
 * </ul>
 *
 * <p>No status, components, predictor or traffic yet means 0 %, not ready. A traffic list whose
 * percentages do not sum to 100, or without exactly one {@code latestRevision: true} entry, is an
 * unexpected shape.
 */
final class PredictorTraffic {

  private static final String PREDICTOR = "status.components.predictor";
  private static final String TRAFFIC = PREDICTOR + ".traffic";

  private PredictorTraffic() {}

  /** The split in {@code status}, judged against the spec's {@code canaryTrafficPercent}. */
  static ObservedTraffic observe(
      @Nullable Map<?, ?> status, @Nullable Object specPercent, Shape shape) {
    Map<?, ?> predictor = predictor(status, shape);
    List<?> traffic =
        predictor == null ? null : shape.optionalList(predictor.get("traffic"), TRAFFIC);
    if (predictor == null || traffic == null || traffic.isEmpty()) {
      return ObservedTraffic.pending(0, KServeMessages.noTrafficReported());
    }
    String latestReady = revision(predictor, "latestReadyRevision", shape);
    String latestCreated = revision(predictor, "latestCreatedRevision", shape);
    String latestRolledout = revision(predictor, "latestRolledoutRevision", shape);
    TrafficEntries entries = TrafficEntries.parse(traffic, shape, TRAFFIC);
    String named = entries.latest().revisionName();
    String candidate = named != null ? named : latestReady;
    int canary = entries.percentTo(candidate);

    String ready = ReadyCondition.status(status, shape);
    if (!"True".equals(ready)) {
      return ObservedTraffic.pending(canary, KServeMessages.readyConditionNotTrue(ready));
    }
    if (latestReady == null
        || !latestReady.equals(latestCreated)
        || !latestReady.equals(candidate)) {
      return ObservedTraffic.pending(
          canary, KServeMessages.revisionNotReady(latestCreated, latestReady, candidate));
    }
    if (canary == 100 && !candidate.equals(latestRolledout)) {
      return ObservedTraffic.pending(
          canary, KServeMessages.promotionNotRecorded(candidate, latestRolledout));
    }
    int asked = askedPercent(specPercent);
    if (asked != canary) {
      return ObservedTraffic.pending(canary, KServeMessages.statusBehindSpec(specPercent, canary));
    }
    return ObservedTraffic.ready(canary);
  }

  private static @Nullable Map<?, ?> predictor(@Nullable Map<?, ?> status, Shape shape) {
    if (status == null) {
      return null;
    }
    Map<?, ?> components = shape.optionalObject(status.get("components"), "status.components");
    return components == null ? null : shape.optionalObject(components.get("predictor"), PREDICTOR);
  }

  private static @Nullable String revision(Map<?, ?> predictor, String field, Shape shape) {
    String name = shape.optionalString(predictor.get(field), PREDICTOR + "." + field);
    return name == null || name.isEmpty() ? null : name;
  }

  /** The share the spec asks for: absent means 100 (blue-green); a non-integer asks for none. */
  private static int askedPercent(@Nullable Object specPercent) {
    if (specPercent == null) {
      return 100;
    }
    if (specPercent instanceof Integer || specPercent instanceof Long) {
      long value = ((Number) specPercent).longValue();
      return value >= 0 && value <= 100 ? (int) value : -1;
    }
    return -1;
  }
}
