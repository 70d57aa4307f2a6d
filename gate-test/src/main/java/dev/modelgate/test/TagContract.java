package dev.modelgate.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.ModelVersion;
import dev.modelgate.core.spi.NoSuchVersionException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Tags on versions: how gates record their results. */
public interface TagContract extends RegistryFixture {

  @Test
  default void should_add_and_replace_tags_and_keep_the_others() {
    registerVersions("fraud", 2);

    registry().setTags("fraud", "2", Map.of("modelgate.registration", "REGISTER"));
    ModelVersion tagged =
        registry()
            .setTags(
                "fraud", "2", Map.of("modelgate.registration", "REJECT", "team", "fraud-ops"));

    Map<String, String> expected =
        Map.of("modelgate.registration", "REJECT", "team", "fraud-ops");
    assertThat(tagged.tags()).isEqualTo(expected);
    assertThat(registry().version("fraud", "2").orElseThrow().tags()).isEqualTo(expected);
    assertThat(registry().version("fraud", "1").orElseThrow().tags())
        .isEqualTo(Map.of("team", "risk"));
  }

  @Test
  default void should_change_nothing_but_the_tags() {
    ModelVersion registered = registry().register(RegistrySamples.request("fraud"));

    ModelVersion tagged = registry().setTags("fraud", "1", Map.of("gate", "PROMOTE"));

    assertThat(tagged)
        .usingRecursiveComparison()
        .ignoringFields("tags")
        .isEqualTo(registered);
  }

  @Test
  default void should_refuse_tags_on_a_version_that_does_not_exist() {
    registerVersions("fraud", 1);

    assertThatThrownBy(() -> registry().setTags("fraud", "2", Map.of("gate", "HOLD")))
        .isInstanceOf(NoSuchVersionException.class)
        .hasMessage("model \"fraud\" has no version 2");
    assertThatThrownBy(() -> registry().setTags("churn", "1", Map.of("gate", "HOLD")))
        .isInstanceOf(NoSuchVersionException.class)
        .hasMessage("model \"churn\" has no version 1");
  }
}
