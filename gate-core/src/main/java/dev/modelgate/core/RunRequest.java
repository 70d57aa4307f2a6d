package dev.modelgate.core;

import dev.modelgate.core.internal.run.RunMessages;
import dev.modelgate.core.spi.RegistryNames;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What one {@link GateRun} decides on: the candidate with its evaluation, where its artifact is,
 * and optionally the champion re-scored on today's test set. Immutable and thread-safe; the
 * {@link Builder} is not thread-safe.
 *
 * <pre>{@code
 * RunRequest request = RunRequest.builder()
 *     .candidate(Candidate.of("credit-risk", evaluation))
 *     .source("s3://models/credit-risk/2025-03-01")
 *     .runId("train-7f3a")
 *     .build();
 * }</pre>
 *
 * @param candidate the candidate, without a registry version: the run registers it
 * @param source where the candidate's artifact is, recorded with its registry version
 * @param runId the training run that produced it; null when unknown
 * @param description free text recorded with the version, empty for none
 * @param tags extra tags for the version, sorted by key; keys starting with {@code modelgate.} are
 *     the gate's own and refused here
 * @param champion the champion re-scored on the candidate's test set, with the paired evidence of
 *     both on the same rows when it was scored with the candidate ({@link
 *     PairedEvaluation#champion(String)}); null to use the evaluation recorded with the champion's
 *     version in the registry, which has no paired evidence, so a policy asking for confidence
 *     holds
 */
public record RunRequest(
    Candidate candidate,
    URI source,
    @Nullable String runId,
    String description,
    Map<String, String> tags,
    @Nullable Champion champion) {

  /**
   * Checks the parts.
   *
   * @throws IllegalArgumentException listing every problem: a candidate that already has a
   *     version, a model name or tag key the registry refuses, a reserved tag, a blank run id
   */
  public RunRequest {
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(tags, "tags");
    List<String> problems = new ArrayList<>();
    if (candidate.version() != null) {
      problems.add(RunMessages.candidateHasVersion(candidate.version()));
    }
    check(problems, () -> RegistryNames.requireModelName(candidate.model()));
    if (runId != null && runId.isBlank()) {
      problems.add(RunMessages.blankRunId());
    }
    TreeMap<String, String> copy = new TreeMap<>();
    tags.forEach(
        (key, value) -> {
          check(problems, () -> RegistryNames.requireTagKey(key));
          if (key.startsWith(RunMessages.RESERVED_TAG_PREFIX)) {
            problems.add(RunMessages.reservedTag(key));
          }
          copy.put(key, Objects.requireNonNull(value, () -> "value of tag " + key));
        });
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(RunMessages.invalidRequest(problems));
    }
    tags = Collections.unmodifiableMap(copy);
  }

  private static void check(List<String> problems, Runnable check) {
    try {
      check.run();
    } catch (IllegalArgumentException e) {
      problems.add(e.getMessage());
    }
  }

  /** A builder with nothing set; the candidate and the source are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The model's name, the candidate's. */
  public String model() {
    return candidate.model();
  }

  /** Builds a {@link RunRequest}. Not thread-safe; reusable after {@link #build()}. */
  public static final class Builder {
    private @Nullable Candidate candidate;
    private @Nullable URI source;
    private @Nullable String runId;
    private String description = "";
    private final Map<String, String> tags = new TreeMap<>();
    private @Nullable Champion champion;

    private Builder() {}

    /** The candidate, which has no registry version yet. */
    public Builder candidate(Candidate candidate) {
      this.candidate = Objects.requireNonNull(candidate, "candidate");
      return this;
    }

    /** Where the candidate's artifact is. */
    public Builder source(URI source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /** Where the candidate's artifact is, as a URI string such as {@code s3://models/fraud/17}. */
    public Builder source(String source) {
      Objects.requireNonNull(source, "source");
      try {
        this.source = new URI(source);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(RunMessages.notAUri(source, e.getReason()), e);
      }
      return this;
    }

    /** The training run that produced the candidate. */
    public Builder runId(String runId) {
      this.runId = Objects.requireNonNull(runId, "runId");
      return this;
    }

    /** Free text recorded with the candidate's version. */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /** Adds a tag for the candidate's version, replacing an earlier value of the same key. */
    public Builder tag(String key, String value) {
      tags.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * The champion re-scored on the candidate's test set, with its paired evidence if any; without
     * it the run uses the evaluation recorded with the champion's version, if that is on the same
     * test set.
     */
    public Builder champion(Champion champion) {
      this.champion = Objects.requireNonNull(champion, "champion");
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException naming every missing part: "cannot build the run request:
     *     candidate is missing; source is missing"
     * @throws IllegalArgumentException listing every invalid part, as the constructor does
     */
    public RunRequest build() {
      List<String> missing = new ArrayList<>();
      if (candidate == null) {
        missing.add("candidate");
      }
      if (source == null) {
        missing.add("source");
      }
      if (candidate == null || source == null) {
        throw new IllegalStateException(RunMessages.incompleteRequest(missing));
      }
      return new RunRequest(candidate, source, runId, description, tags, champion);
    }
  }
}
