package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.mlflow.fake.FakeMlflowServer;
import dev.modelgate.mlflow.fake.RecordedRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end against MLflow: the shaded {@code gate.jar} run as a process on a fake MLflow server
 * on loopback (gate-mlflow's test-jar), the token in the process's environment. Every run checks
 * that the token is shown neither on stdout nor on stderr, logs included.
 */
class GateJarMlflowIT {

  private static final String TOKEN = "s3cr3t-token-0123456789";

  @TempDir Path dir;

  private GateFiles files;
  private GateJar gate;
  private FakeMlflowServer mlflow;

  @BeforeEach
  void setUp() {
    files = new GateFiles(dir);
    gate = new GateJar(dir).env("MLFLOW_TRACKING_TOKEN", TOKEN);
    mlflow = FakeMlflowServer.start();
  }

  @AfterEach
  void stopMlflow() {
    mlflow.close();
  }

  private GateJar.Run run(String... args) throws Exception {
    GateJar.Run run = gate.run(args);
    assertThat(run.out()).as("stdout").doesNotContain(TOKEN);
    assertThat(run.err()).as("stderr").doesNotContain(TOKEN);
    return run;
  }

  private String[] mlflow(String[] args, String uri) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--registry", "mlflow", "--tracking-uri", uri));
    return all.toArray(new String[0]);
  }

  @Test
  void should_promote_twice_in_mlflow_and_show_the_versions_and_the_champion() throws Exception {
    String uri = mlflow.uri().toString();

    GateJar.Run first = run(mlflow(files.args("run", files.good, false), uri));
    GateJar.Run second = run(mlflow(files.args("run", files.perfect, false), uri));
    GateJar.Run show = run("registry", "show", "--registry", "mlflow", "--tracking-uri", uri,
        "--model", "credit");

    assertThat(first.code()).isZero();
    assertThat(first.out()).startsWith("DEPLOY: version 1 of credit is the first champion.");
    assertThat(first.err()).isEmpty();
    assertThat(second.code()).isZero();
    assertThat(second.out())
        .startsWith("DEPLOY: version 2 of credit is the new champion, replacing version 1.");
    assertThat(show.code()).isZero();
    assertThat(show.out())
        .startsWith("model credit in registry MLflow " + uri + "\n"
            + "aliases: @candidate -> version 2, @champion -> version 2\n")
        .contains("\nversion 1, registered ", "\nversion 2 @candidate @champion, registered ")
        .contains("modelgate moved credit@champion from version 1 to version 2");
    assertThat(mlflow.requests()).isNotEmpty().allSatisfy((RecordedRequest request) ->
        assertThat(request.headers()).containsEntry("authorization", "Bearer " + TOKEN));
  }

  @Test
  void should_exit_four_with_a_clear_message_when_mlflow_cannot_be_reached() throws Exception {
    String down = mlflow.uri().toString();
    mlflow.close();
    gate.env("MLFLOW_HTTP_REQUEST_MAX_RETRIES", "0");

    GateJar.Run runDown = run(mlflow(files.args("run", files.good, false), down));
    GateJar.Run showDown = run("registry", "show", "--registry", "mlflow", "--tracking-uri", down,
        "--model", "credit");

    assertThat(runDown.code()).isEqualTo(4);
    assertThat(runDown.out()).startsWith("SKIP: the registry failed, so nothing was promoted");
    assertThat(runDown.err())
        .contains("\ngate run: REGISTRY_FAILED: the registry failed, so nothing was promoted:"
            + " registering credit failed (MlflowUnavailableException: cannot reach MLflow at "
            + down);
    assertThat(showDown.code()).isEqualTo(4);
    assertThat(showDown.err())
        .startsWith("gate registry show: cannot reach MLflow at " + down + " for GET ");
  }

  @Test
  void should_take_a_path_named_mlflow_for_a_directory_and_refuse_a_tracking_uri_with_it()
      throws Exception {
    GateJar.Run directory = run(files.args("run", files.good, false, "--registry", "./mlflow"));
    GateJar.Run refused = run(files.args("run", files.good, false, "--registry", "./mlflow",
        "--tracking-uri", mlflow.uri().toString()));

    assertThat(directory.code()).isZero();
    assertThat(dir.resolve("mlflow/credit")).isDirectory();
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err())
        .isEqualTo("gate run: --tracking-uri needs --registry mlflow: a file registry has no"
            + " tracking server\nTry 'gate run --help' for more information.\n");
    assertThat(mlflow.requests()).isEmpty();
  }
}
