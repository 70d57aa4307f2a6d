package dev.modelgate.mlflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.NoSuchVersionException;
import dev.modelgate.core.spi.RegistryException;
import dev.modelgate.mlflow.fake.Fault;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MLflow's JSON errors become typed exceptions, chosen by error_code, not by HTTP status. */
class ErrorMappingTest extends OnFakeMlflow {

  @ParameterizedTest(name = "{0} ({1}) -> {2}")
  @CsvSource({
    "RESOURCE_DOES_NOT_EXIST, 404, MlflowNotFoundException",
    "ENDPOINT_NOT_FOUND, 404, MlflowNotFoundException",
    "RESOURCE_ALREADY_EXISTS, 400, MlflowAlreadyExistsException",
    "ALREADY_EXISTS, 409, MlflowAlreadyExistsException",
    "INVALID_PARAMETER_VALUE, 400, MlflowInvalidParameterException",
    "BAD_REQUEST, 400, MlflowInvalidParameterException",
    "PERMISSION_DENIED, 403, MlflowPermissionDeniedException",
    "UNAUTHENTICATED, 401, MlflowPermissionDeniedException",
    "RESOURCE_CONFLICT, 409, MlflowException",
    "NOT_IMPLEMENTED, 501, MlflowException",
    "INTERNAL_ERROR, 500, MlflowUnavailableException",
    "REQUEST_LIMIT_EXCEEDED, 429, MlflowUnavailableException",
  })
  void should_map_each_error_code_to_its_exception(String code, int status, String type) {
    registry = builder().maxRetries(0).build();
    mlflow.on("GET", "registered-models/search", Fault.error(code, "it failed"));

    assertThatThrownBy(() -> registry.models())
        .isInstanceOfSatisfying(MlflowException.class, e -> {
          assertThat(e.getClass().getSimpleName()).isEqualTo(type);
          assertThat(e.status()).isEqualTo(status);
          assertThat(e.errorCode()).contains(code);
        })
        .isInstanceOf(RegistryException.class)
        .hasMessage("MLflow answered " + status + " " + code
            + " to GET /api/2.0/mlflow/registered-models/search: it failed");
  }

  @Test
  void should_turn_mlflows_not_found_into_the_registrys_no_such_version() {
    register("fraud", 1);

    assertThatThrownBy(() -> registry.setAlias("fraud", "champion", Optional.empty(), "9", "ci"))
        .isInstanceOf(NoSuchVersionException.class)
        .hasMessage("model \"fraud\" has no version 9");
  }

  @Test
  void should_pass_on_what_mlflow_refuses_that_modelgate_allows() {
    register("fraud", 1);
    String longValue = "x".repeat(300);
    mlflow.on("POST", "model-versions/set-tag",
        Fault.error("INVALID_PARAMETER_VALUE", "Tag value too long"));

    assertThatThrownBy(() -> registry.setTags("fraud", "1", Map.of("note", longValue)))
        .isInstanceOf(MlflowInvalidParameterException.class)
        .hasMessage("MLflow answered 400 INVALID_PARAMETER_VALUE to POST"
            + " /api/2.0/mlflow/model-versions/set-tag: Tag value too long");
  }
}
