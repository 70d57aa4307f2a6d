package dev.modelgate.prometheus.internal;

import dev.modelgate.core.spi.MissingKind;
import java.util.List;

/**
 * Turns query results into the numbers a window needs: one finite value, a count, a non-empty list
 * of finite samples; anything else becomes a {@link WindowGap} of the right kind. Stateless and
 * thread-safe.
 */
final class Samples {

  /** The largest count accepted, far beyond any real window, well inside {@code long}. */
  private static final double MAX_COUNT = 0x1p62;

  private Samples() {}

  /** The samples of {@code result}, at least one, all finite. */
  static List<QueryResult.Sample> nonEmpty(String what, String query, QueryResult result) {
    if (result instanceof QueryResult.Failed failed) {
      throw new WindowGap(failed.kind(), failed.detail());
    }
    List<QueryResult.Sample> samples = ((QueryResult.Samples) result).samples();
    if (samples.isEmpty()) {
      throw new WindowGap(MissingKind.EMPTY_RESULT, MissingDetails.emptyResult(what, query));
    }
    for (QueryResult.Sample sample : samples) {
      if (!Double.isFinite(sample.value())) {
        throw new WindowGap(MissingKind.NOT_A_NUMBER, MissingDetails.notFinite(what, sample.value(), query));
      }
    }
    return samples;
  }

  /** The one finite value of {@code result}. */
  static double single(String what, String query, QueryResult result) {
    List<QueryResult.Sample> samples = nonEmpty(what, query, result);
    if (samples.size() > 1) {
      throw new WindowGap(
          MissingKind.SOURCE_ERROR, MissingDetails.tooManySeries(what, samples.size(), query));
    }
    return samples.get(0).value();
  }

  /**
   * {@code value} as a count: {@code increase()} extrapolates to the window's edges, so counts come
   * as decimals and are rounded to the nearest whole number (halves up).
   */
  static long count(String what, String query, double value) {
    if (value < 0 || value > MAX_COUNT) {
      throw new WindowGap(MissingKind.SOURCE_ERROR, MissingDetails.notACount(what, value, query));
    }
    return Math.round(value);
  }
}
