package dev.modelgate.metrics.paired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.modelgate.metrics.ClassificationMetrics;
import dev.modelgate.metrics.LabelDictionary;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * BCa's acceleration, computed from one jackknife value per cell weighted by the cell's count,
 * equals the textbook jackknife that deletes each row in turn.
 */
class JackknifeOverCellsTest {

  @ParameterizedTest(name = "{0} classes, {1} rows")
  @CsvSource({"2, 60", "2, 400", "3, 250"})
  void should_equal_the_row_by_row_jackknife(int classes, int rows) {
    LabelDictionary labels = LabelDictionary.indices(classes);
    PairedRows data = PairedRows.random(31 + rows, rows, classes, 0.55, 0.7);
    PairedStatistic statistic =
        PairedStatistic.difference(m -> ClassificationMetrics.of(m).f1(classes - 1));

    double[] theta = new double[rows];
    for (int i = 0; i < rows; i++) {
      theta[i] = statistic.of(JointTable.of(labels, without(data.truth(), i),
          without(data.champion(), i), without(data.candidate(), i)));
    }
    double mean = Arrays.stream(theta).average().orElseThrow();
    double squares = 0;
    double cubes = 0;
    for (double t : theta) {
      squares += (mean - t) * (mean - t);
      cubes += (mean - t) * (mean - t) * (mean - t);
    }
    double rowByRow = cubes / (6 * Math.pow(squares, 1.5));

    double overCells =
        PairedBootstrap.builder().resamples(1).build()
            .distribution(data.table(labels), statistic).acceleration();

    assertThat(rowByRow).isNotZero();
    assertThat(overCells).isCloseTo(rowByRow, within(1e-9 * Math.abs(rowByRow)));
  }

  private static int[] without(int[] values, int index) {
    int[] out = new int[values.length - 1];
    System.arraycopy(values, 0, out, 0, index);
    System.arraycopy(values, index + 1, out, index, values.length - index - 1);
    return out;
  }
}
