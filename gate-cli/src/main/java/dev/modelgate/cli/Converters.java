package dev.modelgate.cli;

import dev.modelgate.cli.internal.CostText;
import dev.modelgate.metrics.ZeroDivision;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.util.Currency;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Converts flag text to values, with messages that say what is expected. */
final class Converters {

  private Converters() {}

  /** {@code 0}, {@code 1} or {@code nan} (any case) to the {@link ZeroDivision} policy. */
  static final class ZeroDivisionConverter implements CommandLine.ITypeConverter<ZeroDivision> {
    @Override
    public ZeroDivision convert(String text) {
      switch (text.strip().toLowerCase(Locale.ROOT)) {
        case "0":
          return ZeroDivision.ZERO;
        case "1":
          return ZeroDivision.ONE;
        case "nan":
          return ZeroDivision.NAN;
        default:
          throw new TypeConversionException("expected 0, 1 or nan but was '" + text + "'");
      }
    }
  }

  /** {@code tp=..,fp=..,fn=..,tn=..}, each of the four required. */
  static final class CostsConverter implements CommandLine.ITypeConverter<BinaryCosts> {
    @Override
    public BinaryCosts convert(String text) {
      try {
        return CostText.parse(text, true);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** {@code tp=..,fp=..,fn=..,tn=..}, a missing outcome being 0. */
  static final class RatesConverter implements CommandLine.ITypeConverter<BinaryCosts> {
    @Override
    public BinaryCosts convert(String text) {
      try {
        return CostText.parse(text, false);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** An ISO 4217 currency code with a minor unit, such as {@code USD} or {@code EUR}. */
  static final class CurrencyConverter implements CommandLine.ITypeConverter<Currency> {
    @Override
    public Currency convert(String text) {
      Currency currency;
      try {
        currency = Currency.getInstance(text.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + text + "' is not an ISO 4217 currency code");
      }
      if (currency.getDefaultFractionDigits() < 0) {
        throw new TypeConversionException(
            "currency " + currency.getCurrencyCode() + " has no minor unit for amounts");
      }
      return currency;
    }
  }
}
