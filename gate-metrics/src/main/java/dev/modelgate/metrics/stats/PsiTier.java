package dev.modelgate.metrics.stats;

import java.util.Locale;

/**
 * The usual reading of a population stability index: below 0.1 the distribution is stable, from
 * 0.1 to below 0.25 it has shifted moderately, from 0.25 on it has shifted significantly.
 *
 * <p>A PSI exactly on a boundary goes to the worse tier: 0.0999 is {@link #STABLE}, 0.1 is {@link
 * #MODERATE_SHIFT}, 0.2499 is {@link #MODERATE_SHIFT}, 0.25 is {@link #SIGNIFICANT_SHIFT}.
 *
 * <p>Immutable and thread-safe.
 */
public enum PsiTier {

  /** PSI &lt; 0.1: no meaningful change. */
  STABLE("stable", "PSI < 0.1"),

  /** 0.1 &le; PSI &lt; 0.25: a moderate shift worth a look. */
  MODERATE_SHIFT("moderate shift", "0.1 <= PSI < 0.25"),

  /** PSI &ge; 0.25: a significant shift. */
  SIGNIFICANT_SHIFT("significant shift", "PSI >= 0.25");

  /** The lowest PSI read as a moderate shift: 0.1. */
  public static final double MODERATE = 0.1;

  /** The lowest PSI read as a significant shift: 0.25. */
  public static final double SIGNIFICANT = 0.25;

  private final String words;
  private final String range;

  PsiTier(String words, String range) {
    this.words = words;
    this.range = range;
  }

  /**
   * The tier of {@code psi}.
   *
   * @throws IllegalArgumentException if {@code psi} is NaN or negative: no tier fits an undefined
   *     PSI, and none is read as stable
   */
  public static PsiTier of(double psi) {
    if (!(psi >= 0)) {
      throw Rejections.notAPsi(psi);
    }
    if (psi < MODERATE) {
      return STABLE;
    }
    return psi < SIGNIFICANT ? MODERATE_SHIFT : SIGNIFICANT_SHIFT;
  }

  /**
   * The tier in plain words with its range, for example {@code "moderate shift (0.1 <= PSI <
   * 0.25)"}.
   */
  public String describe() {
    return String.format(Locale.ROOT, "%s (%s)", words, range);
  }
}
