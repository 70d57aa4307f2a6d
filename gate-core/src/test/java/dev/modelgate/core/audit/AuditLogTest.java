package dev.modelgate.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.MetricValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void should_write_one_canonical_line_per_entry_chained_from_the_genesis_hash() throws IOException {
    AuditLog log = AuditLog.open(dir.resolve("audit.jsonl"), CLOCK);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("model", "fraud");
    payload.put("decision", "HOLD");

    AuditEntry first = log.append("verdict", payload);
    AuditEntry second = log.appendJson("alias.moved", "{\"to\": \"2\", \"from\": \"1\"}");

    List<String> lines = Files.readAllLines(log.file());
    assertThat(lines)
        .containsExactly(
            "{\"seq\":1,\"time\":\"2025-03-01T12:00:00Z\",\"type\":\"verdict\","
                + "\"payload\":{\"decision\":\"HOLD\",\"model\":\"fraud\"},"
                + "\"prevHash\":\"" + AuditEntry.GENESIS_HASH + "\",\"hash\":\"" + first.hash() + "\"}",
            "{\"seq\":2,\"time\":\"2025-03-01T12:00:00Z\",\"type\":\"alias.moved\","
                + "\"payload\":{\"from\":\"1\",\"to\":\"2\"},"
                + "\"prevHash\":\"" + first.hash() + "\",\"hash\":\"" + second.hash() + "\"}");
    assertThat(first.hash()).matches("sha256:[0-9a-f]{64}");
    assertThat(second.prevHash()).isEqualTo(first.hash());
    assertThat(log.verify()).isEqualTo(new AuditVerification.Intact(2, second.hash()));
  }

  @Test
  void should_hash_the_documented_canonical_form() throws Exception {
    AuditLog log = AuditLog.open(dir.resolve("audit.jsonl"), CLOCK);

    AuditEntry entry = log.appendJson("verdict", "{\"b\": [ {\"y\": 1, \"x\": 2} ], \"a\": 1.50}");

    String canonical =
        "{\"payload\":{\"a\":1.50,\"b\":[{\"x\":2,\"y\":1}]},\"prevHash\":\""
            + AuditEntry.GENESIS_HASH
            + "\",\"seq\":1,\"time\":\"2025-03-01T12:00:00Z\",\"type\":\"verdict\"}";
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(canonical.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(entry.hash()).isEqualTo("sha256:" + java.util.HexFormat.of().formatHex(digest));
    assertThat(entry.payloadJson()).isEqualTo("{\"a\":1.50,\"b\":[{\"x\":2,\"y\":1}]}");
  }

  @Test
  void should_keep_numbers_exact_so_that_doubles_and_money_verify_later() {
    AuditLog log = AuditLog.open(dir.resolve("audit.jsonl"), CLOCK);
    Map<String, Object> payload = new LinkedHashMap<>();
    payload.put("tiny", 1e-7);
    payload.put("money", new BigDecimal("12345678901234567890.10"));
    payload.put("f1", MetricValue.of(0.8));
    payload.put("undefined", MetricValue.undefined());

    log.append("verdict", payload);

    assertThat(log.entries())
        .singleElement()
        .extracting(AuditEntry::payloadJson)
        .isEqualTo(
            "{\"f1\":0.8,\"money\":12345678901234567890.10,\"tiny\":0.00000010,\"undefined\":\"NaN\"}");
    assertThat(log.verify().intact()).isTrue();
  }

  @Test
  void should_treat_a_missing_file_as_an_empty_intact_log() {
    AuditLog log = AuditLog.open(dir.resolve("nested/audit.jsonl"), CLOCK);

    assertThat(log.verify()).isEqualTo(new AuditVerification.Intact(0, AuditEntry.GENESIS_HASH));
    assertThat(log.entries()).isEmpty();
  }

  @Test
  void should_refuse_a_payload_that_is_not_an_object_and_a_bad_type() {
    AuditLog log = AuditLog.open(dir.resolve("audit.jsonl"), CLOCK);

    assertThatThrownBy(() -> log.appendJson("verdict", "[1, 2]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payload must be a JSON object, not an array");
    assertThatThrownBy(() -> log.appendJson("verdict", "{\"a\": "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payload is not valid JSON at line 1, column 7");
    assertThatThrownBy(() -> log.append("Verdict!", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "audit entry type \"Verdict!\" must match [a-z][a-z0-9_.-]* and have at most 64"
                + " characters, for example verdict or alias.moved");
    assertThat(log.file()).doesNotExist();
  }
}
