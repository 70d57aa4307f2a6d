package dev.modelgate.prometheus.internal;

import dev.modelgate.core.spi.MissingKind;
import java.util.Objects;

/**
 * Signals, inside the adapter only, that a window has no usable data: the reader stops at the first
 * gap and the adapter turns it into a {@link dev.modelgate.core.spi.WindowObservation.Missing}. Has
 * no stack trace; never leaves the adapter. Immutable and thread-safe.
 */
public final class WindowGap extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final MissingKind kind;

  /** A gap of {@code kind}, described by {@code detail}. */
  public WindowGap(MissingKind kind, String detail) {
    super(Objects.requireNonNull(detail, "detail"), null, false, false);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** The kind of gap. */
  public MissingKind kind() {
    return kind;
  }

  /** What went wrong, without credentials. */
  public String detail() {
    return getMessage();
  }
}
