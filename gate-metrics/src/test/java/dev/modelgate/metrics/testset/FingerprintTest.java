package dev.modelgate.metrics.testset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FingerprintTest {

  private static final String THREE_ROWS =
      "sha256:cfa8ebec4344fbe4f160622be2fac4a44481ee1435bbe07a2484a359a0b85c05";

  @Test
  void should_print_sha256_prefix_and_64_lowercase_hex_digits() {
    Fingerprint fingerprint =
        Fingerprint.of(new String[] {"1", "2", "3"}, new String[] {"Good", "Bad", "Good"});

    assertThat(fingerprint).hasToString(THREE_ROWS);
    assertThat(fingerprint.hex()).hasSize(64).isEqualTo(THREE_ROWS.substring(7));
  }

  @Test
  void should_give_the_same_fingerprint_for_the_same_rows_in_another_order() {
    Fingerprint fingerprint =
        Fingerprint.of(new String[] {"3", "1", "2"}, new String[] {"Good", "Good", "Bad"});

    assertThat(fingerprint).hasToString(THREE_ROWS);
  }

  @Test
  void should_change_when_one_label_changes() {
    Fingerprint fingerprint =
        Fingerprint.of(new String[] {"1", "2", "3"}, new String[] {"Good", "Good", "Good"});

    assertThat(fingerprint.toString()).isNotEqualTo(THREE_ROWS);
  }

  @Test
  void should_tell_id_a_label_bc_from_id_ab_label_c() {
    Fingerprint aBc = Fingerprint.of(new String[] {"a"}, new String[] {"bc"});
    Fingerprint abC = Fingerprint.of(new String[] {"ab"}, new String[] {"c"});

    assertThat(aBc).isNotEqualTo(abC);
  }

  @Test
  void should_round_trip_through_parse() {
    Fingerprint parsed = Fingerprint.parse(THREE_ROWS);

    assertThat(parsed)
        .isEqualTo(
            Fingerprint.of(new String[] {"1", "2", "3"}, new String[] {"Good", "Bad", "Good"}))
        .hasSameHashCodeAs(Fingerprint.parse(THREE_ROWS))
        .hasToString(THREE_ROWS);
  }

  @Test
  void should_refuse_text_without_the_prefix() {
    assertThatThrownBy(() -> Fingerprint.parse("sha1:abc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fingerprint \"sha1:abc\" is malformed: it does not start with \"sha256:\"; "
            + "expected \"sha256:\" followed by 64 lowercase hex digits");
  }

  @Test
  void should_refuse_uppercase_hex_naming_the_character_and_its_index() {
    String upper = "sha256:" + THREE_ROWS.substring(7).toUpperCase(java.util.Locale.ROOT);

    assertThatThrownBy(() -> Fingerprint.parse(upper))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fingerprint \"" + upper + "\" is malformed: character 'C' at index 7 is not"
            + " a lowercase hex digit; expected \"sha256:\" followed by 64 lowercase hex digits");
  }

  @Test
  void should_refuse_too_few_hex_digits() {
    String shortText = THREE_ROWS.substring(0, THREE_ROWS.length() - 1);

    assertThatThrownBy(() -> Fingerprint.parse(shortText))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fingerprint \"" + shortText + "\" is malformed: it has 63 hex digits after"
            + " \"sha256:\"; expected \"sha256:\" followed by 64 lowercase hex digits");
  }

  @Test
  void should_refuse_trailing_whitespace() {
    assertThatThrownBy(() -> Fingerprint.parse(THREE_ROWS + "\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("character '\n' at index 71 is not a lowercase hex digit");
  }

  @Test
  void should_quote_only_the_first_100_characters_of_long_text() {
    String longText = "x".repeat(150);

    assertThatThrownBy(() -> Fingerprint.parse(longText))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("fingerprint \"" + "x".repeat(100) + "...\" is malformed: it does");
  }

  @Test
  void should_refuse_an_empty_test_set() {
    assertThatThrownBy(() -> Fingerprint.of(new String[0], new String[0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rows: a fingerprint needs at least one row");
  }

  @Test
  void should_refuse_a_repeated_id_naming_both_positions() {
    assertThatThrownBy(
            () -> Fingerprint.of(
                new String[] {"x", "y", "y", "x"}, new String[] {"A", "B", "A", "B"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowIds[2] repeats row id \"y\" already at rowIds[1]");
  }

  @Test
  void should_refuse_arrays_of_different_length() {
    assertThatThrownBy(() -> Fingerprint.of(new String[] {"1", "2"}, new String[] {"A"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rowIds has 2 rows but labels has 1");
  }
}
