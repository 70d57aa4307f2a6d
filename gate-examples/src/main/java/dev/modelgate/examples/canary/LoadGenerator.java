package dev.modelgate.examples.canary;

import dev.modelgate.core.canary.CanaryWaiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The local canary's clients: replays applicants (the fixed test set's rows, each request an
 * applicant drawn at random from {@code seed}) to the serving front over real HTTP, one request at
 * a time, and moves the {@link
 * SimulatedClock} one fixed step after each request. At most {@code maxRequests} are sent; then it
 * stops by itself, and later waits only move the clock.
 *
 * <p>Its {@link #waiter()} is the canary analysis' way of waiting for a window to close: instead
 * of sleeping it sends requests until the clock reaches the window's end, so a one-minute window
 * at 600 requests a minute takes 600 requests, not a minute. Not thread-safe: one analysis drives
 * it.
 */
final class LoadGenerator {

  private final HttpClient client;
  private final URI target;
  private final List<String> applicants;
  private final SimulatedClock clock;
  private final Duration step;
  private final long maxRequests;
  private final SplittableRandom random;
  private long sent;
  private long failed;

  /**
   * A generator sending {@code applicants} to {@code target}, {@code step} of simulated time apart.
   *
   * @throws IllegalArgumentException if there are no applicants, the step is not positive or the
   *     budget is negative
   */
  LoadGenerator(HttpClient client, URI target, List<String> applicants, SimulatedClock clock, Duration step,
      long maxRequests, long seed) {
    this.client = Objects.requireNonNull(client, "client");
    this.target = Objects.requireNonNull(target, "target");
    this.applicants = List.copyOf(applicants);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.step = Objects.requireNonNull(step, "step");
    if (this.applicants.isEmpty() || step.isZero() || step.isNegative() || maxRequests < 0) {
      throw new IllegalArgumentException("a load generator needs applicants, a positive step and a budget >= 0; got "
          + this.applicants.size() + " applicants, step " + step + ", budget " + maxRequests);
    }
    this.maxRequests = maxRequests;
    this.random = new SplittableRandom(seed);
  }

  /** The waiter of the canary analysis: sends requests until {@code instant}, then returns. */
  CanaryWaiter waiter() {
    return this::sendUntil;
  }

  /** The requests sent so far. */
  long sent() {
    return sent;
  }

  /** The requests sent so far that were answered with HTTP 5xx. */
  long failed() {
    return failed;
  }

  private void sendUntil(Instant instant) throws InterruptedException {
    while (clock.instant().isBefore(instant)) {
      if (sent >= maxRequests) {
        clock.advance(Duration.between(clock.instant(), instant));
        return;
      }
      send(applicants.get(random.nextInt(applicants.size())));
      clock.advance(step);
    }
  }

  private void send(String applicant) throws InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(target)
        .timeout(Duration.ofSeconds(2L * CanaryProxy.TIMEOUT_SECONDS))
        .header("Content-Type", ApplicantCsv.MEDIA_TYPE)
        .POST(HttpRequest.BodyPublishers.ofString(applicant))
        .build();
    try {
      HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
      sent++;
      if (response.statusCode() >= 500) {
        failed++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the serving front at " + target + " did not answer", e);
    }
  }
}
