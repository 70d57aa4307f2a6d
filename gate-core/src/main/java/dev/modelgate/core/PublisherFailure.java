package dev.modelgate.core;

import java.util.Objects;

/**
 * A {@link dev.modelgate.core.spi.DecisionPublisher} that failed to publish a pipeline verdict.
 * Immutable and thread-safe.
 *
 * @param publisher the publisher's name
 * @param reason what failed and what it means, in plain words
 */
public record PublisherFailure(String publisher, String reason) {

  /** Checks the parts. */
  public PublisherFailure {
    Objects.requireNonNull(publisher, "publisher");
    Objects.requireNonNull(reason, "reason");
  }
}
