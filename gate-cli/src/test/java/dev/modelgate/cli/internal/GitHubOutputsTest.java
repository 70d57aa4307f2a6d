package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitHubOutputsTest {

  @TempDir Path dir;

  @Test
  void should_write_one_name_value_line_per_output() {
    Map<String, String> outputs = new LinkedHashMap<>();
    outputs.put("decision", "deploy");
    outputs.put("candidate-version", "");

    assertThat(GitHubOutputs.format(outputs, () -> "unused"))
        .isEqualTo("decision=deploy\ncandidate-version=\n");
  }

  @Test
  void should_write_a_multi_line_value_in_a_block_with_a_delimiter_absent_from_the_value() {
    Deque<String> delimiters = new ArrayDeque<>(List.of("EOF_1", "EOF_2"));

    String text = GitHubOutputs.format(Map.of("notes", "first\nEOF_1\nlast"), delimiters::pop);

    assertThat(text).isEqualTo("notes<<EOF_2\nfirst\nEOF_1\nlast\nEOF_2\n");
  }

  @Test
  void should_append_after_what_earlier_steps_wrote_adding_a_missing_line_break()
      throws IOException {
    Path file = dir.resolve("output");
    Files.writeString(file, "predictions=p.csv");

    GitHubOutputs.append(file, Map.of("decision", "skip"));

    assertThat(Files.readString(file)).isEqualTo("predictions=p.csv\ndecision=skip\n");
  }
}
