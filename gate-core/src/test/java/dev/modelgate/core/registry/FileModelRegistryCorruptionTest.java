package dev.modelgate.core.registry;

import static dev.modelgate.core.registry.FileModelRegistryFormatTest.CLOCK;
import static dev.modelgate.core.registry.FileModelRegistryFormatTest.request;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.RegistryException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileModelRegistryCorruptionTest {

  @TempDir Path root;
  private FileModelRegistry registry;
  private Path version;
  private Path aliases;

  @BeforeEach
  void register_one_version() {
    registry = FileModelRegistry.open(root, CLOCK);
    registry.register(request());
    version = root.resolve("fraud/versions/1.json");
    aliases = root.resolve("fraud/aliases.json");
  }

  @Test
  void should_name_the_file_and_position_of_invalid_json() throws IOException {
    Files.writeString(version, "{\n  \"formatVersion\": 1,\n  \"model\": \"fraud\"\n  \"version\"");

    assertThatThrownBy(() -> registry.version("fraud", "1"))
        .isInstanceOf(RegistryException.class)
        .hasMessage("cannot read registry file " + version + ": not valid JSON at line 4, column 3");
  }

  @Test
  void should_refuse_an_empty_file_rather_than_see_no_version() throws IOException {
    Files.writeString(version, "");

    assertThatThrownBy(() -> registry.versions("fraud"))
        .isInstanceOf(RegistryException.class)
        .hasMessage("cannot read registry file " + version + ": the file is empty");
  }

  @Test
  void should_refuse_an_aliases_file_that_is_not_an_object_rather_than_see_no_alias()
      throws IOException {
    Files.writeString(aliases, "[]");

    assertThatThrownBy(() -> registry.alias("fraud", "champion"))
        .isInstanceOf(RegistryException.class)
        .hasMessage("cannot read registry file " + aliases + ": aliases file must be a JSON object, not an array");
  }

  @Test
  void should_name_a_missing_field() throws IOException {
    rewrite(version, "  \"source\": \"s3://models/fraud/2025-03-01\",\n", "");

    assertThatThrownBy(() -> registry.version("fraud", "1"))
        .isInstanceOf(RegistryException.class)
        .hasMessage("cannot read registry file " + version + ": version file is missing field \"source\"");
  }

  @Test
  void should_name_a_bad_value_inside_the_evaluation() throws IOException {
    rewrite(version, "\"value\": 41250.00", "\"value\": \"lots\"");

    assertThatThrownBy(() -> registry.version("fraud", "1"))
        .isInstanceOf(RegistryException.class)
        .hasMessage(
            "cannot read registry file " + version
                + ": value of metric \"net_benefit\" must be a number or \"NaN\", not \"lots\"");
  }

  @Test
  void should_refuse_a_format_it_does_not_know() throws IOException {
    rewrite(version, "\"formatVersion\": 1", "\"formatVersion\": 2");

    assertThatThrownBy(() -> registry.version("fraud", "1"))
        .isInstanceOf(RegistryException.class)
        .hasMessage(
            "cannot read registry file " + version
                + ": format version 2 is not the one this ModelGate reads (1)");
  }

  @Test
  void should_refuse_a_directory_holding_a_model_of_another_case() throws IOException {
    rewrite(version, "\"model\": \"fraud\"", "\"model\": \"Fraud\"");

    assertThatThrownBy(() -> registry.register(request()))
        .isInstanceOf(RegistryException.class)
        .hasMessage(
            "cannot read registry file " + version + ": it holds model \"Fraud\", not \"fraud\":"
                + " on this file system, names that differ only in case share a directory");
  }

  @Test
  void should_refuse_a_bad_alias_change_in_the_history() throws IOException {
    Files.writeString(
        aliases,
        """
        {"formatVersion": 1, "model": "fraud", "aliases": {},
         "history": [{"alias": "latest", "from": null, "to": "1", "actor": "ci",
                      "at": "2025-03-01T12:00:00Z"}]}
        """);

    assertThatThrownBy(() -> registry.aliasHistory("fraud"))
        .isInstanceOf(RegistryException.class)
        .hasMessage(
            "cannot read registry file " + aliases
                + ": alias \"latest\" is reserved: it means the newest version");
  }

  private static void rewrite(Path file, String from, String to) throws IOException {
    String text = Files.readString(file);
    if (!text.contains(from)) {
      throw new IllegalStateException(file + " does not contain " + from);
    }
    Files.writeString(file, text.replace(from, to));
  }
}
