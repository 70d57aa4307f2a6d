package dev.modelgate.kserve.internal;

import dev.modelgate.core.spi.TrafficException;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One read of an InferenceService, seen through the fields the canary needs: the deployment mode,
 * {@code spec.predictor.canaryTrafficPercent} and {@code status.components.predictor}. Immutable
 * (it is a snapshot) and thread-safe.
 *
 * <p>Every accessor fails with an "unexpected shape" {@link TrafficException} naming the path when
 * a node is not what the KServe contract describes.
 */
public final class InferenceServiceView {

  private static final String MODE_ANNOTATION = "serving.kserve.io/deploymentMode";
  private static final Set<String> KNATIVE_MODES = Set.of("Knative", "Serverless");

  private final GenericKubernetesResource resource;
  private final Shape shape;

  InferenceServiceView(GenericKubernetesResource resource, Shape shape) {
    this.resource = resource;
    this.shape = shape;
  }

  /**
   * Fails unless the InferenceService runs in Knative mode (legacy name {@code Serverless}), the
   * only mode in which KServe honours {@code canaryTrafficPercent}. The mode is {@code
   * status.deploymentMode}, or the {@code serving.kserve.io/deploymentMode} annotation while the
   * controller has not written a status; when neither says, the object is accepted (the cluster
   * default decides, and the status will tell).
   *
   * @throws TrafficException for {@code Standard}, {@code RawDeployment}, {@code ModelMesh} or any
   *     other mode
   */
  public void requireKnativeMode() {
    String mode = deploymentMode();
    if (mode != null && !KNATIVE_MODES.contains(mode)) {
      throw new TrafficException(KServeMessages.notKnative(shape.action(), shape.ref(), mode));
    }
  }

  /**
   * The value of {@code spec.predictor.canaryTrafficPercent} exactly as stored (normally an
   * integer), or null when the field is absent.
   *
   * @throws TrafficException if {@code spec.predictor} is missing or not an object
   */
  public @Nullable Object canaryTrafficPercent() {
    Map<?, ?> spec = shape.optionalObject(resource.getAdditionalProperties().get("spec"), "spec");
    if (spec == null) {
      throw shape.unexpected("spec is missing");
    }
    Map<?, ?> predictor = shape.optionalObject(spec.get("predictor"), "spec.predictor");
    if (predictor == null) {
      throw shape.unexpected("spec.predictor is missing");
    }
    return predictor.get("canaryTrafficPercent");
  }

  /**
   * Whether {@code spec.predictor.canaryTrafficPercent} is already {@code wanted}: the same
   * integer, or absent when {@code wanted} is null.
   */
  public boolean hasCanaryTrafficPercent(@Nullable Integer wanted) {
    Object actual = canaryTrafficPercent();
    if (wanted == null || actual == null) {
      return wanted == null && actual == null;
    }
    return (actual instanceof Integer || actual instanceof Long)
        && ((Number) actual).longValue() == wanted;
  }

  /**
   * The split that {@code status.components.predictor} reports, and whether it is the one the spec
   * asks for; see {@link PredictorTraffic}.
   */
  public ObservedTraffic observedTraffic() {
    Map<?, ?> status =
        shape.optionalObject(resource.getAdditionalProperties().get("status"), "status");
    return PredictorTraffic.observe(status, canaryTrafficPercent(), shape);
  }

  /** The resource as read. */
  GenericKubernetesResource resource() {
    return resource;
  }

  private @Nullable String deploymentMode() {
    Map<?, ?> status =
        shape.optionalObject(resource.getAdditionalProperties().get("status"), "status");
    String fromStatus =
        status == null
            ? null
            : shape.optionalString(status.get("deploymentMode"), "status.deploymentMode");
    if (fromStatus != null && !fromStatus.isEmpty()) {
      return fromStatus;
    }
    if (resource.getMetadata() == null || resource.getMetadata().getAnnotations() == null) {
      return null;
    }
    return resource.getMetadata().getAnnotations().get(MODE_ANNOTATION);
  }
}
