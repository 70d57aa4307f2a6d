package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.CheckKind;
import dev.modelgate.core.CheckResult;
import dev.modelgate.core.DeployDecision;
import dev.modelgate.core.MetricValue;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.PromotionDecision;
import dev.modelgate.core.RegistrationDecision;
import dev.modelgate.core.RunOutcome;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepSummaryTest {

  @Test
  void should_show_the_decisions_the_checks_table_and_the_reasons() {
    CheckResult money =
        new CheckResult(CheckKind.GREATER_THAN, Metrics.NET_BENEFIT,
            MetricValue.of(new BigDecimal("50000.00")), new BigDecimal("40000"), null, true,
            "net_benefit 50000.00 is greater than 40000");
    CheckResult better =
        new CheckResult(CheckKind.BETTER_THAN_CHAMPION, Metrics.NET_BENEFIT,
            MetricValue.of(new BigDecimal("50000.00")), null, MetricValue.of(new BigDecimal("50000.00")),
            false, "net_benefit 50000.00 is not greater than the champion's 50000.00");
    GateOutcome outcome =
        new GateOutcome("credit | risk", RunOutcome.HELD, "version 2 of credit was held",
            RegistrationDecision.REGISTER, PromotionDecision.HOLD, DeployDecision.SKIP, false, "2", "1",
            false,
            List.of(new CheckRow(CheckRow.REGISTRATION, null, money),
                new CheckRow(CheckRow.CHAMPION_CHALLENGER, null, better)),
            List.of("champion-challenger decided HOLD"), "/tmp/report.json");

    assertThat(StepSummary.markdown(outcome))
        .isEqualTo(
            "## ModelGate `credit \\| risk`: SKIP\n\n"
                + "Registration **REGISTER** · champion–challenger **HOLD** · pipeline **SKIP**\n\n"
                + "Version 2 of credit was held. The deploy jobs are skipped and the champion keeps"
                + " serving.\n\n"
                + "| Layer | Metric | Check | Observed | Bound / champion | Passed |\n"
                + "|---|---|---|---:|---:|:---:|\n"
                + "| 1 registration | `net_benefit` | > | 50000.00 | 40000 | ✅ |\n"
                + "| 2 champion–challenger | `net_benefit` | better than champion | 50000.00 |"
                + " 50000.00 | ❌ |\n"
                + "\n"
                + "**Reasons**\n\n"
                + "- champion-challenger decided HOLD\n\n"
                + "Report: `/tmp/report.json`\n\n");
  }
}
