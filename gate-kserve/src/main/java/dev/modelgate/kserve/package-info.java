/**
 * A {@link dev.modelgate.core.spi.TrafficRouter} for a KServe InferenceService ({@code
 * serving.kserve.io/v1beta1}) in Knative mode: {@link dev.modelgate.kserve.KServeTrafficRouter}
 * moves the canary's share through {@code spec.predictor.canaryTrafficPercent} and confirms it from
 * {@code status.components.predictor.traffic}, through the fabric8 Kubernetes client.
 *
 * <p>Thread-safe: a router can be shared by the threads of one canary analysis.
 */
@NullMarked
package dev.modelgate.kserve;

import org.jspecify.annotations.NullMarked;
