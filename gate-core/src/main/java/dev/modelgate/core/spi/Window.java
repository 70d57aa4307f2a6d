package dev.modelgate.core.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One analysis window of a canary: the half-open time interval {@code [start, end)}.
 *
 * @param index the window's number in the run, from 1
 * @param start the first instant of the window
 * @param end the instant after the window
 */
public record Window(int index, Instant start, Instant end) {

  /** Checks the order of the instants. */
  public Window {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (index < 1) {
      throw new IllegalArgumentException("index = " + index + " must be at least 1");
    }
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException("window end " + end + " is not after its start " + start);
    }
  }

  /** The window's length. */
  public Duration length() {
    return Duration.between(start, end);
  }
}
