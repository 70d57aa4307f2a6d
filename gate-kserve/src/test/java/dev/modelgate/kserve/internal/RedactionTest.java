package dev.modelgate.kserve.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Credentials are cut out of text before it becomes part of a message. */
class RedactionTest {

  @Test
  void should_remove_the_user_and_password_of_a_url() {
    assertThat(Redaction.redact("GET https://admin:s3cret@k8s.example.com:6443/api failed"))
        .isEqualTo("GET https://***@k8s.example.com:6443/api failed");
  }

  @Test
  void should_remove_bearer_and_basic_credentials() {
    assertThat(Redaction.redact("Authorization: Bearer eyJhbGciOi.J9x-_y; Basic YWRtaW46cw=="))
        .isEqualTo("Authorization: Bearer ***; Basic ***");
  }

  @Test
  void should_remove_token_and_password_parameters() {
    assertThat(Redaction.redact("/login?user=ci&password=hunter2&token=abc123 refused"))
        .isEqualTo("/login?user=ci&password=***&token=*** refused");
  }

  @Test
  void should_leave_text_without_credentials_unchanged() {
    String text = "inferenceservices.serving.kserve.io \"fraud-model\" not found at https://k8s:6443/apis";

    assertThat(Redaction.redact(text)).isEqualTo(text);
  }
}
