package dev.modelgate.core.internal.canary;

import dev.modelgate.core.canary.ModelRole;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The in-process recorder's memory: requests kept per model in time slices of {@code resolution},
 * slices older than {@code retention} dropped as new ones start, and a window's statistics merged
 * from the slices that start inside it. Thread-safe.
 */
public final class SliceStore {

  private final Clock clock;
  private final long resolutionMillis;
  private final long retainedSlices;
  private final int sampleSize;
  private final long seed;
  private final long[] overNanos;
  private final Map<Long, RoleSlice[]> slices = new ConcurrentHashMap<>();

  /** A store reading the time from {@code clock}, counting no requests over latency thresholds. */
  public SliceStore(Clock clock, Duration resolution, Duration retention, int sampleSize, long seed) {
    this(clock, resolution, retention, sampleSize, seed, new long[0]);
  }

  /** A store that also counts each model's requests slower than each of {@code overNanos}, sorted. */
  public SliceStore(
      Clock clock, Duration resolution, Duration retention, int sampleSize, long seed, long[] overNanos) {
    this.overNanos = overNanos.clone();
    this.clock = clock;
    this.resolutionMillis = resolution.toMillis();
    this.retainedSlices = Math.max(1, retention.toMillis() / resolutionMillis);
    this.sampleSize = sampleSize;
    this.seed = seed;
  }

  /** Records one request of {@code role}; the score is NaN and the label null when there is none. */
  public void record(ModelRole role, Duration latency, boolean error, double score, @Nullable String label) {
    long index = Math.floorDiv(clock.millis(), resolutionMillis);
    RoleSlice[] pair = slices.get(index);
    if (pair == null) {
      pair = slices.computeIfAbsent(index, this::newSlice);
      long oldest = index - retainedSlices;
      slices.keySet().removeIf(old -> old <= oldest);
    }
    RoleSlice slice = pair[role.ordinal()];
    slice.record(latency.toNanos(), error);
    if (!Double.isNaN(score)) {
      slice.score(score);
    }
    if (label != null) {
      slice.predictedClass(label);
    }
  }

  /** Both models' statistics in {@code window}, or NO_TRAFFIC when either served nothing. */
  public WindowObservation observe(Window window) {
    long first = Math.floorDiv(window.start().toEpochMilli() + resolutionMillis - 1, resolutionMillis);
    long end = Math.floorDiv(window.end().toEpochMilli() + resolutionMillis - 1, resolutionMillis);
    WindowAccumulator champion = new WindowAccumulator(sampleSize, seed, overNanos);
    WindowAccumulator canary = new WindowAccumulator(sampleSize, seed + 1, overNanos);
    for (long index = first; index < end; index++) {
      RoleSlice[] slice = slices.get(index);
      if (slice != null) {
        slice[ModelRole.CHAMPION.ordinal()].addTo(champion);
        slice[ModelRole.CANARY.ordinal()].addTo(canary);
      }
    }
    if (champion.requests() == 0 || canary.requests() == 0) {
      String idle = champion.requests() == 0 && canary.requests() == 0
          ? "neither model" : champion.requests() == 0 ? "the champion" : "the canary";
      return new WindowObservation.Missing(window, MissingKind.NO_TRAFFIC,
          idle + " served no requests recorded in process between " + window.start() + " and " + window.end()
              + retentionNote(window.start()));
    }
    return new WindowObservation.Observed(window, champion.stats(), canary.stats());
  }

  private String retentionNote(Instant start) {
    long oldest = Math.floorDiv(clock.millis(), resolutionMillis) - retainedSlices + 1;
    return start.toEpochMilli() < oldest * resolutionMillis ? " (the window starts before the retained slices)" : "";
  }

  private RoleSlice[] newSlice(long index) {
    RoleSlice[] pair = new RoleSlice[ModelRole.values().length];
    for (ModelRole role : ModelRole.values()) {
      pair[role.ordinal()] = new RoleSlice(sampleSize, seed ^ (index * 31 + role.ordinal()), overNanos);
    }
    return pair;
  }
}
