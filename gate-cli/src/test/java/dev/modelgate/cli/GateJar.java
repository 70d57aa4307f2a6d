package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code java -jar gate-cli/target/gate.jar} as a user would: a separate process, with the
 * environment given (and none of the CI or MLflow variables of the JVM running the tests), stdout
 * and stderr captured to files.
 */
final class GateJar {

  private final Path jar;
  private final Path workDir;
  private final Map<String, String> environment = new HashMap<>();

  /** The result of one run. */
  record Run(int code, String out, String err) {}

  GateJar(Path workDir) {
    String path = System.getProperty("gate.jar");
    assertThat(path).as("system property gate.jar, set by the failsafe plugin").isNotNull();
    this.jar = Path.of(path);
    assertThat(jar).as("the shaded jar built by mvn package").isRegularFile();
    this.workDir = workDir;
  }

  GateJar env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  Run run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = Files.createTempFile(workDir, "stdout", ".txt");
    Path err = Files.createTempFile(workDir, "stderr", ".txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(workDir.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().keySet()
        .removeIf(name -> name.startsWith("GITHUB_") || name.equals("RUNNER_TEMP")
            || name.startsWith("MLFLOW_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("gate " + String.join(" ", args) + " did not finish in 120 s");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
