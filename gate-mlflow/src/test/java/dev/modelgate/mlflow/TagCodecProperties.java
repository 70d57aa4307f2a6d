package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.mlflow.internal.TagCodec;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** Laws of the tag splitting rule, for any value (surrogate pairs included) and any limit. */
class TagCodecProperties {

  @Property
  void every_value_reads_back_whole_and_every_stored_piece_fits_the_limit(
      @ForAll @StringLength(max = 600) String value,
      @ForAll @IntRange(min = 10, max = 60) int limit) {
    TagCodec codec = new TagCodec(limit);

    Map<String, String> stored = apply(codec, new HashMap<>(), "gate.report", value);

    assertThat(codec.decode(stored, "v").get("gate.report")).isEqualTo(value);
    assertThat(stored.values())
        .allSatisfy(piece -> assertThat(piece.codePointCount(0, piece.length()))
            .isLessThanOrEqualTo(limit));
  }

  @Property
  void a_rewrite_leaves_nothing_of_the_value_before(
      @ForAll @StringLength(max = 300) String first, @ForAll @StringLength(max = 300) String second,
      @ForAll @IntRange(min = 10, max = 40) int limit) {
    TagCodec codec = new TagCodec(limit);
    Map<String, String> once = apply(codec, new HashMap<>(), "k", first);

    Map<String, String> twice = apply(codec, new HashMap<>(once), "k", second);

    assertThat(twice).isEqualTo(apply(codec, new HashMap<>(), "k", second));
  }

  @Example
  void a_piece_never_ends_in_half_a_character() {
    TagCodec codec = new TagCodec(10);
    String value = "\uD83D\uDE00".repeat(15);

    Map<String, String> stored = apply(codec, new HashMap<>(), "k", value);

    assertThat(stored).containsEntry("k", "\uD83D\uDE00".repeat(10))
        .containsEntry("_modelgate.part.2.k", "\uD83D\uDE00".repeat(5));
    assertThat(codec.decode(stored, "v")).containsEntry("k", value);
  }

  private static Map<String, String> apply(
      TagCodec codec, Map<String, String> stored, String key, String value) {
    codec.plan(Map.of(key, value), stored).forEach(op -> {
      if (op.value() == null) {
        stored.remove(op.key());
      } else {
        stored.put(op.key(), op.value());
      }
    });
    return stored;
  }
}
