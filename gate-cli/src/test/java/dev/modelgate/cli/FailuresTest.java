package dev.modelgate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.cli.internal.InputException;
import dev.modelgate.core.DifferentTestSetsException;
import dev.modelgate.core.RunOutcome;
import dev.modelgate.core.audit.AuditLogException;
import dev.modelgate.core.policy.PolicyFileException;
import dev.modelgate.core.policy.PolicyFileProblem;
import dev.modelgate.core.spi.RegistryException;
import dev.modelgate.core.spi.TrafficException;
import dev.modelgate.mlflow.MlflowPermissionDeniedException;
import dev.modelgate.mlflow.MlflowUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailuresTest {

  @Test
  void should_give_each_kind_of_failure_its_own_exit_code() {
    String fingerprint = "sha256:" + "0".repeat(64);

    assertThat(Failures.classify(new InputException("p.csv: no such file")))
        .isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(Failures.classify(new PolicyFileException("p.yaml",
            List.of(new PolicyFileProblem("p.yaml", 1, 1, "name", "must not be blank")))))
        .isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(Failures.classify(new DifferentTestSetsException(fingerprint, fingerprint)))
        .isEqualTo(ExitCode.DIFFERENT_TEST_SETS);
    assertThat(Failures.classify(new RegistryException("cannot read 1.json")))
        .isEqualTo(ExitCode.INFRASTRUCTURE);
    assertThat(Failures.classify(new MlflowUnavailableException(
            "cannot reach MLflow", "GET /api/2.0/mlflow/registered-models/alias", 0, null, null)))
        .isEqualTo(ExitCode.INFRASTRUCTURE);
    assertThat(Failures.classify(new MlflowPermissionDeniedException(
            "MLflow answered 403", "GET /api/2.0/mlflow/registered-models/alias", 403,
            "PERMISSION_DENIED", null)))
        .isEqualTo(ExitCode.INFRASTRUCTURE);
    assertThat(Failures.classify(new UncheckedIOException(new IOException("disk full"))))
        .isEqualTo(ExitCode.INFRASTRUCTURE);
    assertThat(Failures.classify(new TrafficException("kubeconfig /k: no such file")))
        .isEqualTo(ExitCode.INFRASTRUCTURE);
    assertThat(Failures.classify(new AuditLogException("audit.jsonl: incomplete last line")))
        .isEqualTo(ExitCode.INFRASTRUCTURE);
    assertThat(Failures.classify(new IllegalStateException("bug")))
        .isEqualTo(ExitCode.INTERNAL_ERROR);
  }

  @Test
  void should_exit_zero_for_every_decision_and_non_zero_when_the_run_failed_safe() {
    assertThat(RunCommand.exitCode(RunOutcome.PROMOTED, true)).isEqualTo(ExitCode.OK);
    assertThat(RunCommand.exitCode(RunOutcome.HELD, true)).isEqualTo(ExitCode.OK);
    assertThat(RunCommand.exitCode(RunOutcome.REJECTED, false)).isEqualTo(ExitCode.OK);
    assertThat(RunCommand.exitCode(RunOutcome.REJECTED, true)).isEqualTo(ExitCode.REJECTED);
    assertThat(RunCommand.exitCode(RunOutcome.STALE_CHAMPION, false))
        .isEqualTo(ExitCode.DIFFERENT_TEST_SETS);
    assertThat(RunCommand.exitCode(RunOutcome.NO_CHAMPION_EVALUATION, false))
        .isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(RunCommand.exitCode(RunOutcome.CHAMPION_MISMATCH, false))
        .isEqualTo(ExitCode.INVALID_INPUT);
    assertThat(RunCommand.exitCode(RunOutcome.CHAMPION_MOVED, false))
        .isEqualTo(ExitCode.INFRASTRUCTURE);
    assertThat(RunCommand.exitCode(RunOutcome.REGISTRY_FAILED, false))
        .isEqualTo(ExitCode.INFRASTRUCTURE);
  }

  @Test
  void should_exit_invalid_input_on_a_value_picocli_cannot_convert() {
    Cli.Run run = new Cli().run("evaluate", "--data", "x.csv", "--label", "y", "--prediction", "p",
        "--zero-division", "2");

    assertThat(run.code()).isEqualTo(ExitCode.INVALID_INPUT.code());
    assertThat(run.err())
        .startsWith("gate evaluate: Invalid value for option '--zero-division': expected 0, 1 or"
            + " nan but was '2'");
  }
}
