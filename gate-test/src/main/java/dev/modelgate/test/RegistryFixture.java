package dev.modelgate.test;

import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.ModelVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What every registry contract works on: a fresh registry per test and the clock it was given.
 * {@link ModelRegistryContract} implements it; the contract interfaces extend it.
 */
public interface RegistryFixture {

  /** The registry under test, new for each test. */
  ModelRegistry registry();

  /** The clock given to the registry. */
  SteppingClock clock();

  /**
   * Whether the registry takes its times from the given clock; when not (a remote registry), the
   * contract only checks that times never go backwards.
   */
  boolean recordsClockTime();

  /** Registers {@code count} sample versions of {@code model} and returns them. */
  default List<ModelVersion> registerVersions(String model, int count) {
    List<ModelVersion> versions = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      versions.add(registry().register(RegistrySamples.request(model)));
    }
    return versions;
  }

  /** Whether {@code recorded} is a time the registry may have recorded between two readings. */
  default boolean recordedBetween(Instant recorded, Instant before, Instant after) {
    return !recordsClockTime() || (recorded.isAfter(before) && recorded.isBefore(after));
  }
}
