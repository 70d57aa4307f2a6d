package dev.modelgate.examples.canary;

import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.canary.CanaryAnalysis;
import dev.modelgate.core.canary.CanaryState;
import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.core.spi.ModelRegistry;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The deploy job of the main job: takes a candidate that layers 1 to 3 promoted live through a
 * local canary, and keeps the registry's {@code @champion} in step with what serves the traffic.
 *
 * <p>Layer 2 has already moved {@code @champion} to the candidate on the test set, while production
 * still serves the previous version; the canary has the last word on live traffic:
 *
 * <ul>
 *   <li><b>promoted</b>: the candidate takes all the traffic and the canary analysis moves {@code
 *       @champion} to it with compare-and-set from the version it read when it started (so a move
 *       by anyone else meanwhile refuses the promotion and rolls the canary back);
 *   <li><b>rolled back</b>: all the traffic is back on the serving version, and this job moves
 *       {@code @champion} back to it with compare-and-set from the candidate, if layer 2 had moved
 *       it there; a conflict is reported and leaves the alias alone.
 * </ul>
 *
 * A held canary leaves the alias alone for a person to decide. Every transition of the canary is
 * appended to the audit log and every alias move is in the registry's history. Not thread-safe.
 */
public final class CanaryDeployment {

  static final String CHAMPION = "champion";

  private final LocalCanaryRunner runner;
  private final ModelRegistry registry;
  private final AuditLog auditLog;
  private final String actor;
  private final PrintStream out;

  /** A deploy job serving through {@code runner}, moving aliases of {@code registry} as {@code actor}. */
  public CanaryDeployment(LocalCanaryRunner runner, ModelRegistry registry, AuditLog auditLog, String actor,
      PrintStream out) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.registry = Objects.requireNonNull(registry, "registry");
    this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    this.actor = Objects.requireNonNull(actor, "actor");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Runs {@code candidateVersion} of {@code model} as a canary beside {@code servingVersion}, served
   * as {@code scenario} says, with simulated time from {@code start}, and moves {@code @champion} as
   * the class description says.
   */
  public CanaryRun deploy(
      String model, String candidateVersion, String servingVersion, CanaryScenario scenario, Instant start) {
    Optional<String> seen = registry.alias(model, CHAMPION);
    out.println("  before: version " + servingVersion + " serves all traffic, @champion = " + seen.orElse("unset"));
    CanaryRun run = runner.run(scenario, start, CanaryAnalysis.builder()
        .model(model, candidateVersion, seen.orElse(null))
        .registry(registry, actor)
        .auditLog(auditLog), out);
    CanaryVerdict verdict = run.verdict();
    out.println("  verdict " + verdict.decision() + ": " + verdict.summary() + " after " + verdict.windows().size()
        + " windows and " + run.requests() + " requests");
    AliasChange change = verdict.championChange();
    if (change != null) {
      out.println("  @champion " + change.from().orElse("unset") + " -> " + change.to().orElse("unset") + " by "
          + change.actor() + ", the canary's compare-and-set: version " + candidateVersion + " serves all traffic");
    } else if (verdict.state() == CanaryState.ROLLED_BACK && seen.equals(Optional.of(candidateVersion))
        && !candidateVersion.equals(servingVersion)) {
      moveBack(model, candidateVersion, servingVersion);
    }
    return run;
  }

  private void moveBack(String model, String candidateVersion, String servingVersion) {
    try {
      AliasChange back = registry.setAlias(model, CHAMPION, Optional.of(candidateVersion), servingVersion, actor);
      out.println("  @champion " + candidateVersion + " -> " + servingVersion + " by " + back.actor()
          + " (compare-and-set): the registry names the serving version again");
    } catch (AliasConflictException e) {
      out.println("  @champion NOT moved back: " + e.getMessage());
    }
  }
}
