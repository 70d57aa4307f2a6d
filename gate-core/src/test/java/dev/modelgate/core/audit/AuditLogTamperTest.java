package dev.modelgate.core.audit;

import static dev.modelgate.core.audit.AuditLogTest.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.audit.AuditVerification.Broken;
import dev.modelgate.core.audit.AuditVerification.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTamperTest {

  @TempDir Path dir;
  private AuditLog log;
  private List<String> lines;

  @BeforeEach
  void append_five_entries() throws IOException {
    log = AuditLog.open(dir.resolve("audit.jsonl"), CLOCK);
    for (int i = 1; i <= 5; i++) {
      log.append("verdict", Map.of("run", i, "decision", "HOLD"));
    }
    lines = new ArrayList<>(Files.readAllLines(log.file()));
  }

  @Test
  void should_find_an_edited_line() throws IOException {
    lines.set(2, lines.get(2).replace("HOLD", "PROMOTE"));
    write(lines);

    assertThat(log.verify())
        .isEqualTo(new Broken(3, Problem.EDITED, "line 3 was edited: its hash does not match its content"));
  }

  @Test
  void should_find_a_removed_line() throws IOException {
    lines.remove(2);
    write(lines);

    assertThat(log.verify())
        .isEqualTo(
            new Broken(
                3, Problem.REMOVED,
                "line 3 holds entry 4 where entry 3 belongs: entry 3 was removed"));
  }

  @Test
  void should_find_two_swapped_lines() throws IOException {
    Collections.swap(lines, 1, 3);
    write(lines);

    assertThat(log.verify())
        .isEqualTo(
            new Broken(
                2, Problem.REORDERED,
                "line 2 holds entry 4 where entry 2 belongs: entries were reordered"));
  }

  @Test
  void should_find_a_duplicated_line() throws IOException {
    lines.add(3, lines.get(1));
    write(lines);

    assertThat(log.verify())
        .isEqualTo(
            new Broken(
                4, Problem.REORDERED,
                "line 4 holds entry 2 where entry 4 belongs: entries were reordered"));
  }

  @Test
  void should_find_a_truncated_file_and_refuse_to_append_after_it() throws IOException {
    byte[] bytes = Files.readAllBytes(log.file());
    int cut = String.join("\n", lines.subList(0, 3)).length() + 1 + 20;
    Files.write(log.file(), java.util.Arrays.copyOf(bytes, cut));

    assertThat(log.verify())
        .isEqualTo(
            new Broken(
                4, Problem.TRUNCATED,
                "line 4 is incomplete: the file ends without a line break (truncated)"));
    assertThatThrownBy(() -> log.append("verdict", Map.of()))
        .isInstanceOf(AuditLogException.class)
        .hasMessage(
            "cannot append to audit log " + log.file()
                + ": its last line is incomplete (the file was cut); verify() names it");
  }

  @Test
  void should_find_a_line_that_is_not_json() throws IOException {
    lines.set(1, "{\"seq\":2,");
    write(lines);

    assertThat(log.verify()).isEqualTo(new Broken(2, Problem.BAD_JSON, "line 2 is not valid JSON"));
  }

  @Test
  void should_find_a_line_that_is_json_but_not_an_entry() throws IOException {
    lines.set(1, "{\"seq\":2}");
    write(lines);

    assertThat(log.verify())
        .isEqualTo(
            new Broken(
                2, Problem.BAD_JSON,
                "line 2 is not an audit entry: audit entry is missing fields"
                    + " \"hash\", \"payload\", \"prevHash\", \"time\", \"type\""));
  }

  @Test
  void should_find_a_line_rewritten_with_a_recomputed_hash_at_the_line_after_it()
      throws IOException {
    AuditLog forger = AuditLog.open(dir.resolve("forged.jsonl"), CLOCK);
    for (int i = 1; i <= 2; i++) {
      forger.append("verdict", Map.of("run", i, "decision", "HOLD"));
    }
    forger.append("verdict", Map.of("run", 3, "decision", "PROMOTE"));
    lines.set(2, Files.readAllLines(forger.file()).get(2));
    write(lines);

    assertThat(log.verify())
        .isEqualTo(
            new Broken(
                4, Problem.CHAIN_BROKEN,
                "line 4 does not follow line 3: its prevHash is not the hash of line 3"
                    + " (one of them was replaced)"));
  }

  @Test
  void should_refuse_to_hand_out_entries_of_a_broken_log() throws IOException {
    lines.set(4, lines.get(4).replace("HOLD", "PROMOTE"));
    write(lines);

    assertThatThrownBy(() -> log.entries())
        .isInstanceOf(AuditLogException.class)
        .hasMessage(
            "audit log " + log.file()
                + " is broken: line 5 was edited: its hash does not match its content");
  }

  private void write(List<String> newLines) throws IOException {
    Files.writeString(log.file(), String.join("\n", newLines) + "\n", StandardCharsets.UTF_8);
  }
}
