package dev.modelgate.kserve.internal;

import org.jspecify.annotations.Nullable;

/**
 * The JSON merge patches (RFC 7386) the router sends: each touches only {@code
 * spec.predictor.canaryTrafficPercent}. Stateless and thread-safe.
 *
 * <ul>
 *   <li>a share: {@code {"spec":{"predictor":{"canaryTrafficPercent":20}}}};
 *   <li>rollback: the share 0;
 *   <li>promotion: {@code {"spec":{"predictor":{"canaryTrafficPercent":null}}}}, which removes
 *       the field so that the latest revision takes 100 % and KServe records it as rolled out.
 * </ul>
 */
public final class CanaryPatches {

  private CanaryPatches() {}

  /** The patch that sets the share to {@code percent}, or removes the field when it is null. */
  public static String canaryTrafficPercent(@Nullable Integer percent) {
    String value = percent == null ? "null" : Integer.toString(percent);
    return "{\"spec\":{\"predictor\":{\"canaryTrafficPercent\":" + value + "}}}";
  }
}
