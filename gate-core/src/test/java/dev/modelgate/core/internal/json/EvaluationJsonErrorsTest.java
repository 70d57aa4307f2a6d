package dev.modelgate.core.internal.json;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.modelgate.core.Evaluation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvaluationJsonErrorsTest {

  private static final String FP = EvaluationJsonTest.FINGERPRINT;

  private final ObjectMapper mapper = CoreJson.newMapper();

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "[]"
            + "| evaluation must be a JSON object, not an array",
        "{\"rows\": 3}"
            + "| evaluation is missing fields \"testSetFingerprint\", \"metrics\"",
        "{\"testSetFingerprint\": \"FP\", \"rows\": 3, \"metrics\": {}, \"extra\": 1}"
            + "| evaluation has an unknown field \"extra\"",
        "{\"testSetFingerprint\": \"FP\", \"rows\": \"3\", \"metrics\": {}}"
            + "| field \"rows\" of evaluation must be a whole number, not \"3\"",
        "{\"testSetFingerprint\": \"FP\", \"rows\": 3.5, \"metrics\": {}}"
            + "| field \"rows\" of evaluation must be a whole number, not the number 3.5",
        "{\"testSetFingerprint\": \"FP\", \"rows\": 3, \"metrics\": []}"
            + "| field \"metrics\" of evaluation must be an object, not an array",
        "{\"testSetFingerprint\": \"FP\", \"rows\": 3, \"metrics\": {\"f1\": \"abc\"}}"
            + "| value of metric \"f1\" must be a number or \"NaN\", not \"abc\"",
        "{\"testSetFingerprint\": \"FP\", \"rows\": 3, \"metrics\": {\"f1\": true}}"
            + "| value of metric \"f1\" must be a number or \"NaN\", not a boolean",
        "{\"testSetFingerprint\": \"FP\", \"rows\": 3, \"metrics\": {\"f1\": {\"direction\": \"higher_is_better\"}}}"
            + "| metric \"f1\" is missing field \"value\"",
        "{\"testSetFingerprint\": \"FP\", \"rows\": 3, \"metrics\": {\"f1\": {\"value\": 1, \"direction\": \"up\"}}}"
            + "| direction of metric \"f1\" must be \"higher_is_better\" or \"lower_is_better\", not \"up\"",
        "{\"testSetFingerprint\": \"FP\", \"rows\": 3, \"metrics\": {\"uplift\": 0.1}}"
            + "| metric \"uplift\" is not a well-known metric, so its direction must be given:"
            + " {\"value\": ..., \"direction\": \"higher_is_better\"}",
        "{\"testSetFingerprint\": \"FP\", \"rows\": 3, \"metrics\": {\"F1\": 0.1}}"
            + "| metric \"F1\" is not a well-known metric, so its direction must be given:"
            + " {\"value\": ..., \"direction\": \"higher_is_better\"}",
        "{\"testSetFingerprint\": \"FP\", \"rows\": 0, \"metrics\": {}}"
            + "| evaluation is invalid: rows = 0 must be at least 1",
        "{\"testSetFingerprint\": \"md5:1\", \"rows\": 3, \"metrics\": {}}"
            + "| evaluation is invalid: test set fingerprint \"md5:1\" is not of the form"
            + " sha256:<64 lower-case hex digits>",
      })
  void should_refuse_a_malformed_evaluation_naming_the_field(String json, String message) {
    assertThatThrownBy(() -> mapper.readValue(json.replace("FP", FP), Evaluation.class))
        .isInstanceOf(MismatchedInputException.class)
        .extracting(e -> ((MismatchedInputException) e).getOriginalMessage())
        .isEqualTo(message.strip());
  }
}
