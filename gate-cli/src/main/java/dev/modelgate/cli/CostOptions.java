package dev.modelgate.cli;

import dev.modelgate.cli.internal.CostSpec;
import dev.modelgate.metrics.cost.BinaryCosts;
import java.util.Currency;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The flags that give the money of each outcome, for net benefit. */
final class CostOptions {

  @Option(
      names = "--costs",
      paramLabel = "tp=V,fp=V,fn=V,tn=V",
      converter = Converters.CostsConverter.class,
      description =
          "Value of each outcome per row for net benefit, gains positive and losses negative,"
              + " such as tp=0,fp=0,fn=-500,tn=100. All four are required.")
  private @Nullable BinaryCosts costs;

  @Option(
      names = "--rates",
      paramLabel = "tp=R,fp=R,fn=R,tn=R",
      converter = Converters.RatesConverter.class,
      description =
          "Value of each outcome per unit of the row's --amount, such as fn=-1,tn=0.1 (lose the"
              + " loan, earn 10%% of it); a row is worth its --costs value plus rate x amount."
              + " Outcomes left out are 0.")
  private @Nullable BinaryCosts rates;

  @Option(
      names = "--currency",
      paramLabel = "CODE",
      defaultValue = "USD",
      converter = Converters.CurrencyConverter.class,
      description = "ISO 4217 currency of costs and amounts; amounts may have its decimals.")
  private Currency currency = Currency.getInstance("USD");

  @Option(
      names = "--per-rows",
      paramLabel = "N",
      description =
          "Scale net benefit to a production volume of N rows: total x N / rows. Default: net"
              + " benefit on the test set as is.")
  private @Nullable Long perRows;

  /** The costs the flags give; null when neither --costs nor --rates was given. */
  @Nullable CostSpec spec() {
    if (costs == null && rates == null) {
      return null;
    }
    return new CostSpec(costs == null ? CostSpec.ZERO : costs, rates, currency, perRows);
  }

  /** Whether any flag of these was given, for conflicts with --policy. */
  boolean given() {
    return costs != null || rates != null || perRows != null;
  }
}
