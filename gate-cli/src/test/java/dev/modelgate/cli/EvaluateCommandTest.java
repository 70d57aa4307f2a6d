package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {

  @TempDir Path dir;

  private Path data;

  @BeforeEach
  void writeData() throws IOException {
    data = dir.resolve("p.csv");
    Files.writeString(
        data, "id,y,p,s\n1,Bad,Bad,0.9\n2,Good,Bad,0.6\n3,Good,Good,0.1\n4,Bad,Good,0.4\n");
  }

  @Test
  void should_print_the_required_json_keys() throws IOException {
    Cli.Run run =
        new Cli().run("evaluate", "--data", data.toString(), "--label", "y", "--prediction", "p",
            "--score", "s", "--positive", "Bad", "--id", "id", "--costs", "tp=0,fp=0,fn=-5,tn=1",
            "--format", "json");

    assertThat(run.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.fieldNames())
        .toIterable()
        .contains("rows", "labels", "confusionMatrix", "accuracy", "balancedAccuracy", "mcc",
            "precision", "recall", "f1", "netBenefit", "rocAuc", "averagePrecision",
            "testSetFingerprint");
    assertThat(json.get("f1").fieldNames())
        .toIterable()
        .containsExactly("binary", "micro", "macro", "weighted", "perClass");
    assertThat(json.get("f1").get("perClass").fieldNames()).toIterable().containsExactly("Bad", "Good");
    assertThat(json.get("confusionMatrix").toString()).isEqualTo("[[1,1],[1,1]]");
    assertThat(json.get("netBenefit").decimalValue()).isEqualByComparingTo("-4");
  }

  @Test
  void should_leave_out_binary_money_and_ranking_without_positive_costs_and_scores()
      throws IOException {
    Cli.Run run =
        new Cli().run("evaluate", "--data", data.toString(), "--label", "y", "--prediction", "p",
            "--format", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.has("netBenefit")).isFalse();
    assertThat(json.has("rocAuc")).isFalse();
    assertThat(json.get("precision").has("binary")).isFalse();
  }

  @Test
  void should_print_undefined_values_as_nan() throws IOException {
    Files.writeString(data, "y,p\na,a\nb,a\n");

    Cli.Run run =
        new Cli().run("evaluate", "--data", data.toString(), "--label", "y", "--prediction", "p",
            "--positive", "b", "--format", "json");

    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("precision").get("binary").asText()).isEqualTo("NaN");
    assertThat(json.get("mcc").asText()).isEqualTo("NaN");
  }

  @Test
  void should_print_a_readable_report_by_default() {
    Cli.Run run =
        new Cli().run("evaluate", "--data", data.toString(), "--label", "y", "--prediction", "p",
            "--positive", "Bad", "--costs", "tp=0,fp=0,fn=-500,tn=100", "--per-rows", "10000");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .startsWith(data + ": 4 rows, labels Bad, Good (positive Bad)\n")
        .contains("confusion matrix (rows true, columns predicted)")
        .contains("net benefit          -400.00 USD on the test set")
        .contains("-1,000,000.00 USD per 10,000 rows");
  }

  @Test
  void should_report_every_contradicting_flag_at_once_as_invalid_input() {
    Cli.Run run =
        new Cli().run("evaluate", "--data", data.toString(), "--label", "y", "--prediction", "p",
            "--threshold", "0.5", "--amount", "a", "--costs", "tp=0,fp=0,fn=0,tn=0");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .isEqualTo(
            "gate evaluate: --threshold needs --score: the column of scores to compare with it;"
                + " --prediction and --threshold both give the predicted label: use one of them;"
                + " --costs needs --positive: the label the costs call positive; --amount needs"
                + " --rates: the value of each outcome per unit of amount\n"
                + "Try 'gate evaluate --help' for more information.\n");
  }

  @Test
  void should_exit_invalid_input_on_an_unknown_flag_and_a_bad_cost_matrix() {
    Cli.Run unknown =
        new Cli().run("evaluate", "--data", data.toString(), "--label", "y", "--prediction", "p",
            "--lable", "y");
    Cli.Run costs =
        new Cli().run("evaluate", "--data", data.toString(), "--label", "y", "--prediction", "p",
            "--costs", "tp=1");

    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("gate evaluate: Unknown options: '--lable', 'y'");
    assertThat(costs.code()).isEqualTo(2);
    assertThat(costs.err())
        .startsWith(
            "gate evaluate: Invalid value for option '--costs': fp is missing; fn is missing; tn is"
                + " missing");
  }

  @Test
  void should_exit_invalid_input_naming_a_missing_file() {
    Cli.Run run =
        new Cli().run("evaluate", "--data", dir.resolve("nope.csv").toString(), "--label", "y",
            "--prediction", "p");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).isEqualTo("gate evaluate: " + dir.resolve("nope.csv") + ": no such file\n");
  }

  @Test
  void should_show_progress_on_a_terminal_and_end_its_line() throws IOException {
    StringBuilder rows = new StringBuilder("y,p\n");
    for (int i = 0; i < 10_000; i++) {
      rows.append(i % 3 == 0 ? "a,b\n" : "b,b\n");
    }
    Files.writeString(data, rows);

    Cli.Run run =
        new Cli().terminal().clock(new SteppingClock(Duration.ofMillis(300)))
            .run("evaluate", "--data", data.toString(), "--label", "y", "--prediction", "p");

    assertThat(run.code()).isZero();
    assertThat(run.err())
        .contains("\rreading " + data + ": 8,192 rows, 81%\r")
        .endsWith("10,000 rows, 100%\n");
  }

  @Test
  void should_end_the_progress_line_before_an_error() throws IOException {
    StringBuilder rows = new StringBuilder("y,p\n");
    for (int i = 0; i < 10_000; i++) {
      rows.append("a,b\n");
    }
    rows.append("a,\n");
    Files.writeString(data, rows);

    Cli.Run run =
        new Cli().terminal().clock(new SteppingClock(Duration.ofMillis(300)))
            .run("evaluate", "--data", data.toString(), "--label", "y", "--prediction", "p");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .endsWith("10,001 rows, 100%\ngate evaluate: " + data + ":10002: column \"p\" is empty\n");
  }

  @Test
  void should_stay_quiet_when_not_a_terminal_or_asked_to() throws IOException {
    StringBuilder rows = new StringBuilder("y,p\n");
    for (int i = 0; i < 10_000; i++) {
      rows.append("a,b\n");
    }
    Files.writeString(data, rows);
    Clock slow = new SteppingClock(Duration.ofMillis(300));

    Cli.Run pipe =
        new Cli().clock(slow)
            .run("evaluate", "--data", data.toString(), "--label", "y", "--prediction", "p");
    Cli.Run quiet = new Cli().terminal().clock(slow)
        .run("evaluate", "--data", data.toString(), "--label", "y", "--prediction", "p", "--quiet");

    assertThat(pipe.err()).isEmpty();
    assertThat(quiet.err()).isEmpty();
  }

  /** A clock that advances by a step each time it is read. */
  static final class SteppingClock extends Clock {

    private final Duration step;
    private Instant now = Cli.NOW;

    SteppingClock(Duration step) {
      this.step = step;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      Instant current = now;
      now = now.plus(step);
      return current;
    }
  }
}
