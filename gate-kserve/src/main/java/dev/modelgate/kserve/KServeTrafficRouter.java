package dev.modelgate.kserve;

import dev.modelgate.core.spi.TrafficException;
import dev.modelgate.core.spi.TrafficRouter;
import dev.modelgate.core.spi.TrafficSplit;
import dev.modelgate.kserve.internal.CanaryPatches;
import dev.modelgate.kserve.internal.InferenceServiceClient;
import dev.modelgate.kserve.internal.InferenceServiceRef;
import dev.modelgate.kserve.internal.InferenceServiceView;
import dev.modelgate.kserve.internal.KServeMessages;
import dev.modelgate.kserve.internal.ObservedTraffic;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link TrafficRouter} for one KServe InferenceService ({@code serving.kserve.io/v1beta1}) in
 * Knative mode, through the fabric8 Kubernetes client: the canary is the predictor's latest ready
 * revision and the champion the latest rolled-out one.
 *
 * <ul>
 *   <li>{@link #setCanaryShare(int)} sets {@code spec.predictor.canaryTrafficPercent} with a JSON
 *       merge patch: {@code {"spec":{"predictor":{"canaryTrafficPercent":20}}}};
 *   <li>{@link #rollback()} sets it to 0: all traffic to the latest rolled-out revision (after a
 *       promotion, KServe moves back to the previous rolled-out revision);
 *   <li>{@link #promoteCanary()} removes the field ({@code "canaryTrafficPercent":null}): the
 *       latest revision takes 100 % and KServe records it as rolled out;
 *   <li>{@link #observedSplit()} reads {@code status.components.predictor.traffic}.
 * </ul>
 *
 * <p>Every operation reads the InferenceService first and patches only when the field differs, so
 * repeating one sends nothing and changes nothing (a merge patch would be idempotent too; reading
 * first also checks that the object exists and runs in Knative mode before anything is written).
 * The patch sets an absolute value and carries no {@code resourceVersion}: the controller writes
 * the status all the time, and a conditional patch would fail for that alone. An operation returns
 * once the API server accepted the patch; {@link #observedSplit()} tells when the controller has
 * put it into effect.
 *
 * <p>Setting a share does not create the candidate revision: the deployment that changes the model
 * ({@code spec.predictor.model.storageUri}) creates it, together with the first share.
 *
 * <p>Thread-safe. A router made by {@link #builder()} uses the caller's client and never closes
 * it; one made by {@link #connect} owns its client and closes it in {@link #close()}.
 */
public final class KServeTrafficRouter implements TrafficRouter, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(KServeTrafficRouter.class);

  private final KubernetesClient client;
  private final InferenceServiceClient inferenceService;
  private final boolean ownsClient;

  KServeTrafficRouter(KubernetesClient client, InferenceServiceRef ref, boolean ownsClient) {
    this.client = client;
    this.inferenceService = new InferenceServiceClient(client, ref);
    this.ownsClient = ownsClient;
  }

  /** A builder: namespace, name and client are required. */
  public static KServeTrafficRouterBuilder builder() {
    return new KServeTrafficRouterBuilder();
  }

  /**
   * A router for {@code namespace/name} with its own client, configured the way {@code kubectl}
   * is: the kubeconfig in {@code KUBECONFIG} or {@code ~/.kube/config} (current context), else the
   * in-cluster service account. Close it to close the client.
   *
   * @throws IllegalArgumentException if the namespace or name is not valid
   */
  public static KServeTrafficRouter connect(String namespace, String name) {
    return KServeClients.fromEnvironment(builder().namespace(namespace).name(name));
  }

  /**
   * A router for {@code namespace/name} with its own client configured from the current context
   * of the kubeconfig file {@code kubeconfig}. Close it to close the client.
   *
   * @throws IllegalArgumentException if the namespace or name is not valid
   * @throws TrafficException if the file cannot be read
   */
  public static KServeTrafficRouter connect(Path kubeconfig, String namespace, String name) {
    return KServeClients.fromKubeconfig(kubeconfig, builder().namespace(namespace).name(name));
  }

  /** {@code kserve:namespace/name}, such as {@code kserve:ml-serving/fraud-model}. */
  @Override
  public String name() {
    return "kserve:" + inferenceService.ref();
  }

  /**
   * Sets {@code spec.predictor.canaryTrafficPercent} to {@code percent}, unless it already is.
   *
   * @throws IllegalArgumentException if {@code percent} is not between 0 and 100 (before any call)
   * @throws TrafficException if the InferenceService is missing, not in Knative mode, or the API
   *     server refused the patch or could not be reached
   */
  @Override
  public void setCanaryShare(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException(KServeMessages.shareOutOfRange(percent));
    }
    change(KServeMessages.setShare(percent), percent);
  }

  /**
   * Removes {@code spec.predictor.canaryTrafficPercent}, unless it is already absent.
   *
   * @throws TrafficException as {@link #setCanaryShare(int)} does
   */
  @Override
  public void promoteCanary() {
    change(KServeMessages.promote(), null);
  }

  /**
   * Sets {@code spec.predictor.canaryTrafficPercent} to 0, unless it already is.
   *
   * @throws TrafficException as {@link #setCanaryShare(int)} does
   */
  @Override
  public void rollback() {
    change(KServeMessages.rollback(), 0);
  }

  /**
   * The canary's share of traffic as {@code status.components.predictor} reports it now, and
   * whether that split is in effect: {@code Ready} is {@code True}, no newer revision is starting,
   * a 100 % share is recorded as rolled out, and the share is what the spec asks for. Right after a
   * patch the status still shows the previous split, not ready. Before the controller wrote any
   * traffic: 0 %, not ready. For example:
   *
   * <ul>
   *   <li>spec 50, status {@code latest} 50 % and {@code prev} 50 %, Ready: {@code (50, true)};
   *   <li>spec 50 just patched, status still {@code latest} 20 % and {@code prev} 80 %: {@code
   *       (20, false)};
   *   <li>field removed (promoted), status {@code latest} 100 % recorded as the latest rolled-out
   *       revision: {@code (100, true)}; not yet recorded: {@code (100, false)}.
   * </ul>
   *
   * @throws TrafficException if the InferenceService is missing, not in Knative mode, unreadable,
   *     or its status does not have the shape KServe gives it
   */
  @Override
  public TrafficSplit observedSplit() {
    String action = KServeMessages.read();
    InferenceServiceView view = inferenceService.read(action);
    view.requireKnativeMode();
    ObservedTraffic observed = view.observedTraffic();
    log.atDebug()
        .setMessage("traffic split observed")
        .addKeyValue("router", name())
        .addKeyValue("canaryPercent", observed.split().canaryPercent())
        .addKeyValue("ready", observed.split().ready())
        .addKeyValue("pending", observed.pending() == null ? "" : observed.pending())
        .log();
    return observed.split();
  }

  /** Closes the client if this router created it ({@link #connect}); otherwise does nothing. */
  @Override
  public void close() {
    if (ownsClient) {
      client.close();
    }
  }

  @Override
  public String toString() {
    return "KServeTrafficRouter[" + name() + "]";
  }

  private void change(String action, @Nullable Integer percent) {
    InferenceServiceView view = inferenceService.read(action);
    view.requireKnativeMode();
    String value = percent == null ? "absent" : percent.toString();
    if (view.hasCanaryTrafficPercent(percent)) {
      log.atDebug()
          .setMessage("canaryTrafficPercent already as asked; nothing sent")
          .addKeyValue("router", name())
          .addKeyValue("canaryTrafficPercent", value)
          .log();
      return;
    }
    inferenceService.mergePatch(action, view, CanaryPatches.canaryTrafficPercent(percent));
    log.atInfo()
        .setMessage("canaryTrafficPercent patched")
        .addKeyValue("router", name())
        .addKeyValue("action", action)
        .addKeyValue("canaryTrafficPercent", value)
        .log();
  }
}
