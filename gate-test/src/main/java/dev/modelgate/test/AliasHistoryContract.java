package dev.modelgate.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.modelgate.core.spi.AliasChange;
import dev.modelgate.core.spi.AliasConflictException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The history of alias moves: who moved which alias from where to where, and when. */
public interface AliasHistoryContract extends RegistryFixture {

  @Test
  default void should_record_every_move_and_deletion_with_who_and_when_oldest_first() {
    registerVersions("fraud", 2);
    Instant before = clock().instant();
    registry().setAlias("fraud", "champion", Optional.empty(), "1", "ci");
    registry().setAlias("fraud", "champion", Optional.of("1"), "2", "alice");
    registry().deleteAlias("fraud", "champion", "2", "bob");
    Instant after = clock().instant();

    List<AliasChange> history = registry().aliasHistory("fraud");

    assertThat(history)
        .extracting(AliasChange::alias, AliasChange::from, AliasChange::to, AliasChange::actor)
        .containsExactly(
            tuple("champion", Optional.empty(), Optional.of("1"), "ci"),
            tuple("champion", Optional.of("1"), Optional.of("2"), "alice"),
            tuple("champion", Optional.of("2"), Optional.empty(), "bob"));
    assertThat(history).allSatisfy(change -> assertThat(change.model()).isEqualTo("fraud"));
    assertThat(history)
        .allSatisfy(
            change ->
                assertThat(recordedBetween(change.at(), before, after))
                    .as(change.toString())
                    .isTrue());
    assertThat(history).extracting(AliasChange::at).isSorted();
  }

  @Test
  default void should_return_the_recorded_change_from_each_move() {
    registerVersions("fraud", 1);

    AliasChange change = registry().setAlias("fraud", "champion", Optional.empty(), "1", "ci");

    assertThat(registry().aliasHistory("fraud")).containsExactly(change);
  }

  @Test
  default void should_not_record_a_refused_move() {
    registerVersions("fraud", 2);
    registry().setAlias("fraud", "champion", Optional.empty(), "1", "ci");

    assertThatThrownBy(() -> registry().setAlias("fraud", "champion", Optional.of("2"), "2", "ci"))
        .isInstanceOf(AliasConflictException.class);

    assertThat(registry().aliasHistory("fraud")).hasSize(1);
  }

  @Test
  default void should_keep_a_history_per_model() {
    registerVersions("fraud", 1);
    registerVersions("churn", 1);

    registry().setAlias("churn", "champion", Optional.empty(), "1", "ci");

    assertThat(registry().aliasHistory("fraud")).isEmpty();
    assertThat(registry().aliasHistory("churn")).singleElement()
        .extracting(AliasChange::model).isEqualTo("churn");
  }
}
