package dev.modelgate.cli.internal;

import dev.modelgate.core.AnyOfResult;
import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.ChampionSource;
import dev.modelgate.core.CheckResult;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.PromotionDecision;
import dev.modelgate.core.RegistrationDecision;
import dev.modelgate.core.RegistrationVerdict;
import dev.modelgate.core.RunOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a gate command decided, in the shape every output needs — the JSON and text printed, the
 * GitHub Actions outputs and step summary, the Kubeflow output parameters: the decision of each
 * layer that ran, the model and versions, every check, the reasons and where the report is.
 *
 * <p>Immutable and thread-safe.
 *
 * @param model the model's name
 * @param outcome how a {@code gate run} ended ({@code PROMOTED}, {@code HELD}, …); null for the
 *     single layers
 * @param summary the outcome in plain words
 * @param registration the layer-1 decision
 * @param comparison the layer-2 decision; null when layer 2 did not decide (after a rejection, or
 *     for {@code gate register})
 * @param decision the layer-3 decision to act on; null when layer 3 did not run
 * @param promoted whether the candidate became the champion
 * @param candidateVersion the candidate's registry version; null when it was not registered
 * @param championVersion the champion's version it was compared with; null for none
 * @param firstModel whether there was no champion, so the first-model rule decided
 * @param checks every check of the layers that decided, in order
 * @param reasons the reasons of the last layer that ran
 * @param report where the full JSON report was written; null when none was
 */
public record GateOutcome(
    String model,
    @Nullable RunOutcome outcome,
    String summary,
    RegistrationDecision registration,
    @Nullable PromotionDecision comparison,
    @Nullable DeployDecision decision,
    boolean promoted,
    @Nullable String candidateVersion,
    @Nullable String championVersion,
    boolean firstModel,
    List<CheckRow> checks,
    List<String> reasons,
    @Nullable String report) {

  /** Copies the lists. */
  public GateOutcome {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(registration, "registration");
    checks = List.copyOf(checks);
    reasons = List.copyOf(reasons);
  }

  /** The outcome of a {@code gate run}: all three layers and what happened in the registry. */
  public static GateOutcome of(GateRunReport report) {
    boolean rejected = report.outcome() == RunOutcome.REJECTED;
    ChampionChallengerVerdict comparison = report.championChallenger();
    return new GateOutcome(
        report.model(),
        report.outcome(),
        report.summary(),
        report.registration().decision(),
        rejected ? null : comparison.decision(),
        report.decision(),
        report.promoted(),
        report.candidateVersion(),
        report.championVersion(),
        report.championSource() == ChampionSource.NONE,
        checks(report.registration(), rejected ? null : comparison),
        report.pipeline().verdict().reasons(),
        null);
  }

  /** The outcome of {@code gate register}: layer 1 and, on REGISTER, the new version. */
  public static GateOutcome ofRegistration(
      RegistrationVerdict registration, @Nullable String version, String summary) {
    return new GateOutcome(
        registration.context().model().model(), null, summary, registration.decision(), null,
        null, false, version, null, false, checks(registration, null), registration.reasons(),
        null);
  }

  /** The outcome of {@code gate compare}: layers 1 and 2, nothing written anywhere. */
  public static GateOutcome ofComparison(
      RegistrationVerdict registration, ChampionChallengerVerdict comparison, String summary) {
    boolean rejected = !registration.registered();
    return new GateOutcome(
        registration.context().model().model(), null, summary, registration.decision(),
        rejected ? null : comparison.decision(), null, false, null,
        comparison.context().model().championVersion(), comparison.firstModel(),
        checks(registration, rejected ? null : comparison), comparison.reasons(), null);
  }

  /** The rows of every check of {@code registration} and, when given, of {@code comparison}. */
  static List<CheckRow> checks(
      RegistrationVerdict registration, @Nullable ChampionChallengerVerdict comparison) {
    List<CheckRow> rows = new ArrayList<>();
    for (CheckResult check : registration.checks()) {
      rows.add(new CheckRow(CheckRow.REGISTRATION, null, check));
    }
    for (AnyOfResult group : registration.anyOf()) {
      for (CheckResult check : group.checks()) {
        rows.add(new CheckRow(CheckRow.REGISTRATION, group.reason(), check));
      }
    }
    if (comparison != null) {
      for (CheckResult check : comparison.checks()) {
        rows.add(new CheckRow(CheckRow.CHAMPION_CHALLENGER, null, check));
      }
    }
    return rows;
  }

  /** This outcome with the path of its report. */
  public GateOutcome withReport(String path) {
    return new GateOutcome(
        model, outcome, summary, registration, comparison, decision, promoted, candidateVersion,
        championVersion, firstModel, checks, reasons, path);
  }
}
