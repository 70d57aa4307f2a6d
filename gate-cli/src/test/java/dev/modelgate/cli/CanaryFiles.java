package dev.modelgate.cli;

import dev.modelgate.core.registry.FileModelRegistry;
import dev.modelgate.core.spi.RegisterRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A canary policy, recordings of canary runs and a registry for {@code gate canary}: one step at
 * 20 %, one-minute windows, 3 passing windows to promote, rollback at the second failed window
 * and at the second inconclusive one. A {@link #HEALTHY} window passes every check, an {@link
 * #ERROR_SPIKE} fails the error rate (30 errors in 200 canary requests), an {@link #OUTAGE} is
 * missing data. The registry holds versions 1 (champion) and 2 (the candidate) of {@code credit}.
 */
final class CanaryFiles {

  static final Instant START = Instant.parse("2024-06-01T12:00:00Z");

  static final String HEALTHY =
      "\"champion\":{\"requests\":800,\"errors\":4,\"latencyMillis\":{\"0.5\":20,\"0.95\":45,"
          + "\"0.99\":80},\"predictions\":{\"classes\":{\"Good\":560,\"Bad\":240}}},"
          + "\"canary\":{\"requests\":200,\"errors\":1,\"latencyMillis\":{\"0.5\":21,\"0.95\":46,"
          + "\"0.99\":84},\"predictions\":{\"classes\":{\"Good\":141,\"Bad\":59}}}";

  static final String ERROR_SPIKE = HEALTHY.replace("\"requests\":200,\"errors\":1",
      "\"requests\":200,\"errors\":30");

  static final String OUTAGE = "\"missing\":\"SOURCE_ERROR\",\"detail\":\"HTTP 503\"";

  static final String POLICY =
      "apiVersion: modelgate.dev/v1\n"
          + "name: credit\n"
          + "registration:\n"
          + "  require:\n"
          + "    - {metric: f1, greaterThan: 0.2}\n"
          + "championChallenger:\n"
          + "  compareOn: f1\n"
          + "canary:\n"
          + "  steps: [20]\n"
          + "  intervalSeconds: 60\n"
          + "  windowsPerStep: 3\n"
          + "  failureLimit: 2\n"
          + "  minRequests: 100\n"
          + "  inconclusiveLimit: 2\n"
          + "  onInconclusive: ON_INCONCLUSIVE\n"
          + "  checks:\n"
          + "    maxErrorRate: 0.05\n"
          + "    errorRateVsChampion: {margin: 0, significance: 0.01}\n"
          + "    latency:\n"
          + "      - {percentile: p99, maxRatio: 1.25}\n"
          + "    psi: {max: 0.25, warn: 0.1}\n";

  final Path dir;
  final Path policy;
  final Path holdingPolicy;
  final Path registry;

  CanaryFiles(Path dir) {
    this.dir = dir;
    this.policy = write("canary.yaml", POLICY.replace("ON_INCONCLUSIVE", "rollback"));
    this.holdingPolicy = write("canary-hold.yaml", POLICY.replace("ON_INCONCLUSIVE", "hold"));
    this.registry = dir.resolve("registry");
  }

  /** A recording of {@code windows}, each one of the constants, one minute apart from {@link #START}. */
  Path recording(String name, String... windows) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < windows.length; i++) {
      text.append(line(i + 1, windows[i])).append('\n');
    }
    return write(name, text.toString());
  }

  /** Line {@code index} of a recording, with {@code body} after its window and times. */
  static String line(int index, String body) {
    return "{\"window\":" + index + ",\"start\":\"" + START.plusSeconds(60L * (index - 1))
        + "\",\"end\":\"" + START.plusSeconds(60L * index) + "\"," + body + "}";
  }

  /** The registry with versions 1 and 2 of credit and @champion at {@code champion}, if given. */
  FileModelRegistry registry(Optional<String> champion) {
    FileModelRegistry models = FileModelRegistry.open(registry);
    models.register(RegisterRequest.builder().model("credit").source("s3://models/1").build());
    models.register(RegisterRequest.builder().model("credit").source("s3://models/2").build());
    champion.ifPresent(v -> models.setAlias("credit", "champion", Optional.empty(), v, "test"));
    return models;
  }

  /** The flags of a replay of {@code recording} with {@code more}. */
  String[] replay(Path recording, String... more) {
    return replay(policy, recording, more);
  }

  /** The flags of a replay of {@code recording} under {@code policyFile} with {@code more}. */
  String[] replay(Path policyFile, Path recording, String... more) {
    List<String> args = new ArrayList<>(List.of("canary", "--policy", policyFile.toString(),
        "--model", "credit", "--metrics-file", recording.toString()));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  /** The registry flags for candidate version 2. */
  String[] withRegistry(String... more) {
    List<String> args = new ArrayList<>(List.of("--registry", registry.toString(),
        "--candidate-version", "2"));
    args.addAll(List.of(more));
    return args.toArray(new String[0]);
  }

  Path write(String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, text);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
