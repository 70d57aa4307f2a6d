package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code --registry DIR|mlflow} and {@code --tracking-uri}: what fits together and what not. */
class RegistryFlagsTest {

  private static final String TRY_RUN = "Try 'gate run --help' for more information.\n";

  @TempDir Path dir;

  private GateFiles files;

  @BeforeEach
  void writeFiles() {
    files = new GateFiles(dir);
  }

  @ParameterizedTest
  @ValueSource(strings = {"run", "register"})
  void should_refuse_a_tracking_uri_with_a_directory(String command) {
    Cli.Run run = new Cli().run(files.args(command, files.good, true,
        "--tracking-uri", "http://127.0.0.1:5000"));

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .isEqualTo("gate " + command + ": --tracking-uri needs --registry mlflow: a file registry"
            + " has no tracking server\nTry 'gate " + command + " --help' for more information.\n");
    assertThat(files.registry).doesNotExist();
  }

  @Test
  void should_refuse_a_tracking_uri_without_a_registry_in_compare_and_show() {
    Cli.Run compare = new Cli().run(files.args("compare", files.good, false,
        "--champion", files.perfect.toString(), "--tracking-uri", "http://127.0.0.1:5000"));
    Cli.Run show = new Cli().run("registry", "show", "--registry", files.registry.toString(),
        "--model", "credit", "--tracking-uri", "http://127.0.0.1:5000");

    assertThat(compare.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(compare.err()).startsWith("gate compare: --tracking-uri needs --registry mlflow: a"
        + " file registry has no tracking server\n");
    assertThat(show.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(show.err()).startsWith("gate registry show: --tracking-uri needs --registry mlflow");
  }

  @Test
  void should_report_the_registry_flags_with_the_other_flag_problems() {
    Cli.Run run = new Cli().run(files.args("run", files.good, true,
        "--tracking-uri", "http://127.0.0.1:5000", "--threshold", "0.5"));

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .isEqualTo("gate run: --threshold needs --score: the column of scores to compare with it;"
            + " --prediction and --threshold both give the predicted label: use one of them;"
            + " --tracking-uri needs --registry mlflow: a file registry has no tracking server\n"
            + TRY_RUN);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void should_ask_for_the_tracking_server_when_neither_flag_nor_environment_gives_it(String env) {
    Cli.Run run = new Cli().env("MLFLOW_TRACKING_URI", env)
        .run(files.args("run", files.good, false, "--registry", "mlflow"));

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .isEqualTo("gate run: --registry mlflow needs the tracking server: give --tracking-uri URI"
            + " or set MLFLOW_TRACKING_URI\n" + TRY_RUN);
  }

  @Test
  void should_refuse_a_tracking_uri_that_is_not_http() {
    Cli.Run run = new Cli().run(files.args("run", files.good, false, "--registry", "mlflow",
        "--tracking-uri", "ftp://mlflow.example.com"));

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .isEqualTo("gate run: --tracking-uri: the tracking URI \"ftp://mlflow.example.com\" must"
            + " start with http:// or https://\n");
  }

  @Test
  void should_refuse_credentials_in_the_tracking_uri_without_showing_them() {
    Cli.Run run = new Cli().run("registry", "show", "--registry", "mlflow", "--tracking-uri",
        "https://ci:hunter2@mlflow.example.com", "--model", "credit");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .isEqualTo("gate registry show: --tracking-uri: the tracking URI must not carry"
            + " credentials: use basicAuth (MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD)"
            + " or bearerToken (MLFLOW_TRACKING_TOKEN)\n")
        .doesNotContain("hunter2");
  }

  @Test
  void should_refuse_mlflow_settings_of_the_environment_that_cannot_be_used() {
    Cli.Run lonePassword = new Cli().env("MLFLOW_TRACKING_PASSWORD", "hunter2")
        .run("registry", "show", "--registry", "mlflow", "--tracking-uri",
            "http://127.0.0.1:5000", "--model", "credit");
    Cli.Run badUri = new Cli().env("MLFLOW_TRACKING_URI", "ftp://mlflow.example.com")
        .run("registry", "show", "--registry", "mlflow", "--model", "credit");

    assertThat(lonePassword.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(lonePassword.err())
        .isEqualTo("gate registry show: --registry mlflow: MLFLOW_TRACKING_PASSWORD is set but"
            + " MLFLOW_TRACKING_USERNAME is not\n");
    assertThat(badUri.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(badUri.err())
        .isEqualTo("gate registry show: --registry mlflow: MLFLOW_TRACKING_URI: the tracking URI"
            + " \"ftp://mlflow.example.com\" must start with http:// or https://\n");
  }

  @Test
  void should_refuse_the_tracking_server_before_reading_the_predictions() {
    Cli.Run run = new Cli().run("run", "--policy", files.policy.toString(), "--model", "credit",
        "--candidate", dir.resolve("missing.csv").toString(), "--label", "Class",
        "--prediction", "predicted", "--registry", "mlflow", "--tracking-uri", "ftp://x");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err()).startsWith("gate run: --tracking-uri: the tracking URI \"ftp://x\"");
  }

  @Test
  void should_take_a_path_to_a_directory_named_mlflow_as_a_file_registry() {
    Path named = dir.resolve("mlflow");

    Cli.Run run = new Cli().run(files.args("run", files.good, false,
        "--registry", named.toString()));

    assertThat(run.code()).isZero();
    assertThat(named.resolve("credit")).isDirectory();
  }
}
