package dev.modelgate.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.RegisterRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegistryNamesTest {

  private static final String ESCAPE = ", which could escape the registry directory";

  @TempDir Path parent;

  static Stream<Arguments> modelNames() {
    return Stream.of(
        Arguments.of("", "model name must not be empty"),
        Arguments.of("m".repeat(129), "model name must be at most 128 characters, but has 129"),
        Arguments.of("..", "model name \"..\" is a relative path" + ESCAPE),
        Arguments.of(".", "model name \".\" is a relative path" + ESCAPE),
        Arguments.of("/etc/passwd", "model name \"/etc/passwd\" is an absolute path" + ESCAPE),
        Arguments.of("\\\\server\\share", "model name \"\\\\server\\share\" is an absolute path" + ESCAPE),
        Arguments.of("C:\\models", "model name \"C:\\models\" is an absolute path" + ESCAPE),
        Arguments.of("../outside", "model name \"../outside\" contains '/'" + ESCAPE),
        Arguments.of("a/../../b", "model name \"a/../../b\" contains '/'" + ESCAPE),
        Arguments.of("..\\outside", "model name \"..\\outside\" contains '\\'" + ESCAPE),
        Arguments.of("fraud\0.json", "model name \"fraud\\u0000.json\" contains the control character U+0000"),
        Arguments.of(".hidden", "model name \".hidden\" may only contain letters, digits, '.', '_' and '-',"
            + " start with a letter or digit and not end with '.'"),
        Arguments.of("fraud.", "model name \"fraud.\" may only contain letters, digits, '.', '_' and '-',"
            + " start with a letter or digit and not end with '.'"),
        Arguments.of("fraud model", "model name \"fraud model\" may only contain letters, digits, '.',"
            + " '_' and '-', start with a letter or digit and not end with '.'"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("modelNames")
  void should_refuse_a_model_name_that_could_escape_the_directory_saying_why(
      String name, String message) throws IOException {
    Path root = parent.resolve("registry");
    FileModelRegistry registry = FileModelRegistry.open(root);

    assertThatThrownBy(() -> registry.versions(name)).hasMessage(message);
    assertThatThrownBy(() -> RegisterRequest.builder().model(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    try (Stream<Path> files = Files.walk(parent)) {
      assertThat(files).containsExactlyInAnyOrder(parent, root);
    }
  }

  static Stream<Arguments> aliases() {
    return Stream.of(
        Arguments.of("latest", "alias \"latest\" is reserved: it means the newest version"),
        Arguments.of("Latest", "alias \"Latest\" is reserved: it means the newest version"),
        Arguments.of("v3", "alias \"v3\" is reserved: v<number> refers to a version"),
        Arguments.of("V12", "alias \"V12\" is reserved: v<number> refers to a version"),
        Arguments.of("../champion", "alias \"../champion\" contains '/'" + ESCAPE),
        Arguments.of("champion.old", "alias \"champion.old\" may only contain letters, digits, '_' and '-'"),
        Arguments.of("", "alias must not be empty"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("aliases")
  void should_refuse_reserved_and_unsafe_aliases_as_mlflow_does(String alias, String message) {
    FileModelRegistry registry = FileModelRegistry.open(parent);

    assertThatThrownBy(() -> registry.alias("fraud", alias))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> registry.setAlias("fraud", alias, Optional.empty(), "1", "ci"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void should_accept_aliases_that_only_look_like_reserved_ones() {
    FileModelRegistry registry = FileModelRegistry.open(parent);

    assertThat(registry.alias("fraud", "v2-candidate")).isEmpty();
    assertThat(registry.alias("fraud", "latest_good")).isEmpty();
  }

  @Test
  void should_refuse_unsafe_tag_keys_and_versions_that_are_not_numbers() {
    FileModelRegistry registry = FileModelRegistry.open(parent);

    assertThatThrownBy(() -> registry.setTags("fraud", "1", Map.of("../x", "y")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("tag key \"../x\" contains '/'" + ESCAPE);
    assertThatThrownBy(() -> registry.version("fraud", "../1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version \"../1\" is not a version number (1, 2, 3, ...)");
    assertThatThrownBy(() -> registry.version("fraud", "01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version \"01\" is not a version number (1, 2, 3, ...)");
  }

  @Test
  void should_refuse_a_blank_actor() {
    FileModelRegistry registry = FileModelRegistry.open(parent);

    assertThatThrownBy(() -> registry.setAlias("fraud", "champion", Optional.empty(), "1", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("actor must not be blank: say who makes the change");
  }
}
