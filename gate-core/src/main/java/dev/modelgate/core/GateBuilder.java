package dev.modelgate.core;

import dev.modelgate.core.internal.gate.LibraryVersion;
import dev.modelgate.core.internal.reason.MisuseReason;
import dev.modelgate.core.internal.reason.PolicyProblem;
import dev.modelgate.core.spi.DecisionPublisher;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Gate}: the policy and the clock are required, publishers and the library version
 * optional. Not thread-safe; reusable after {@link #build()}.
 */
public final class GateBuilder {

  private @Nullable QualityPolicy policy;
  private @Nullable Clock clock;
  private final List<DecisionPublisher> publishers = new ArrayList<>();
  private String libraryVersion = LibraryVersion.current();

  GateBuilder() {}

  /** The policy the gate runs. */
  public GateBuilder policy(QualityPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    return this;
  }

  /**
   * The clock verdicts take their time from: {@code Clock.systemUTC()}, or a fixed clock in tests.
   */
  public GateBuilder clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return this;
  }

  /** Adds a publisher of pipeline verdicts; publishers are called in the order added. */
  public GateBuilder publisher(DecisionPublisher publisher) {
    publishers.add(Objects.requireNonNull(publisher, "publisher"));
    return this;
  }

  /**
   * The library version verdicts record; default the running version read from the jar, or {@code
   * unknown}. Set it to pin reports in golden-file tests.
   */
  public GateBuilder libraryVersion(String version) {
    Objects.requireNonNull(version, "version");
    if (version.isBlank()) {
      throw new IllegalArgumentException("libraryVersion must not be blank");
    }
    this.libraryVersion = version;
    return this;
  }

  /**
   * The gate.
   *
   * @throws IllegalStateException naming every missing part: "cannot build the gate: policy is
   *     missing; clock is missing"
   */
  public Gate build() {
    List<String> missing = new ArrayList<>();
    if (policy == null) {
      missing.add(PolicyProblem.missing("policy"));
    }
    if (clock == null) {
      missing.add(PolicyProblem.missing("clock"));
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(MisuseReason.incompleteGate(String.join("; ", missing)));
    }
    return Gate.create(Objects.requireNonNull(policy), Objects.requireNonNull(clock), publishers, libraryVersion);
  }
}
