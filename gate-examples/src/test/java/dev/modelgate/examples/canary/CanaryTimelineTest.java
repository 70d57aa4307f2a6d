package dev.modelgate.examples.canary;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.canary.CanaryCheckKind;
import dev.modelgate.core.canary.CanaryCheckResult;
import dev.modelgate.core.canary.CanaryState;
import dev.modelgate.core.canary.CanaryTransition;
import dev.modelgate.core.canary.Percentile;
import dev.modelgate.core.canary.RouterAction;
import dev.modelgate.core.canary.TrafficCounts;
import dev.modelgate.core.canary.WindowOutcome;
import dev.modelgate.core.canary.WindowResult;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.Window;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanaryTimelineTest {

  private static final Instant START = Instant.parse("2026-11-27T09:00:00Z");

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final CanaryTimeline timeline =
      new CanaryTimeline(new PrintStream(bytes, true, StandardCharsets.UTF_8), START);

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
  }

  private static CanaryCheckResult check(CanaryCheckKind kind, WindowOutcome outcome, String observed,
      String champion, String reason) {
    return new CanaryCheckResult(kind, kind == CanaryCheckKind.PSI ? null : Percentile.P99, outcome,
        new BigDecimal(observed), new BigDecimal("1.25"), champion == null ? null : new BigDecimal(champion), null,
        false, reason);
  }

  @Test
  void should_print_a_row_per_window_and_the_reasons_of_a_window_that_did_not_pass() {
    Window first = new Window(1, START, START.plusSeconds(60));
    Window second = new Window(2, START.plusSeconds(60), START.plusSeconds(120));
    String slower = "canary p99 latency 50.943 ms is above 1.25 × champion 21.247 ms";

    timeline.windowJudged(new WindowResult(first, 1, 20, WindowOutcome.PASS, List.of("all good"),
        List.of(check(CanaryCheckKind.LATENCY_VS_CHAMPION, WindowOutcome.PASS, "18.8", "21.2", "ok"),
            check(CanaryCheckKind.PSI, WindowOutcome.PASS, "0.0981", null, "ok")),
        new TrafficCounts(480, 0, 120, 0), null));
    timeline.windowJudged(new WindowResult(second, 1, 20, WindowOutcome.FAIL, List.of(slower),
        List.of(check(CanaryCheckKind.LATENCY_VS_CHAMPION, WindowOutcome.FAIL, "50.943", "21.247", slower)),
        new TrafficCounts(480, 1, 120, 12), null));

    assertThat(printed()).isEqualTo(CanaryTimeline.HEADER + "\n"
        + "         1 0-1        20%  480/120            0/0       21.2/18.8        0.098  PASS\n"
        + "         2 1-2        20%  480/120            1/12      21.2/50.9        -      FAIL\n"
        + "             " + slower + "\n");
    assertThat(CanaryTimeline.HEADER)
        .isEqualTo("    window minutes canary  requests chmp/can  errors    p99 ms chmp/can  PSI    outcome");
  }

  @Test
  void should_print_dashes_for_a_window_without_data() {
    Window window = new Window(3, START.plusSeconds(120), START.plusSeconds(150));

    timeline.windowJudged(new WindowResult(window, 1, 20, WindowOutcome.INCONCLUSIVE,
        List.of("the metrics source failed"), List.of(), null, MissingKind.SOURCE_ERROR));

    assertThat(printed()).endsWith(
        "         3 2-2:30     20%  -                  -         -                -      INCONCLUSIVE\n"
            + "             the metrics source failed\n");
  }

  @Test
  void should_print_each_transition_and_traffic_action_at_its_simulated_minute() {
    timeline.acted(new RouterAction(RouterAction.Kind.SET_SHARE, 20, RouterAction.Status.CONFIRMED, 1, START, "ok"));
    timeline.transitioned(new CanaryTransition(CanaryState.RUNNING, CanaryState.ROLLED_BACK, 1, 0,
        START.plusSeconds(120), "2 failed windows reached the failure limit of 2 (cumulative)", List.of(1, 2)));
    timeline.acted(new RouterAction(RouterAction.Kind.ROLLBACK, 0, RouterAction.Status.CONFIRMED, 3,
        START.plusSeconds(125), "ok"));
    timeline.acted(new RouterAction(RouterAction.Kind.PROMOTE, 100, RouterAction.Status.UNCONFIRMED, 1,
        START.plusSeconds(300), "not ready"));

    assertThat(printed()).isEqualTo(
        "  [+0 min] router: send 20% of the traffic to the canary, confirmed\n"
            + "  [+2 min] RUNNING -> ROLLED_BACK: 2 failed windows reached the failure limit of 2 (cumulative)\n"
            + "  [+2:05 min] router: roll back: the canary to 0%, confirmed after 3 attempts\n"
            + "  [+5 min] router: promote the canary to 100%, unconfirmed\n");
  }
}
