package dev.modelgate.core.canary;

import dev.modelgate.core.spi.TrafficRouter;
import dev.modelgate.core.spi.TrafficSplit;

/** A router whose split takes effect at once and is always ready. Not thread-safe. */
class TrafficRouterStub implements TrafficRouter {

  private int share;

  @Override
  public String name() {
    return "stub";
  }

  @Override
  public void setCanaryShare(int percent) {
    share = percent;
  }

  @Override
  public void promoteCanary() {
    share = 100;
  }

  @Override
  public void rollback() {
    share = 0;
  }

  @Override
  public TrafficSplit observedSplit() {
    return new TrafficSplit(share, true);
  }
}
