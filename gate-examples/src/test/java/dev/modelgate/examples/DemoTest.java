package dev.modelgate.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.ChampionChallengerVerdict;
import dev.modelgate.core.PromotionDecision;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DemoTest {

  @Test
  void should_promote_the_candidate_that_earns_more_at_almost_the_same_f1() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Clock clock = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);

    ChampionChallengerVerdict verdict =
        Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), clock);

    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(verdict.decision()).isEqualTo(PromotionDecision.PROMOTE);
    assertThat(out)
        .contains("test set sha256:db5080882dbc806ce9a37fa366138ff6bdbd083d5d3d2018d00f924f483d7e7d")
        .contains("net_benefit $/month         -145,000.00          95,000.00")
        .contains("f1                               0.5631             0.5680")
        .contains("Layer 1, registration: REGISTER")
        .contains("Layer 2, champion vs challenger: PROMOTE")
        .contains("Layer 3, pipeline: DEPLOY");
  }
}
