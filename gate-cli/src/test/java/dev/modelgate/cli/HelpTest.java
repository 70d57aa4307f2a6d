package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

class HelpTest {

  private static Cli.Run help(String command) {
    String[] words = command.isEmpty() ? new String[0] : command.split(" ");
    String[] args = new String[words.length + 1];
    System.arraycopy(words, 0, args, 0, words.length);
    args[words.length] = "--help";
    return new Cli().run(args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"evaluate", "run", "register", "compare", "split", "registry",
      "registry show"})
  void should_list_the_exit_codes_of_the_gates_in_each_commands_help(String command) {
    Cli.Run run = help(command);

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: gate").contains("Exit codes:");
    for (int code = 0; code <= 5; code++) {
      assertThat(run.out()).contains("  " + code + "   ");
    }
    assertThat(run.out()).doesNotContain("  6   ").doesNotContain("ROLLBACK FAILED");
  }

  @Test
  void should_list_every_exit_code_in_the_top_level_help() {
    Cli.Run run = help("");

    assertThat(run.code()).isZero();
    for (ExitCode code : ExitCode.values()) {
      assertThat(run.out()).contains("  " + code.code() + "   " + code.description().substring(0, 10));
    }
    assertThat(run.out()).contains("  8   gate canary: ROLLBACK FAILED: the canary may still receive");
  }

  @Test
  void should_list_the_canarys_own_exit_codes_in_its_help() {
    Cli.Run run = help("canary");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("  0   the canary was promoted (with --dry-run: would have been)\n")
        .contains("  6   the canary was rolled back: all traffic is on the champion")
        .contains("  7   the canary was held: ")
        .contains("  8   ROLLBACK FAILED: the canary may still receive traffic;")
        .doesNotContain("  1   ")
        .doesNotContain("  3   ");
  }

  @Test
  void should_describe_every_option_of_every_command() {
    List<String> undescribed = new ArrayList<>();
    collect(GateCli.builder().build().commandLine(), undescribed);

    assertThat(undescribed).isEmpty();
  }

  private static void collect(CommandLine command, List<String> undescribed) {
    for (OptionSpec option : command.getCommandSpec().options()) {
      if (String.join("", option.description()).isBlank()) {
        undescribed.add(command.getCommandSpec().qualifiedName() + " " + option.longestName());
      }
    }
    command.getSubcommands().values().forEach(sub -> collect(sub, undescribed));
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "register", "compare", "registry show"})
  void should_offer_mlflow_and_say_why_credentials_are_no_flags(String command) {
    Cli.Run run = new Cli().run((command + " --help").split(" "));

    assertThat(run.code()).isZero();
    assertThat(run.out().replaceAll("\\s+", " "))
        .contains("--registry=DIR|mlflow")
        .contains("--tracking-uri=URI")
        .contains("A directory named mlflow is given as ./mlflow.")
        .contains("Credentials are never flags, which land in shell history, process lists and CI"
            + " logs: they are read from the environment, MLFLOW_TRACKING_TOKEN (bearer) or"
            + " MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD (basic)");
  }

  @Test
  void should_end_the_help_of_run_with_an_example_against_mlflow() {
    Cli.Run run = new Cli().run("run", "--help");

    assertThat(run.out())
        .endsWith("Example against MLflow, MLFLOW_TRACKING_TOKEN set from a CI secret:\n"
            + "  gate run --policy policy.yaml --registry mlflow \\\n"
            + "    --tracking-uri https://mlflow.example.com --model credit \\\n"
            + "    --candidate predictions.csv --label Class --prediction predicted\n");
  }

  @Test
  void should_ask_for_a_command() {
    Cli.Run run = new Cli().run();

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).startsWith("gate: a command is required\n");
  }
}
