package dev.modelgate.mlflow;

import dev.modelgate.mlflow.fake.FakeMlflowServer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Adapters on a fake server for the tests: short timeouts, and waits recorded, not waited. */
final class Registries {

  private Registries() {}

  /** A builder for {@code mlflow} whose waits are added to {@code waits} instead of waited. */
  static MlflowModelRegistryBuilder builder(FakeMlflowServer mlflow, List<Duration> waits) {
    return MlflowModelRegistry.builder()
        .trackingUri(mlflow.uri())
        .requestTimeout(Duration.ofSeconds(5))
        .backoff(Duration.ofMillis(100), Duration.ofMillis(800))
        .maxRetries(4)
        .sleeper(waits::add);
  }

  /** An adapter on {@code mlflow} that dates alias moves with {@code clock}. */
  static MlflowModelRegistry on(FakeMlflowServer mlflow, Clock clock) {
    return builder(mlflow, new CopyOnWriteArrayList<>()).clock(clock).build();
  }
}
