package dev.modelgate.metrics.paired;

/**
 * The jackknife estimate of BCa's acceleration from the sums of cubed and squared deviations of
 * the leave-one-out values from their mean: a = Σd³ / (6 (Σd²)^{3/2}).
 *
 * <p>Stateless and thread-safe.
 */
final class Jackknife {

  private Jackknife() {}

  /** a from Σd³ and Σd²; 0 when every value is equal (0/0), NaN when a value was NaN. */
  static double acceleration(double cubes, double squares) {
    if (squares == 0 && cubes == 0) {
      return 0.0;
    }
    return cubes / (6 * squares * Math.sqrt(squares));
  }
}
