package dev.modelgate.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.RegisterRequest;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegisterRequestTest {

  @Test
  void should_name_every_missing_required_value_at_once() {
    assertThatThrownBy(() -> RegisterRequest.builder().description("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("RegisterRequest is missing model, source");
  }

  @Test
  void should_refuse_a_source_that_is_not_a_uri() {
    assertThatThrownBy(() -> RegisterRequest.builder().source("C:\\models\\fraud"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source \"C:\\models\\fraud\" is not a URI: Illegal character in opaque part");
  }

  @Test
  void should_build_a_request_whose_tags_are_sorted_and_unmodifiable() {
    RegisterRequest.Builder builder =
        RegisterRequest.builder().model("fraud").source(URI.create("s3://m/1")).tag("b", "2");

    RegisterRequest request = builder.tags(Map.of("a", "1")).build();
    builder.tag("c", "3");

    assertThat(request.tags()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    assertThat(request.runId()).isEmpty();
    assertThat(request.evaluation()).isEmpty();
    assertThat(request.description()).isEmpty();
    assertThatThrownBy(() -> request.tags().put("d", "4"))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
