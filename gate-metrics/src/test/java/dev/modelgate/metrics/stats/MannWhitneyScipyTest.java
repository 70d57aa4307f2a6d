package dev.modelgate.metrics.stats;

import static dev.modelgate.metrics.stats.Close.assertPValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MannWhitneyScipyTest {

  static List<StatsmodelsFixture> cases() {
    return StatsmodelsFixture.section("mannwhitney");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void should_match_scipy_mannwhitneyu_for_every_alternative(StatsmodelsFixture fixture) {
    double[] x = fixture.doubles("x");
    double[] y = fixture.doubles("y");
    MannWhitneyResult.Method resolved =
        MannWhitneyResult.Method.valueOf(fixture.text("resolved").toUpperCase(Locale.ROOT));
    ContinuityCorrection continuity =
        fixture.flag("use_continuity") ? ContinuityCorrection.YATES : ContinuityCorrection.NONE;

    for (Alternative alternative : Alternative.values()) {
      String key = alternative.name().toLowerCase(Locale.ROOT).replace('_', '-');
      double[] expected = fixture.doubles(key);
      MannWhitneyResult result = fixture.text("method").equals("auto")
          ? MannWhitney.test(x, y, alternative)
          : MannWhitney.test(x, y, alternative, resolved, continuity);

      assertThat(result.method()).as(key + " method").isEqualTo(resolved);
      assertThat(result.statistic()).as(key + " U").isEqualTo(expected[0]);
      assertPValue(result.pValue(), expected[1], key + " p");
    }
  }
}
