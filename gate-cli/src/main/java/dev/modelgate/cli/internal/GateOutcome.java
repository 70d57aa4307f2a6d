package dev.modelgate.cli.internal;

import dev.modelgate.core.AnyOfResult;
import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.CheckResult;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.PromotionDecision;
import dev.modelgate.core.RegistrationDecision;
import dev.modelgate.core.RegistrationVerdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a gate run decided, in the shape every output needs — the JSON printed, the GitHub Actions
 * outputs and step summary, the Kubeflow output parameters: the decision of each layer that ran,
 * the model and versions, every check, the reasons and where the full report is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the model's name
 * @param registration the layer-1 decision
 * @param comparison the layer-2 decision; null when layer 2 did not run (after a rejection, or for
 *     {@code gate register})
 * @param decision the layer-3 decision; null when layer 3 did not run
 * @param candidateVersion the candidate's registry version; null when it was not registered
 * @param championVersion the champion's version the candidate was compared with; null for none
 * @param firstModel whether there was no champion, so the first-model rule decided
 * @param checks every check of the layers that ran, in order
 * @param reasons the reasons of the last layer that ran
 * @param report where the full JSON report was written; null when none was
 */
public record GateOutcome(
    String model,
    RegistrationDecision registration,
    @Nullable PromotionDecision comparison,
    @Nullable DeployDecision decision,
    @Nullable String candidateVersion,
    @Nullable String championVersion,
    boolean firstModel,
    List<CheckRow> checks,
    List<String> reasons,
    @Nullable String report) {

  /** Copies the lists. */
  public GateOutcome {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(registration, "registration");
    checks = List.copyOf(checks);
    reasons = List.copyOf(reasons);
  }

  /** The rows of every check of {@code registration} and, when given, of {@code comparison}. */
  public static List<CheckRow> checks(
      RegistrationVerdict registration, @Nullable ChampionChallengerVerdict comparison) {
    List<CheckRow> rows = new ArrayList<>();
    for (CheckResult check : registration.checks()) {
      rows.add(new CheckRow("registration", null, check));
    }
    for (AnyOfResult group : registration.anyOf()) {
      for (CheckResult check : group.checks()) {
        rows.add(new CheckRow("registration", group.reason(), check));
      }
    }
    if (comparison != null) {
      for (CheckResult check : comparison.checks()) {
        rows.add(new CheckRow("championChallenger", null, check));
      }
    }
    return rows;
  }

  /** This outcome with the path of its report. */
  public GateOutcome withReport(String path) {
    return new GateOutcome(
        model, registration, comparison, decision, candidateVersion, championVersion, firstModel,
        checks, reasons, path);
  }

  /** Whether the candidate was promoted to champion. */
  public boolean promoted() {
    return comparison == PromotionDecision.PROMOTE;
  }
}
