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

  @Test
  void should_ask_for_a_command() {
    Cli.Run run = new Cli().run();

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).startsWith("gate: a command is required\n");
  }
}
