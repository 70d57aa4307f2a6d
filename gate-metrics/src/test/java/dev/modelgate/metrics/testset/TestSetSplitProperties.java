package dev.modelgate.metrics.testset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TestSetSplitProperties {

  @Provide
  Arbitrary<Rows> rows() {
    return Rows.splittable();
  }

  @Provide
  Arbitrary<TestSetSplit> splits() {
    return Combinators.combine(
            Arbitraries.longs(),
            Arbitraries.doubles().between(0.1, 0.9).ofScale(3),
            Arbitraries.of(true, false))
        .as((seed, fraction, stratified) -> TestSetSplit.builder()
            .seed(seed).testFraction(fraction).stratified(stratified).build());
  }

  @Property(seed = "42", tries = 200)
  void should_give_the_same_split_for_the_same_seed(
      @ForAll("rows") Rows rows, @ForAll("splits") TestSetSplit split) {
    TestSetSplit rebuilt = TestSetSplit.builder().seed(split.seed())
        .testFraction(split.testFraction()).stratified(split.stratified()).build();

    assertThat(rebuilt.split(rows.ids(), rows.labels()))
        .isEqualTo(split.split(rows.ids(), rows.labels()));
  }

  @Property(seed = "42", tries = 200)
  void should_choose_the_same_rows_whatever_their_order(
      @ForAll("rows") Rows rows, @ForAll("splits") TestSetSplit split, @ForAll Random random) {
    Rows shuffled = rows.shuffled(random);

    Split original = split.split(rows.ids(), rows.labels());
    Split reordered = split.split(shuffled.ids(), shuffled.labels());

    assertThat(testIds(shuffled, reordered)).containsExactlyInAnyOrder(testIds(rows, original));
    assertThat(reordered.fingerprint()).isEqualTo(original.fingerprint());
  }

  @Property(seed = "42", tries = 200)
  void should_put_every_row_in_exactly_one_set(
      @ForAll("rows") Rows rows, @ForAll("splits") TestSetSplit split) {
    Split result = split.split(rows.ids(), rows.labels());

    int[] both = IntStream.concat(
            Arrays.stream(result.testIndices()), Arrays.stream(result.trainIndices()))
        .sorted().toArray();
    assertThat(both).containsExactly(IntStream.range(0, rows.size()).toArray());
    assertThat(result.testIndices()).isSorted();
    assertThat(result.trainIndices()).isSorted();
  }

  @Property(seed = "42", tries = 200)
  void should_take_each_label_test_fraction_rounded_half_up(
      @ForAll("rows") Rows rows, @ForAll("splits") TestSetSplit split) {
    Split result = split.split(rows.ids(), rows.labels());

    if (split.stratified()) {
      Map<String, Integer> all =
          countByLabel(rows.labels(), IntStream.range(0, rows.size()).toArray());
      Map<String, Integer> test = countByLabel(rows.labels(), result.testIndices());
      all.forEach((label, n) -> {
        assertThat(test.get(label)).isEqualTo(split.testRows(n));
        assertThat(Math.abs(test.get(label) - split.testFraction() * n)).isLessThanOrEqualTo(0.5);
      });
    } else {
      assertThat(result.testSize()).isEqualTo(split.testRows(rows.size()));
    }
  }

  @Property(seed = "42", tries = 200)
  void should_fingerprint_the_test_rows(
      @ForAll("rows") Rows rows, @ForAll("splits") TestSetSplit split) {
    Split result = split.split(rows.ids(), rows.labels());

    String[] testLabels = Arrays.stream(result.testIndices()).mapToObj(i -> rows.labels()[i])
        .toArray(String[]::new);
    assertThat(result.fingerprint()).isEqualTo(Fingerprint.of(testIds(rows, result), testLabels));
  }

  @Property(seed = "42", tries = 200)
  void should_ignore_labels_when_unstratified(@ForAll("rows") Rows rows, @ForAll long seed) {
    TestSetSplit unstratified = TestSetSplit.builder().seed(seed).stratified(false).build();
    String[] oneLabel = new String[rows.size()];
    Arrays.fill(oneLabel, "same");

    assertThat(unstratified.split(rows.ids(), oneLabel).testIndices())
        .containsExactly(unstratified.split(rows.ids(), rows.labels()).testIndices());
  }

  private static String[] testIds(Rows rows, Split split) {
    return Arrays.stream(split.testIndices()).mapToObj(i -> rows.ids()[i]).toArray(String[]::new);
  }

  private static Map<String, Integer> countByLabel(String[] labels, int[] indices) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i : indices) {
      counts.merge(labels[i], 1, Integer::sum);
    }
    return counts;
  }
}
