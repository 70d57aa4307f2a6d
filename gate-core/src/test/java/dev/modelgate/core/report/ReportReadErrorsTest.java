package dev.modelgate.core.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.internal.json.CoreJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReportReadErrorsTest {

  /** The rejected run's golden report, changed by {@code edit}. */
  private static String edited(Consumer<ObjectNode> edit) {
    try (InputStream in = ReportReadErrorsTest.class.getResourceAsStream("/reports/run-reject.json")) {
      ObjectNode root = (ObjectNode) CoreJson.mapper().readTree(in);
      edit.accept(root);
      return CoreJson.mapper().writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode firstCheck(ObjectNode root) {
    return (ObjectNode) root.path("registration").path("checks").get(0);
  }

  private static void assertRefused(String json, String message) {
    assertThatThrownBy(() -> Reports.readRun(json))
        .isInstanceOf(ReportFormatException.class)
        .hasMessage("cannot read the report: " + message);
  }

  @Test
  void should_name_the_line_and_column_of_invalid_json() {
    assertThatThrownBy(() -> Reports.readRun("{\n  \"formatVersion\": 1,,\n}"))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageStartingWith("cannot read the report: invalid JSON at line 2, column 22: ");
  }

  @Test
  void should_refuse_a_format_version_from_the_future() {
    assertRefused(edited(root -> root.put("formatVersion", 3)),
        "report.formatVersion 3 is not supported: this library reads formats 1 to 2");
  }

  @Test
  void should_refuse_a_format_version_from_before_the_first() {
    assertRefused(edited(root -> root.put("formatVersion", 0)),
        "report.formatVersion 0 is not supported: this library reads formats 1 to 2");
  }

  @Test
  void should_refuse_paired_intervals_in_a_report_of_format_1() {
    assertRefused(edited(root -> {
      root.put("formatVersion", 1);
      ((ObjectNode) root.get("registration")).remove("intervals");
    }), "report.championChallenger has an unknown field \"paired\"");
  }

  @Test
  void should_refuse_the_candidates_intervals_in_a_report_of_format_1() {
    assertRefused(edited(root -> root.put("formatVersion", 1)),
        "report.registration has an unknown field \"intervals\"");
  }

  @Test
  void should_refuse_a_report_of_format_2_without_paired_intervals() {
    assertRefused(edited(root -> ((ObjectNode) root.get("championChallenger")).remove("paired")),
        "report.championChallenger is missing field \"paired\"");
  }

  @Test
  void should_refuse_a_verdict_where_a_gate_run_is_expected() {
    assertRefused(edited(root -> root.put("type", "verdict")),
        "report.type is \"verdict\", but a gate-run report was expected");
  }

  @Test
  void should_refuse_an_unknown_field() {
    assertRefused(edited(root -> firstCheck(root).put("note", "x")),
        "report.registration.checks[0] has an unknown field \"note\"");
  }

  @Test
  void should_name_every_missing_field_of_an_object() {
    assertRefused(edited(root -> firstCheck(root).remove(List.of("reason", "passed"))),
        "report.registration.checks[0] is missing fields \"passed\", \"reason\"");
  }

  @Test
  void should_refuse_a_field_of_the_wrong_type() {
    assertRefused(edited(root -> firstCheck(root).put("passed", "yes")),
        "field \"passed\" of report.registration.checks[0] must be a boolean, not \"yes\"");
  }

  @Test
  void should_refuse_an_unknown_decision() {
    assertRefused(edited(root -> ((ObjectNode) root.get("registration")).put("decision", "MAYBE")),
        "field \"decision\" of report.registration must be one of REGISTER, REJECT, not \"MAYBE\"");
  }

  @Test
  void should_refuse_a_verdict_of_another_layer_in_a_layers_place() {
    assertRefused(edited(root -> ((ObjectNode) root.get("registration")).put("layer", "PIPELINE")),
        "report.registration.layer is PIPELINE, but REGISTRATION belongs here");
  }

  @Test
  void should_refuse_a_time_that_is_not_an_instant() {
    assertRefused(edited(root -> ((ObjectNode) root.get("pipeline")).put("decidedAt", "noon")),
        "field \"decidedAt\" of report.pipeline must be an ISO-8601 instant such as 2025-03-01T12:00:00Z,"
            + " not \"noon\"");
  }

  @Test
  void should_refuse_a_policy_whose_definition_was_edited() {
    String json = edited(root -> {
      JsonNode check = root.path("policy").path("definition").path("registration").path("checks").get(0);
      ((ObjectNode) check).set("bound", DecimalNode.valueOf(new BigDecimal("30000.00")));
    });

    assertThatThrownBy(() -> Reports.readRun(json))
        .isInstanceOf(ReportFormatException.class)
        .hasMessageMatching("cannot read the report: report.policy.sha256 is sha256:d7ad6dfb[0-9a-f]{56} but the"
            + " definition hashes to sha256:[0-9a-f]{64}: the report was edited");
  }

  @Test
  void should_refuse_a_decision_that_does_not_follow_from_the_verdicts() {
    assertRefused(edited(root -> root.put("decision", "DEPLOY")),
        "report.decision is DEPLOY but the report's content gives SKIP");
  }

  @Test
  void should_refuse_an_undefined_bound() {
    assertRefused(edited(root -> firstCheck(root).put("bound", "NaN")),
        "field \"bound\" of report.registration.checks[0] must be a number, not \"NaN\"");
  }

  @Test
  void should_refuse_a_value_that_breaks_a_rule_of_the_report() {
    assertRefused(edited(root -> root.put("model", " ")), "report is invalid: model name must not be blank");
  }

  @Test
  void should_refuse_a_gate_run_where_a_verdict_is_expected() {
    assertThatThrownBy(() -> Reports.readVerdict(edited(root -> {})))
        .isInstanceOf(ReportFormatException.class)
        .hasMessage("cannot read the report: report.type is \"gate-run\", but a verdict report was expected");
  }

  @Test
  void should_refuse_a_source_that_is_not_a_uri() {
    assertRefused(edited(root -> root.put("source", "s3://models/credit risk")),
        "field \"source\" of report must be a URI, not \"s3://models/credit risk\" (Illegal character in path)");
  }
}
