package dev.modelgate.cli;

import dev.modelgate.core.GateRunBuilder;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** What a registration records besides the evaluation: the artifact, the run, tags, the actor. */
final class RunOptions {

  @Option(
      names = "--source",
      paramLabel = "URI",
      description =
          "Where the candidate's model artifact is, recorded with its version, such as"
              + " s3://models/credit/17. Default: the --candidate file's URI.")
  private @Nullable URI source;

  @Option(
      names = "--run-id",
      paramLabel = "ID",
      description = "The training run that produced the candidate, recorded with its version.")
  private @Nullable String runId;

  @Option(
      names = "--description",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Free text recorded with the candidate's version.")
  private String description = "";

  @Option(
      names = "--tag",
      paramLabel = "KEY=VALUE",
      description =
          "A tag recorded with the candidate's version; repeatable. Keys may not start with"
              + " modelgate.")
  private Map<String, String> tags = new LinkedHashMap<>();

  @Option(
      names = "--actor",
      paramLabel = "NAME",
      defaultValue = GateRunBuilder.DEFAULT_ACTOR,
      description =
          "Who moves the aliases, as the registry's history records it, such as"
              + " ci:build-4711.")
  private String actor = GateRunBuilder.DEFAULT_ACTOR;

  URI source(Path candidate) {
    return source != null ? source : candidate.toAbsolutePath().toUri();
  }

  @Nullable String runId() {
    return runId;
  }

  String description() {
    return description;
  }

  Map<String, String> tags() {
    return tags;
  }

  String actor() {
    return actor;
  }
}
