package dev.modelgate.metrics.stats;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A population stability index (PSI) with the shares it was computed from: {@code PSI = Σ (c_i −
 * r_i) · ln(c_i / r_i)} over bins, where {@code r_i} is the reference's (champion's) share of bin
 * {@code i} and {@code c_i} the comparison's (canary's).
 *
 * <p>The shares are the ones used, after flooring at {@link Psi#SHARE_FLOOR}, so they may sum to
 * slightly more than 1. Each term is ≥ 0, so PSI ≥ 0, and swapping the two sides over the same
 * bins gives the same PSI.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the PSI, finite and ≥ 0
 * @param referenceShares the reference's share of each bin, floored
 * @param comparisonShares the comparison's share of each bin, floored
 */
public record PopulationStability(
    double value, double[] referenceShares, double[] comparisonShares) {

  /** Checks and copies the shares. */
  public PopulationStability {
    Objects.requireNonNull(referenceShares, "referenceShares");
    Objects.requireNonNull(comparisonShares, "comparisonShares");
    PsiTier.of(value);
    referenceShares = referenceShares.clone();
    comparisonShares = comparisonShares.clone();
  }

  /** The tier of {@link #value()}. */
  public PsiTier tier() {
    return PsiTier.of(value);
  }

  /** The number of bins. */
  public int bins() {
    return referenceShares.length;
  }

  /** A copy of the reference's floored shares. */
  @Override
  public double[] referenceShares() {
    return referenceShares.clone();
  }

  /** A copy of the comparison's floored shares. */
  @Override
  public double[] comparisonShares() {
    return comparisonShares.clone();
  }

  /** The PSI and its tier in plain words, for example {@code "PSI 0.1834 over 10 bins: ..."}. */
  public String summary() {
    return String.format(
        Locale.ROOT, "PSI %.4f over %d bins: %s", value, bins(), tier().describe());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PopulationStability other
        && Double.compare(value, other.value) == 0
        && Arrays.equals(referenceShares, other.referenceShares)
        && Arrays.equals(comparisonShares, other.comparisonShares);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        value, Arrays.hashCode(referenceShares), Arrays.hashCode(comparisonShares));
  }

  @Override
  public String toString() {
    return "PopulationStability[value=" + value + ", referenceShares="
        + Arrays.toString(referenceShares) + ", comparisonShares="
        + Arrays.toString(comparisonShares) + "]";
  }
}
