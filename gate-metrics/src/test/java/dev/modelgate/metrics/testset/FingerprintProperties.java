package dev.modelgate.metrics.testset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class FingerprintProperties {

  @Provide
  Arbitrary<Rows> rows() {
    return Rows.any(40);
  }

  @Property(seed = "42", tries = 300)
  void should_not_depend_on_row_order(@ForAll("rows") Rows rows, @ForAll Random random) {
    Rows shuffled = rows.shuffled(random);

    assertThat(Fingerprint.of(shuffled.ids(), shuffled.labels()))
        .isEqualTo(Fingerprint.of(rows.ids(), rows.labels()));
  }

  @Property(seed = "42", tries = 300)
  void should_change_when_any_label_changes(
      @ForAll("rows") Rows rows, @ForAll @IntRange(min = 0, max = 1000) int pick) {
    int row = pick % rows.size();
    String[] changed = rows.labels().clone();
    changed[row] = changed[row] + "x";

    assertThat(Fingerprint.of(rows.ids(), changed))
        .isNotEqualTo(Fingerprint.of(rows.ids(), rows.labels()));
  }

  @Property(seed = "42", tries = 300)
  void should_change_when_a_row_is_removed(
      @ForAll("rows") Rows rows, @ForAll @IntRange(min = 0, max = 1000) int pick) {
    Assume.that(rows.size() > 1);
    Rows fewer = rows.without(pick % rows.size());

    assertThat(Fingerprint.of(fewer.ids(), fewer.labels()))
        .isNotEqualTo(Fingerprint.of(rows.ids(), rows.labels()));
  }

  @Property(seed = "42", tries = 300)
  void should_change_when_a_row_is_added(@ForAll("rows") Rows rows) {
    String[] moreIds = Arrays.copyOf(rows.ids(), rows.size() + 1);
    String[] moreLabels = Arrays.copyOf(rows.labels(), rows.size() + 1);
    moreIds[rows.size()] = "#new";
    moreLabels[rows.size()] = rows.labels()[0];

    assertThat(Fingerprint.of(moreIds, moreLabels))
        .isNotEqualTo(Fingerprint.of(rows.ids(), rows.labels()));
  }

  @Property(seed = "42", tries = 300)
  void should_give_the_whole_data_fingerprint_from_any_chunks_merged_in_any_order(
      @ForAll("rows") Rows rows, @ForAll Random random) {
    int cut1 = random.nextInt(rows.size() + 1);
    int cut2 = cut1 + random.nextInt(rows.size() - cut1 + 1);
    FingerprintAccumulator first = FingerprintAccumulator.create();
    for (int i = 0; i < cut1; i++) {
      first.add(rows.ids()[i], rows.labels()[i]);
    }
    FingerprintAccumulator second =
        FingerprintAccumulator.create().addAll(rows.ids(), rows.labels(), cut1, cut2);
    FingerprintAccumulator third =
        FingerprintAccumulator.create().addAll(rows.ids(), rows.labels(), cut2, rows.size());

    Fingerprint merged = third.merge(first).merge(second).toFingerprint();

    assertThat(merged).isEqualTo(Fingerprint.of(rows.ids(), rows.labels()));
  }
}
