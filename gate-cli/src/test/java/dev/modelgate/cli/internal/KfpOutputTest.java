package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KfpOutputTest {

  @TempDir Path dir;

  @Test
  void should_write_the_exact_value_without_a_line_break_creating_the_directories()
      throws IOException {
    Path file = dir.resolve("tmp/kfp/outputs/decision");

    KfpOutput.write(file, "deploy");

    assertThat(Files.readAllBytes(file)).isEqualTo("deploy".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void should_replace_an_earlier_value() throws IOException {
    Path file = dir.resolve("decision");
    Files.writeString(file, "deploy\n");

    KfpOutput.write(file, "skip");

    assertThat(Files.readString(file)).isEqualTo("skip");
  }
}
