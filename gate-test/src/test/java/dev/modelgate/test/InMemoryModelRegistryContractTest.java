package dev.modelgate.test;

import dev.modelgate.core.registry.InMemoryModelRegistry;
import dev.modelgate.core.spi.ModelRegistry;
import java.time.Clock;

class InMemoryModelRegistryContractTest extends ModelRegistryContract {

  @Override
  protected ModelRegistry createRegistry(Clock clock) {
    return new InMemoryModelRegistry(clock);
  }
}
