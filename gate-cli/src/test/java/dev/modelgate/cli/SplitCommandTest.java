package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.modelgate.metrics.testset.TestSetSplit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SplitCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final List<String> rows = new ArrayList<>();
  private Path data;

  @BeforeEach
  void writeData() throws IOException {
    for (int i = 1; i <= 100; i++) {
      rows.add("c" + i + "," + (i % 4 == 0 ? "Bad" : "Good") + ",\"note, with comma " + i + "\"");
    }
    data = write("data.csv", rows);
  }

  private Path write(String name, List<String> lines) throws IOException {
    List<String> all = new ArrayList<>();
    all.add("row_id,Class,note");
    all.addAll(lines);
    return Files.write(dir.resolve(name), all);
  }

  private Cli.Run split(Path file, String prefix, String... more) {
    List<String> args = new ArrayList<>(List.of("split", "--data", file.toString(), "--label",
        "Class", "--id", "row_id", "--train", dir.resolve(prefix + "train.csv").toString(),
        "--test", dir.resolve(prefix + "test.csv").toString()));
    args.addAll(List.of(more));
    return new Cli().run(args.toArray(new String[0]));
  }

  @Test
  void should_write_every_row_once_with_the_header_and_print_the_fingerprint() throws IOException {
    Cli.Run run = split(data, "", "--format", "json");

    assertThat(run.code()).isZero();
    JsonNode json = JSON.readTree(run.out());
    List<String> test = Files.readAllLines(dir.resolve("test.csv"));
    List<String> train = Files.readAllLines(dir.resolve("train.csv"));
    assertThat(test.get(0)).isEqualTo("row_id,Class,note");
    assertThat(train.get(0)).isEqualTo("row_id,Class,note");
    assertThat(json.get("testRows").asInt()).isEqualTo(test.size() - 1).isEqualTo(20);
    assertThat(json.get("trainRows").asInt()).isEqualTo(train.size() - 1).isEqualTo(80);
    List<String> all = new ArrayList<>(test.subList(1, test.size()));
    all.addAll(train.subList(1, train.size()));
    assertThat(all).containsExactlyInAnyOrderElementsOf(rows);
    String[] ids = rows.stream().map(r -> r.split(",")[0]).toArray(String[]::new);
    String[] labels = rows.stream().map(r -> r.split(",")[1]).toArray(String[]::new);
    assertThat(json.get("testSetFingerprint").asText())
        .isEqualTo(TestSetSplit.defaults().split(ids, labels).fingerprint().toString());
  }

  @Test
  void should_give_the_fingerprint_that_evaluate_finds_on_the_test_file() throws IOException {
    Cli.Run run = split(data, "", "--format", "json");

    Cli.Run evaluate =
        new Cli().run("evaluate", "--data", dir.resolve("test.csv").toString(), "--label", "Class",
            "--prediction", "Class", "--id", "row_id", "--format", "json");

    assertThat(JSON.readTree(evaluate.out()).get("testSetFingerprint"))
        .isEqualTo(JSON.readTree(run.out()).get("testSetFingerprint"));
  }

  @Test
  void should_choose_the_same_test_rows_whatever_the_row_order() throws IOException {
    List<String> shuffled = new ArrayList<>(rows);
    Collections.shuffle(shuffled, new Random(7));
    Path other = write("shuffled.csv", shuffled);

    split(data, "a-");
    split(other, "b-");

    assertThat(Files.readAllLines(dir.resolve("b-test.csv")))
        .containsExactlyInAnyOrderElementsOf(Files.readAllLines(dir.resolve("a-test.csv")));
  }

  @Test
  void should_print_the_fingerprint_as_text() {
    Cli.Run run = split(data, "", "--seed", "7", "--test-fraction", "0.25", "--no-stratify");

    assertThat(run.out())
        .startsWith(data + ": 100 rows split with seed 7, test fraction 0.25, not stratified\n")
        .contains("  test  25 rows -> ")
        .containsPattern("test set sha256:[0-9a-f]{64}\n");
  }

  @Test
  void should_refuse_a_repeated_id_naming_both_lines() throws IOException {
    Path repeated = write("repeated.csv", List.of("a,Good,x", "b,Bad,y", "a,Bad,z"));

    Cli.Run run = split(repeated, "");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .isEqualTo("gate split: " + repeated
            + ":4: row id \"a\" (column \"row_id\") was already used on line 2\n");
  }

  @Test
  void should_refuse_a_label_too_rare_to_be_in_both_sets() throws IOException {
    List<String> rare = new ArrayList<>(rows);
    rare.add("lonely,Maybe,x");
    Path file = write("rare.csv", rare);

    Cli.Run run = split(file, "");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).startsWith("gate split: " + file + ": ").contains("Maybe");
  }
}
