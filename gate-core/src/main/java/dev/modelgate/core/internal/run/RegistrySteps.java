package dev.modelgate.core.internal.run;

import dev.modelgate.core.Evaluation;
import dev.modelgate.core.RegistryAction;
import dev.modelgate.core.RegistryAction.Outcome;
import dev.modelgate.core.RegistryAction.Step;
import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.ModelVersion;
import dev.modelgate.core.spi.RegisterRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The registry calls of one gate run: each call is made, recorded as a {@link RegistryAction} and
 * logged. Any exception of the registry becomes a recorded failure and a {@link StepFailed}; an
 * alias conflict is recorded as such and rethrown. Not thread-safe: one per run.
 */
final class RegistrySteps {

  private final ModelRegistry registry;
  private final String model;
  private final String actor;
  private final List<RegistryAction> actions = new ArrayList<>();

  RegistrySteps(ModelRegistry registry, String model, String actor) {
    this.registry = registry;
    this.model = model;
    this.actor = actor;
  }

  /** The calls made so far, in order. */
  List<RegistryAction> actions() {
    return List.copyOf(actions);
  }

  ModelVersion register(RegisterRequest request) throws StepFailed {
    try {
      ModelVersion version = registry.register(request);
      record(Step.REGISTER, null, null, version.version(), request.tags(), Outcome.DONE,
          ActionDetails.registered(model, version.version()));
      return version;
    } catch (RuntimeException e) {
      throw failed(Step.REGISTER, null, null, null, request.tags(), ActionDetails.registerFailed(model, e), e);
    }
  }

  Optional<String> readAlias(String alias) throws StepFailed {
    try {
      Optional<String> version = registry.alias(model, alias);
      record(Step.READ_ALIAS, alias, null, version.orElse(null), Map.of(), Outcome.DONE,
          ActionDetails.aliasRead(model, alias, version));
      return version;
    } catch (RuntimeException e) {
      throw failed(Step.READ_ALIAS, alias, null, null, Map.of(), ActionDetails.aliasReadFailed(model, alias, e), e);
    }
  }

  /** The version {@code alias} points to; a version that does not exist is a failure. */
  ModelVersion readVersion(String version, String alias) throws StepFailed {
    Optional<ModelVersion> found;
    try {
      found = registry.version(model, version);
    } catch (RuntimeException e) {
      throw failed(Step.READ_VERSION, null, null, version, Map.of(),
          ActionDetails.versionReadFailed(model, version, e), e);
    }
    if (found.isEmpty()) {
      String detail = ActionDetails.versionMissing(model, version, alias);
      throw failed(Step.READ_VERSION, null, null, version, Map.of(), detail, new IllegalStateException(detail));
    }
    record(Step.READ_VERSION, null, null, version, Map.of(), Outcome.DONE,
        ActionDetails.versionRead(model, version, found.get().evaluation().map(Evaluation::testSetFingerprint)));
    return found.get();
  }

  /**
   * Moves {@code alias} from {@code expected} to {@code version} with compare-and-set.
   *
   * @throws AliasConflictException recorded as a conflict, when the alias moved since it was read
   */
  void moveAlias(String alias, Optional<String> expected, String version) throws StepFailed {
    String from = expected.orElse(null);
    try {
      registry.setAlias(model, alias, expected, version, actor);
    } catch (AliasConflictException e) {
      record(Step.SET_ALIAS, alias, from, version, Map.of(), Outcome.CONFLICT, String.valueOf(e.getMessage()));
      throw e;
    } catch (RuntimeException e) {
      throw failed(Step.SET_ALIAS, alias, from, version, Map.of(),
          ActionDetails.aliasMoveFailed(model, alias, version, e), e);
    }
    record(Step.SET_ALIAS, alias, from, version, Map.of(), Outcome.DONE,
        ActionDetails.aliasMoved(model, alias, expected, version));
  }

  /** Sets {@code tags} on {@code version}; a failure is recorded and logged, never thrown. */
  void tag(String version, Map<String, String> tags) {
    try {
      registry.setTags(model, version, tags);
      record(Step.SET_TAGS, null, null, version, tags, Outcome.DONE, ActionDetails.tagged(model, version));
    } catch (RuntimeException e) {
      failed(Step.SET_TAGS, null, null, version, tags, ActionDetails.tagFailed(model, version, e), e);
    }
  }

  private void record(
      Step step, @Nullable String alias, @Nullable String from, @Nullable String version, Map<String, String> tags, Outcome outcome, String detail) {
    RegistryAction action = new RegistryAction(step, alias, from, version, tags, outcome, detail);
    actions.add(action);
    RunLog.action(model, action, null);
  }

  private StepFailed failed(
      Step step, @Nullable String alias, @Nullable String from, @Nullable String version, Map<String, String> tags, String detail,
      RuntimeException cause) {
    RegistryAction action = new RegistryAction(step, alias, from, version, tags, Outcome.FAILED, detail);
    actions.add(action);
    RunLog.action(model, action, cause);
    return new StepFailed(detail, cause);
  }
}
