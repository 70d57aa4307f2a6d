package dev.modelgate.metrics.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The value of each outcome of a binary decision, in one currency: what a true positive, false
 * positive, false negative and true negative is worth. Gains are positive, losses negative.
 *
 * <p>Example, German credit with positive = {@code Bad} (a flagged applicant is declined): {@code
 * BinaryCosts.of("0", "0", "-500", "100")}: declining anyone earns nothing, accepting a bad
 * applicant loses $500, accepting a good one earns $100.
 *
 * @param tp value of a true positive
 * @param fp value of a false positive
 * @param fn value of a false negative
 * @param tn value of a true negative
 */
public record BinaryCosts(BigDecimal tp, BigDecimal fp, BigDecimal fn, BigDecimal tn) {

  /** Checks that no value is null. */
  public BinaryCosts {
    Objects.requireNonNull(tp, "tp");
    Objects.requireNonNull(fp, "fp");
    Objects.requireNonNull(fn, "fn");
    Objects.requireNonNull(tn, "tn");
  }

  /**
   * Values from decimal strings such as {@code "-500"} or {@code "99.95"}.
   *
   * @throws IllegalArgumentException naming the cell whose text is not a decimal number
   */
  public static BinaryCosts of(String tp, String fp, String fn, String tn) {
    return new BinaryCosts(
        parse("tp", tp), parse("fp", fp), parse("fn", fn), parse("tn", tn));
  }

  /** Parses {@code text} (surrounding blanks ignored) as an exact decimal, naming {@code cell}. */
  static BigDecimal parse(String cell, String text) {
    Objects.requireNonNull(text, cell);
    try {
      return new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(CostMessages.notADecimal(cell, text), e);
    }
  }
}
