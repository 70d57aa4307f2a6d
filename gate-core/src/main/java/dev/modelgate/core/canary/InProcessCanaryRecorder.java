package dev.modelgate.core.canary;

import dev.modelgate.core.internal.canary.SliceStore;
import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * A {@link CanaryMetrics} source for applications that serve both models in process: the serving
 * code calls {@code record(...)} once per request, and the canary analysis reads each window's
 * counts, latency percentiles (p50, p95, p99 from an HdrHistogram with two significant digits) and
 * predictions (a bounded score sample with a fixed seed, or class counts).
 *
 * <pre>{@code
 * InProcessCanaryRecorder recorder = InProcessCanaryRecorder.builder(clock).build();
 * ModelRole role = router.route();
 * long start = System.nanoTime();
 * double score = (role == ModelRole.CANARY ? canary : champion).score(request);
 * recorder.record(role, Duration.ofNanos(System.nanoTime() - start), false, score);
 * }</pre>
 *
 * <p>Requests are kept per model in time slices ({@linkplain
 * InProcessCanaryRecorderBuilder#resolution(Duration) resolution}, default 10 s) for the {@linkplain
 * InProcessCanaryRecorderBuilder#retention(Duration) retention} (default 30 min), and a window
 * merges the slices that start inside it, so windows should be whole multiples of the resolution. A
 * window in which either model served nothing is {@link dev.modelgate.core.spi.MissingKind#NO_TRAFFIC}.
 * Requests slower than the {@linkplain InProcessCanaryRecorderBuilder#countRequestsOver(Duration...)
 * thresholds} it was built with are counted exactly, for the sequential latency test.
 * When a model records both scores and classes, the scores are reported. Thread-safe: recording
 * takes a short lock per model and slice.
 */
public final class InProcessCanaryRecorder implements CanaryMetrics {

  private final SliceStore store;

  InProcessCanaryRecorder(
      Clock clock, Duration resolution, Duration retention, int sampleSize, long seed, long[] overNanos) {
    this.store = new SliceStore(clock, resolution, retention, sampleSize, seed, overNanos);
  }

  /** A builder of a recorder reading the time of each request from {@code clock}. */
  public static InProcessCanaryRecorderBuilder builder(Clock clock) {
    return new InProcessCanaryRecorderBuilder(clock);
  }

  @Override
  public String name() {
    return "in-process";
  }

  /** Records one request of {@code model}, without a prediction. */
  public void record(ModelRole model, Duration latency, boolean error) {
    store.record(check(model, latency), latency, error, Double.NaN, null);
  }

  /**
   * Records one request of {@code model} with its score.
   *
   * @throws IllegalArgumentException if the score is NaN or infinite
   */
  public void record(ModelRole model, Duration latency, boolean error, double score) {
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score = " + score + " is not finite");
    }
    store.record(check(model, latency), latency, error, score, null);
  }

  /** Records one request of {@code model} with its predicted class. */
  public void record(ModelRole model, Duration latency, boolean error, String predictedClass) {
    Objects.requireNonNull(predictedClass, "predictedClass");
    store.record(check(model, latency), latency, error, Double.NaN, predictedClass);
  }

  @Override
  public WindowObservation observe(Window window) {
    return store.observe(Objects.requireNonNull(window, "window"));
  }

  private static ModelRole check(ModelRole model, Duration latency) {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(latency, "latency");
    if (latency.isNegative()) {
      throw new IllegalArgumentException("latency = " + latency + " is negative");
    }
    return model;
  }
}
