package dev.modelgate.cli.internal;

import dev.modelgate.metrics.cost.BinaryCosts;
import java.util.Currency;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The money of each binary outcome that net benefit is computed from: a fixed value per row and,
 * with per-row amounts, a rate per unit of the row's amount. A row is worth {@code value(outcome) +
 * rate(outcome) × amount}, the outcome being TP, FP, FN or TN for the positive label.
 *
 * <p>Example, German credit with positive {@code Bad}: {@code --costs tp=0,fp=0,fn=-500,tn=100}
 * (fixed money per applicant) or {@code --rates fn=-1,tn=0.1 --amount credit_amount} (lose the loan
 * on a missed bad applicant, earn 10 % of it on a good one). Immutable and thread-safe.
 *
 * @param values the fixed value of each outcome
 * @param rates the value per unit of amount of each outcome; null without per-row amounts
 * @param currency the currency of values, rates and amounts
 * @param perRows the production volume net benefit is scaled to ({@code total × perRows /
 *     rows}); null to report it on the test set as is
 */
public record CostSpec(
    BinaryCosts values, @Nullable BinaryCosts rates, Currency currency, @Nullable Long perRows) {

  /** The zero value of every outcome. */
  public static final BinaryCosts ZERO = BinaryCosts.of("0", "0", "0", "0");

  /** Checks the parts. */
  public CostSpec {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(currency, "currency");
  }
}
