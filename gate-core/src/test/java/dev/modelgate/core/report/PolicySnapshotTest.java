package dev.modelgate.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.modelgate.core.GateRunReport;
import dev.modelgate.core.Metrics;
import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.registry.InMemoryModelRegistry;
import dev.modelgate.core.run.RunFixtures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class PolicySnapshotTest {

  private static QualityPolicy f1Policy(String bound) {
    return QualityPolicy.builder()
        .name("churn")
        .registration(gate -> gate.require(Metrics.F1).greaterThan(bound))
        .championChallenger(gate -> gate.compareOn(Metrics.F1))
        .build();
  }

  @Test
  void should_write_the_canonical_definition_with_sorted_keys_and_decimals_as_written() {
    PolicySnapshot snapshot = PolicySnapshot.of(f1Policy("0.20"));

    assertThat(snapshot.name()).isEqualTo("churn");
    assertThat(snapshot.canonicalJson())
        .isEqualTo("{\"championChallenger\":{\"compareOn\":{\"direction\":\"higher_is_better\",\"name\":\"f1\"},"
            + "\"firstModel\":\"PROMOTE_IF_REGISTERED\",\"guards\":[],\"minImprovement\":null,"
            + "\"minRelativeImprovement\":null},\"costs\":null,\"fastTrack\":null,\"name\":\"churn\","
            + "\"registration\":{\"anyOf\":[],\"checks\":[{\"bound\":0.20,\"comparison\":\"GREATER_THAN\","
            + "\"metric\":{\"direction\":\"higher_is_better\",\"name\":\"f1\"}}]}}");
  }

  @Test
  void should_hash_the_canonical_definition_in_utf8() throws Exception {
    PolicySnapshot snapshot = PolicySnapshot.of(f1Policy("0.20"));

    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(snapshot.canonicalJson().getBytes(StandardCharsets.UTF_8));
    assertThat(snapshot.sha256()).isEqualTo("sha256:" + HexFormat.of().formatHex(digest));
  }

  @Test
  void should_give_equal_policies_equal_hashes_and_any_change_another() {
    String hash = PolicySnapshot.of(f1Policy("0.20")).sha256();

    assertThat(PolicySnapshot.of(f1Policy("0.20")).sha256()).isEqualTo(hash);
    assertThat(PolicySnapshot.of(f1Policy("0.21")).sha256()).isNotEqualTo(hash);
    assertThat(PolicySnapshot.of(f1Policy("0.2")).sha256()).isNotEqualTo(hash);
    assertThat(PolicySnapshot.of(f1Policy("0.20").fastTrack("outage", "cto", p -> {})).sha256())
        .isNotEqualTo(hash);
  }

  @Test
  void should_tag_the_version_with_the_hash_the_report_carries() {
    InMemoryModelRegistry registry = new InMemoryModelRegistry(RunFixtures.REGISTRY_CLOCK);

    GateRunReport report = RunFixtures.seedChampion(registry, "45000.00");

    String hash = PolicySnapshot.of(report.policy()).sha256();
    assertThat(registry.version(RunFixtures.MODEL, "1").orElseThrow().tags())
        .containsEntry("modelgate.policy-sha256", hash);
    assertThat(Reports.toJson(report)).contains("\"sha256\": \"" + hash + "\"");
  }
}
