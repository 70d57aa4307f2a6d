package dev.modelgate.core.spi;

import java.util.Objects;

/**
 * What a {@link CanaryMetrics} source saw in one window: both models' statistics, or a typed gap.
 */
public sealed interface WindowObservation {

  /** The window observed. */
  Window window();

  /**
   * Both models' statistics for the window.
   *
   * @param window the window
   * @param champion what the champion (stable) did
   * @param canary what the canary (candidate) did
   */
  record Observed(Window window, ModelWindowStats champion, ModelWindowStats canary)
      implements WindowObservation {
    /** Checks for nulls. */
    public Observed {
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(champion, "champion");
      Objects.requireNonNull(canary, "canary");
    }
  }

  /**
   * No usable data for the window, and why. Never counts as a pass.
   *
   * @param window the window
   * @param kind the kind of gap
   * @param detail what the source said, for the report (never credentials)
   */
  record Missing(Window window, MissingKind kind, String detail) implements WindowObservation {
    /** Checks for nulls. */
    public Missing {
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(detail, "detail");
    }
  }
}
