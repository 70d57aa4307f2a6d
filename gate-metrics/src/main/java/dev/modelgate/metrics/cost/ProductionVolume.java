package dev.modelgate.metrics.cost;

import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A production volume: how many rows (applications, transactions, patients) a model decides on
 * per period, used to {@link NetBenefit#scaledTo scale} a test-set net benefit to the money it
 * would make in production.
 *
 * <p>Example: {@code ProductionVolume.perMonth(10_000)} is "10,000 applications a month"; a net
 * benefit of +1,000 on 200 test rows scales to +50,000.00 a month.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rows the number of rows per period, at least 1
 * @param period the period the rows arrive in, such as {@link ChronoUnit#MONTHS}
 */
public record ProductionVolume(long rows, ChronoUnit period) {

  /** Checks that there is at least one row and a period. */
  public ProductionVolume {
    if (rows <= 0) {
      throw new IllegalArgumentException(CostMessages.notPositiveVolume(rows));
    }
    Objects.requireNonNull(period, "period");
  }

  /** {@code rows} per day. */
  public static ProductionVolume perDay(long rows) {
    return new ProductionVolume(rows, ChronoUnit.DAYS);
  }

  /** {@code rows} per week. */
  public static ProductionVolume perWeek(long rows) {
    return new ProductionVolume(rows, ChronoUnit.WEEKS);
  }

  /** {@code rows} per month. */
  public static ProductionVolume perMonth(long rows) {
    return new ProductionVolume(rows, ChronoUnit.MONTHS);
  }

  /** {@code rows} per year. */
  public static ProductionVolume perYear(long rows) {
    return new ProductionVolume(rows, ChronoUnit.YEARS);
  }
}
