package dev.modelgate.mlflow;

import dev.modelgate.mlflow.fake.FakeMlflowServer;
import dev.modelgate.mlflow.logs.CapturedLogs;
import dev.modelgate.test.RegistrySamples;
import dev.modelgate.test.SteppingClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the adapter tests share: a fresh fake MLflow server, an adapter on it whose waits are
 * recorded in {@link #waits} (100 ms doubling to at most 800 ms, 4 retries), fresh captured logs.
 */
abstract class OnFakeMlflow {

  static final String ALIAS = "registered-models/alias";
  static final String GET_VERSION = "model-versions/get";
  static final String CREATE_VERSION = "model-versions/create";

  FakeMlflowServer mlflow;
  final List<Duration> waits = new CopyOnWriteArrayList<>();
  MlflowModelRegistry registry;

  @BeforeEach
  void startMlflow() {
    CapturedLogs.clear();
    mlflow = FakeMlflowServer.start();
    registry = builder().build();
  }

  @AfterEach
  void stopMlflow() {
    mlflow.close();
  }

  /** The builder of {@link #registry}, to change a setting. */
  MlflowModelRegistryBuilder builder() {
    return Registries.builder(mlflow, waits)
        .clock(SteppingClock.startingAt(Instant.parse("2025-01-01T00:00:00Z")));
  }

  /** Registers {@code count} sample versions of {@code model}. */
  void register(String model, int count) {
    for (int i = 0; i < count; i++) {
      registry.register(RegistrySamples.request(model));
    }
  }

  static List<Duration> millis(long... values) {
    return Arrays.stream(values).mapToObj(Duration::ofMillis).toList();
  }
}
