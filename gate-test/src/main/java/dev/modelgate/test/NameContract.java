package dev.modelgate.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.RegisterRequest;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Unsafe and reserved names are refused, with the same messages in every registry (all of them
 * check names with {@code RegistryNames}), before anything is stored.
 */
public interface NameContract extends RegistryFixture {

  /** The end of every message about a name that could escape a directory. */
  String ESCAPE = ", which could escape the registry directory";

  @Test
  default void should_refuse_model_names_that_could_escape_a_directory_saying_why() {
    assertThatThrownBy(() -> registry().versions(".."))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model name \"..\" is a relative path" + ESCAPE);
    assertThatThrownBy(() -> registry().version("/etc/passwd", "1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model name \"/etc/passwd\" is an absolute path" + ESCAPE);
    assertThatThrownBy(() -> registry().alias("a/../../b", "champion"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model name \"a/../../b\" contains '/'" + ESCAPE);
    assertThatThrownBy(() -> registry().aliasHistory("..\\b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model name \"..\\b\" contains '\\'" + ESCAPE);
    assertThatThrownBy(() -> registry().aliases("fraud\0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model name \"fraud\\u0000\" contains the control character U+0000");
    assertThatThrownBy(() -> registry().versions(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model name must not be empty");
    assertThatThrownBy(() -> registry().versions("m".repeat(200)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("model name must be at most 128 characters, but has 200");
    assertThat(registry().models()).isEmpty();
  }

  @Test
  default void should_refuse_the_aliases_mlflow_reserves() {
    registerVersions("fraud", 1);

    assertThatThrownBy(() -> registry().setAlias("fraud", "latest", Optional.empty(), "1", "ci"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alias \"latest\" is reserved: it means the newest version");
    assertThatThrownBy(() -> registry().setAlias("fraud", "v1", Optional.empty(), "1", "ci"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alias \"v1\" is reserved: v<number> refers to a version");
    assertThatThrownBy(() -> registry().alias("fraud", "../champion"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alias \"../champion\" contains '/'" + ESCAPE);
    assertThat(registry().aliasHistory("fraud")).isEmpty();
  }

  @Test
  default void should_refuse_unsafe_tag_keys_and_version_ids() {
    registerVersions("fraud", 1);

    assertThatThrownBy(() -> registry().setTags("fraud", "1", Map.of("a/b", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tag key \"a/b\" contains '/'" + ESCAPE);
    assertThatThrownBy(() -> registry().version("fraud", "../1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version \"../1\" is not a version number (1, 2, 3, ...)");
    assertThatThrownBy(() -> RegisterRequest.builder().model("fraud").tag("..", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tag key \"..\" is a relative path" + ESCAPE);
    assertThat(registry().version("fraud", "1").orElseThrow().tags()).doesNotContainKey("a/b");
  }
}
