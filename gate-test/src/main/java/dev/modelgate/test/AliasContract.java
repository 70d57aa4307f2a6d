package dev.modelgate.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.AliasConflictException;
import dev.modelgate.core.spi.NoSuchVersionException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Reading aliases and moving them with compare-and-set. */
public interface AliasContract extends RegistryFixture {

  @Test
  default void should_read_an_alias_that_was_never_set_as_empty() {
    registerVersions("fraud", 1);

    assertThat(registry().alias("fraud", "champion")).isEmpty();
    assertThat(registry().aliasedVersion("fraud", "champion")).isEmpty();
  }

  @Test
  default void should_set_an_alias_the_caller_saw_unset() {
    registerVersions("fraud", 1);

    AliasChange change = registry().setAlias("fraud", "champion", Optional.empty(), "1", "ci");

    assertThat(registry().alias("fraud", "champion")).contains("1");
    assertThat(registry().aliasedVersion("fraud", "champion"))
        .hasValueSatisfying(version -> assertThat(version.version()).isEqualTo("1"));
    assertThat(change.from()).isEmpty();
    assertThat(change.to()).contains("1");
  }

  @Test
  default void should_move_an_alias_that_still_points_where_the_caller_saw_it() {
    registerVersions("fraud", 2);
    registry().setAlias("fraud", "champion", Optional.empty(), "1", "ci");

    registry().setAlias("fraud", "champion", Optional.of("1"), "2", "ci");

    assertThat(registry().alias("fraud", "champion")).contains("2");
  }

  @Test
  default void should_refuse_a_promotion_based_on_a_stale_champion() {
    registerVersions("fraud", 3);
    registry().setAlias("fraud", "champion", Optional.empty(), "1", "ci");
    Optional<String> seen = registry().alias("fraud", "champion");
    registry().setAlias("fraud", "champion", seen, "2", "other-job");

    assertThatThrownBy(() -> registry().setAlias("fraud", "champion", seen, "3", "ci"))
        .isInstanceOfSatisfying(
            AliasConflictException.class,
            conflict -> {
              assertThat(conflict.model()).isEqualTo("fraud");
              assertThat(conflict.alias()).isEqualTo("champion");
              assertThat(conflict.expected()).contains("1");
              assertThat(conflict.actual()).contains("2");
            })
        .hasMessage(
            "alias \"champion\" of model \"fraud\" was expected at version 1 but is at version 2:"
                + " it moved since it was read");
    assertThat(registry().alias("fraud", "champion")).contains("2");
    assertThat(registry().aliasHistory("fraud")).hasSize(2);
  }

  @Test
  default void should_refuse_to_set_an_alias_the_caller_saw_unset_that_is_now_set() {
    registerVersions("fraud", 2);
    registry().setAlias("fraud", "champion", Optional.empty(), "1", "ci");

    assertThatThrownBy(() -> registry().setAlias("fraud", "champion", Optional.empty(), "2", "ci"))
        .isInstanceOf(AliasConflictException.class)
        .hasMessage(
            "alias \"champion\" of model \"fraud\" was expected to be unset but is at version 1:"
                + " it moved since it was read");
  }

  @Test
  default void should_refuse_to_point_an_alias_at_a_version_that_does_not_exist() {
    registerVersions("fraud", 1);

    assertThatThrownBy(() -> registry().setAlias("fraud", "champion", Optional.empty(), "7", "ci"))
        .isInstanceOf(NoSuchVersionException.class)
        .hasMessage("model \"fraud\" has no version 7");
    assertThatThrownBy(() -> registry().setAlias("churn", "champion", Optional.empty(), "1", "ci"))
        .isInstanceOf(NoSuchVersionException.class)
        .hasMessage("model \"churn\" has no version 1");
    assertThat(registry().alias("fraud", "champion")).isEmpty();
  }

  @Test
  default void should_delete_an_alias_only_where_the_caller_saw_it() {
    registerVersions("fraud", 2);
    registry().setAlias("fraud", "candidate", Optional.empty(), "2", "ci");

    assertThatThrownBy(() -> registry().deleteAlias("fraud", "candidate", "1", "ci"))
        .isInstanceOf(AliasConflictException.class)
        .hasMessage(
            "alias \"candidate\" of model \"fraud\" was expected at version 1 but is at version 2:"
                + " it moved since it was read");
    AliasChange deletion = registry().deleteAlias("fraud", "candidate", "2", "ci");

    assertThat(deletion.isDeletion()).isTrue();
    assertThat(registry().alias("fraud", "candidate")).isEmpty();
    assertThatThrownBy(() -> registry().deleteAlias("fraud", "candidate", "2", "ci"))
        .isInstanceOf(AliasConflictException.class)
        .hasMessage(
            "alias \"candidate\" of model \"fraud\" was expected at version 2 but is unset:"
                + " it moved since it was read");
  }

  @Test
  default void should_keep_the_aliases_of_each_model_apart() {
    registerVersions("fraud", 2);
    registerVersions("churn", 1);

    registry().setAlias("fraud", "champion", Optional.empty(), "2", "ci");
    registry().setAlias("fraud", "candidate", Optional.empty(), "1", "ci");
    registry().setAlias("churn", "champion", Optional.empty(), "1", "ci");

    assertThat(registry().aliases("fraud"))
        .containsExactly(Map.entry("candidate", "1"), Map.entry("champion", "2"));
    assertThat(registry().aliases("churn")).containsExactly(Map.entry("champion", "1"));
  }
}
