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

  @ParameterizedTest
  @ValueSource(
      strings = {"", "evaluate", "run", "register", "compare", "split", "registry", "registry show"})
  void should_list_every_exit_code_in_each_commands_help(String command) {
    String[] words = command.isEmpty() ? new String[0] : command.split(" ");
    String[] args = new String[words.length + 1];
    System.arraycopy(words, 0, args, 0, words.length);
    args[words.length] = "--help";

    Cli.Run run = new Cli().run(args);

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("Usage: gate").contains("Exit codes:");
    for (ExitCode code : ExitCode.values()) {
      assertThat(run.out()).contains("  " + code.code() + "   ");
    }
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
