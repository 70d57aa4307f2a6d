package dev.modelgate.metrics.testset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Pins the rows the default split chooses on the bundled German credit data, so that any change to
 * the algorithm fails the build. Changing these numbers is a breaking change for every user whose
 * registry holds evaluations made on the old test set.
 */
class GermanCreditGoldenTest {

  private static final GermanCredit DATA = GermanCredit.load();

  @Test
  void should_choose_the_pinned_rows_with_the_default_stratified_split() {
    Split split = TestSetSplit.defaults().split(DATA.rowIds, DATA.labels);

    String[] testIds = DATA.idsAt(split.testIndices());
    assertThat(split.testSize()).isEqualTo(200);
    assertThat(split.trainSize()).isEqualTo(800);
    assertThat(Arrays.stream(split.testIndices()).filter(i -> DATA.labels[i].equals("Bad")))
        .hasSize(60);
    assertThat(Arrays.copyOfRange(testIds, 0, 10))
        .containsExactly("1", "13", "20", "21", "29", "36", "39", "41", "44", "45");
    assertThat(Arrays.copyOfRange(testIds, 190, 200))
        .containsExactly("950", "962", "966", "971", "972", "983", "991", "993", "998", "1000");
    assertThat(split.fingerprint())
        .hasToString("sha256:db5080882dbc806ce9a37fa366138ff6bdbd083d5d3d2018d00f924f483d7e7d");
    assertThat(split.testIndices()).containsExactly(referenceTestIndices(0));
  }

  @Test
  void should_choose_the_pinned_rows_with_the_unstratified_split() {
    TestSetSplit unstratified = TestSetSplit.builder().stratified(false).build();

    Split split = unstratified.split(DATA.rowIds, DATA.labels);

    assertThat(split.testSize()).isEqualTo(200);
    assertThat(Arrays.stream(split.testIndices()).filter(i -> DATA.labels[i].equals("Bad")))
        .hasSize(62);
    assertThat(split.fingerprint())
        .hasToString("sha256:fe3aa1cd6792b5a784fac76e98eca797865632a08c6bbaad7a246dc3f47e0bb9");
    assertThat(split.testIndices()).containsExactly(referenceTestIndices(1));
  }

  @Test
  void should_split_by_row_number_as_by_row_id_because_row_id_is_the_row_number() {
    Split byRowId = TestSetSplit.defaults().split(DATA.rowIds, DATA.labels);

    Split byRowNumber = TestSetSplit.defaults().split(DATA.labels);

    assertThat(byRowNumber).isEqualTo(byRowId);
  }

  @Test
  void should_choose_different_rows_for_each_of_fifty_seeds() {
    Set<Fingerprint> fingerprints = new HashSet<>();

    for (long seed = 0; seed < 50; seed++) {
      fingerprints.add(
          TestSetSplit.builder().seed(seed).build().split(DATA.rowIds, DATA.labels).fingerprint());
    }

    assertThat(fingerprints).hasSize(50);
  }

  @Test
  void should_choose_the_same_rows_from_the_data_in_reverse_order() {
    String[] ids = DATA.rowIds.clone();
    String[] labels = DATA.labels.clone();
    Collections.reverse(Arrays.asList(ids));
    Collections.reverse(Arrays.asList(labels));

    Split reversed = TestSetSplit.defaults().split(ids, labels);

    Split original = TestSetSplit.defaults().split(DATA.rowIds, DATA.labels);
    assertThat(reversed.fingerprint()).isEqualTo(original.fingerprint());
    assertThat(Arrays.stream(reversed.testIndices()).mapToObj(i -> ids[i]))
        .containsExactlyInAnyOrder(DATA.idsAt(original.testIndices()));
  }

  @Test
  void should_pin_the_fingerprint_of_the_whole_data() {
    assertThat(Fingerprint.of(DATA.rowIds, DATA.labels))
        .hasToString("sha256:1369054109cdfe2cd32b6586f35f1f6583e2a1ad4184d1c4a99175dc6e53a041");
  }

  private static int[] referenceTestIndices(int caseIndex) {
    JsonNode reference = ReferenceFixture.load().get("splits").get(caseIndex);
    assertThat(reference.get("data").asText()).isEqualTo("german_credit.csv");
    return ReferenceFixture.ints(reference.get("testIndices"));
  }
}
