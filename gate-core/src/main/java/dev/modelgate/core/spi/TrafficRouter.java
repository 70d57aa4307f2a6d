package dev.modelgate.core.spi;

/**
 * Moves live traffic between the serving model (the champion) and the canary (the candidate) of
 * one deployment, for layer 4.
 *
 * <p>A router is bound to one deployment (a KServe InferenceService, a local router, …) when it
 * is created. Every operation is idempotent: setting the share it already has, promoting a
 * promoted canary or rolling back a rolled-back one succeeds and changes nothing. An operation
 * returns once the request was accepted; whether the split actually took effect is read back with
 * {@link #observedSplit()}, which the canary analysis does after each action. Implementations must
 * be thread-safe.
 */
public interface TrafficRouter {

  /** A short name for reports and logs, such as {@code kserve:models/credit-risk}. */
  String name();

  /**
   * Sends {@code percent} of the traffic to the canary and the rest to the champion.
   *
   * @param percent the canary's share, 0 to 100
   * @throws TrafficException if the request could not be made or was refused
   */
  void setCanaryShare(int percent);

  /**
   * Makes the canary the serving model: it takes 100 % of the traffic from now on.
   *
   * @throws TrafficException if the request could not be made or was refused
   */
  void promoteCanary();

  /**
   * Sends all traffic back to the champion (the canary's share becomes 0).
   *
   * @throws TrafficException if the request could not be made or was refused
   */
  void rollback();

  /**
   * The split as the serving platform reports it now, which may lag behind the last request.
   *
   * @throws TrafficException if it could not be read
   */
  TrafficSplit observedSplit();
}
