package dev.modelgate.core;

import dev.modelgate.core.spi.ModelRegistry;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One call a {@link GateRun} made on the {@link ModelRegistry}, and how it went: the registry's
 * side of the report. Immutable and thread-safe.
 *
 * <p>Example: {@code SET_ALIAS alias=champion from=1 version=2 DONE "moved alias champion of
 * credit-risk from version 1 to version 2"}.
 *
 * @param step what the run asked the registry to do
 * @param alias the alias read or moved; null for other steps
 * @param from the version a moved alias was expected at (compare-and-set); null when it was
 *     expected unset, and for other steps
 * @param version the version registered, read, aliased or tagged; for {@link Step#READ_ALIAS} the
 *     version the alias points to; null when none (an unset alias, a failed registration)
 * @param tags the tags sent with {@link Step#REGISTER} or {@link Step#SET_TAGS}, sorted by key;
 *     empty for other steps
 * @param outcome whether it was done
 * @param detail what happened, in plain words
 */
public record RegistryAction(
    Step step,
    @Nullable String alias,
    @Nullable String from,
    @Nullable String version,
    Map<String, String> tags,
    Outcome outcome,
    String detail) {

  /** Checks the parts and copies the tags. */
  public RegistryAction {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    tags = Collections.unmodifiableMap(new TreeMap<>(Objects.requireNonNull(tags, "tags")));
  }

  /** Whether the registry did what was asked. */
  public boolean done() {
    return outcome == Outcome.DONE;
  }

  /** The calls a gate run makes, in the order it makes them. */
  public enum Step {
    /** {@link ModelRegistry#register}: the candidate that passed layer 1 becomes a version. */
    REGISTER,
    /** {@link ModelRegistry#alias}: where {@code candidate} or {@code champion} points. */
    READ_ALIAS,
    /** {@link ModelRegistry#version}: the champion's version with its recorded evaluation. */
    READ_VERSION,
    /** {@link ModelRegistry#setAlias}: a compare-and-set move of {@code candidate} or {@code champion}. */
    SET_ALIAS,
    /** {@link ModelRegistry#setTags}: the gate's decisions recorded on the candidate's version. */
    SET_TAGS
  }

  /** How a call went. */
  public enum Outcome {
    /** The registry did it. */
    DONE,
    /** The alias no longer pointed where the run saw it, so the move did not happen. */
    CONFLICT,
    /** The registry failed; the detail names the error. */
    FAILED
  }
}
