package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.mlflow.MlflowModelRegistry;
import dev.modelgate.mlflow.fake.FakeMlflowServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tests of the gate commands against MLflow share: the policy and predictions files, a
 * fresh fake MLflow server on loopback (gate-mlflow's test-jar), an adapter of the test's own to
 * look at what the commands left in it, and runs that check that the token in the environment
 * appears neither on stdout nor on stderr.
 */
abstract class OnMlflow {

  /** A bearer token that must never be shown. */
  static final String TOKEN = "s3cr3t-token-0123456789";

  @TempDir Path dir;

  GateFiles files;
  FakeMlflowServer mlflow;

  @BeforeEach
  void startMlflow() {
    files = new GateFiles(dir);
    mlflow = FakeMlflowServer.start();
  }

  @AfterEach
  void stopMlflow() {
    mlflow.close();
  }

  /** The tracking URI of the fake server. */
  String uri() {
    return mlflow.uri().toString();
  }

  /** The command line with the token in its environment. */
  Cli cli() {
    return new Cli().env("MLFLOW_TRACKING_TOKEN", TOKEN);
  }

  /** Runs {@code args} with {@code cli}, and checks that the token is shown nowhere. */
  static Cli.Run gate(Cli cli, String... args) {
    Cli.Run run = cli.run(args);
    assertThat(run.out()).as("stdout").doesNotContain(TOKEN);
    assertThat(run.err()).as("stderr").doesNotContain(TOKEN);
    return run;
  }

  /** Runs {@code args} with the token in the environment; see {@link #gate(Cli, String...)}. */
  Cli.Run gate(String... args) {
    return gate(cli(), args);
  }

  /** What the commands left in MLflow, read by an adapter of the test's own. */
  MlflowModelRegistry registry() {
    return MlflowModelRegistry.builder().trackingUri(uri()).build();
  }

  /** The flags of {@code command} for {@code candidate}, against the fake MLflow server. */
  String[] args(String command, Path candidate, String... more) {
    List<String> args = new ArrayList<>(List.of(files.args(command, candidate, false)));
    args.addAll(List.of("--registry", "mlflow", "--tracking-uri", uri()));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  /** {@code gate registry show} of model credit in the fake MLflow server. */
  String[] show(String... more) {
    List<String> args = new ArrayList<>(List.of("registry", "show", "--registry", "mlflow",
        "--tracking-uri", uri(), "--model", "credit"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }
}
