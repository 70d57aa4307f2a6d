package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.mlflow.fake.Fault;
import org.junit.jupiter.api.Test;

/** Answers that are not MLflow's JSON give an error naming the status and the content type. */
class NonJsonAnswerTest extends OnFakeMlflow {

  private static final String SEARCH = "registered-models/search";

  @Test
  void should_explain_mlflow_3s_plain_text_refusal_of_an_unknown_host_header() {
    mlflow.on("GET", SEARCH, Fault.answer(403, "text/plain; charset=utf-8",
        "Invalid Host header - possible DNS rebinding attack detected"));

    assertThatThrownBy(() -> registry.models())
        .isInstanceOfSatisfying(MlflowUnexpectedResponseException.class,
            e -> assertThat(e.status()).isEqualTo(403))
        .hasMessage("MLflow answered 403 with text/plain instead of MLflow JSON to GET"
            + " /api/2.0/mlflow/registered-models/search: \"Invalid Host header - possible DNS"
            + " rebinding attack detected\"; the server refuses the Host header \"127.0.0.1:"
            + mlflow.uri().getPort() + "\": add it to the server's --allowed-hosts");
  }

  @Test
  void should_refuse_a_login_page_that_a_proxy_answers_with_200() {
    String page = "<!DOCTYPE html>\n<html>\n  <head><title>Sign in</title></head>\n"
        + "  <body>" + "x".repeat(300) + "</body>\n</html>";
    mlflow.on("GET", SEARCH, Fault.answer(200, "text/html", page));
    String start = "<!DOCTYPE html> <html> <head><title>Sign in</title></head> <body>";

    assertThatThrownBy(() -> registry.models())
        .isInstanceOf(MlflowUnexpectedResponseException.class)
        .hasMessage("MLflow answered 200 with text/html instead of MLflow JSON to GET"
            + " /api/2.0/mlflow/registered-models/search: \"" + start
            + "x".repeat(200 - start.length()) + "…\"");
    assertThat(waits).isEmpty();
  }

  @Test
  void should_retry_a_proxy_error_page_and_then_name_it() {
    Fault badGateway = Fault.answer(502, "text/html", "<html><h1>502 Bad Gateway</h1></html>");
    mlflow.on("GET", SEARCH, badGateway, badGateway, badGateway, badGateway, badGateway);

    assertThatThrownBy(() -> registry.models())
        .isInstanceOf(MlflowUnavailableException.class)
        .hasMessage("MLflow answered 502 with text/html instead of MLflow JSON to GET"
            + " /api/2.0/mlflow/registered-models/search: \"<html><h1>502 Bad Gateway</h1></html>\""
            + " (gave up after 5 attempts)");
  }

  @Test
  void should_say_when_an_answer_has_neither_content_type_nor_body() {
    mlflow.on("GET", SEARCH, Fault.answer(418, "", ""));

    assertThatThrownBy(() -> registry.models())
        .hasMessage("MLflow answered 418 with no content type instead of MLflow JSON to GET"
            + " /api/2.0/mlflow/registered-models/search: (empty body)");
  }

  @Test
  void should_refuse_json_that_lacks_what_the_call_returns() {
    register("fraud", 1);
    mlflow.on("GET", GET_VERSION, Fault.answer(200, "application/json", "{}"));

    assertThatThrownBy(() -> registry.version("fraud", "1"))
        .isInstanceOf(MlflowUnexpectedResponseException.class)
        .hasMessage("MLflow answered GET /api/2.0/mlflow/model-versions/get without"
            + " \"model_version\"");
  }

  @Test
  void should_refuse_json_errors_without_an_error_code() {
    mlflow.on("GET", SEARCH, Fault.answer(400, "application/json", "{\"detail\": \"nope\"}"));

    assertThatThrownBy(() -> registry.models())
        .isInstanceOf(MlflowUnexpectedResponseException.class)
        .hasMessage("MLflow answered 400 with application/json instead of MLflow JSON to GET"
            + " /api/2.0/mlflow/registered-models/search: \"{\"detail\": \"nope\"}\"");
  }
}
