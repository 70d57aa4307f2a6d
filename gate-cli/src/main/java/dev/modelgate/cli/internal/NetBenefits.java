package dev.modelgate.cli.internal;

import dev.modelgate.metrics.ConfusionMatrix;
import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.cost.BinaryCosts;
import dev.modelgate.metrics.cost.CostMatrix;
import dev.modelgate.metrics.cost.NetBenefit;
import dev.modelgate.metrics.cost.NetBenefitAccumulator;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Net benefit of a streamed file under binary costs, exactly.
 *
 * <p>Without amounts it is computed from the K×K confusion matrix with the one-vs-rest cost
 * matrix: a row of the positive label predicted positive is a TP, of another label predicted positive an
 * FP, of the positive label predicted as any other an FN, anything else a TN; with two labels this
 * is {@code CostMatrix.binary}. With amounts, the rows were collapsed to positive / not positive
 * while streaming, with the sum of amounts per cell, and the rates apply per unit of amount.
 *
 * <p>Stateless and thread-safe.
 */
final class NetBenefits {

  private NetBenefits() {}

  static NetBenefit of(
      CostSpec costs,
      ConfusionMatrix matrix,
      String positive,
      @Nullable NetBenefitAccumulator amounts) {
    String currency = costs.currency().getCurrencyCode();
    BinaryCosts rates = costs.rates();
    if (amounts != null && rates != null) {
      return amounts.netBenefit(
          CostMatrix.binary(costs.values(), 1).withRates(rates).withCurrency(currency));
    }
    CostMatrix oneVsRest =
        CostMatrix.of(oneVsRest(costs.values(), matrix.labels(), positive)).withCurrency(currency);
    return NetBenefit.of(matrix, oneVsRest);
  }

  private static BigDecimal[][] oneVsRest(
      BinaryCosts values, LabelDictionary labels, String positive) {
    int k = labels.size();
    int p = labels.indexOf(positive);
    BigDecimal[][] cells = new BigDecimal[k][k];
    for (int t = 0; t < k; t++) {
      for (int q = 0; q < k; q++) {
        boolean truePositive = t == p;
        boolean predictedPositive = q == p;
        cells[t][q] =
            truePositive
                ? (predictedPositive ? values.tp() : values.fn())
                : (predictedPositive ? values.fp() : values.tn());
      }
    }
    return cells;
  }
}
