package dev.modelgate.core.spi;

import java.io.Serial;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an alias no longer points where the caller saw it, so the compare-and-set move or
 * delete did not happen: a promotion based on a stale champion never lands.
 *
 * <p>The caller re-reads the alias, re-decides on the current champion, and tries again if the
 * decision still holds.
 */
public final class AliasConflictException extends RegistryException {

  @Serial private static final long serialVersionUID = 1L;

  private final String model;
  private final String alias;
  private final @Nullable String expected;
  private final @Nullable String actual;

  /**
   * A conflict on {@code alias} of {@code model}, for example {@code alias "champion" of model
   * "fraud" was expected at version 2 but is at version 3}.
   *
   * @param expected the version the caller saw, empty when it saw the alias unset
   * @param actual the version the alias points to now, empty when it is unset
   */
  public AliasConflictException(
      String model, String alias, Optional<String> expected, Optional<String> actual) {
    super(message(model, alias, expected, actual));
    this.model = model;
    this.alias = alias;
    this.expected = expected.orElse(null);
    this.actual = actual.orElse(null);
  }

  private static String message(
      String model, String alias, Optional<String> expected, Optional<String> actual) {
    return "alias "
        + RegistryNames.quote(alias)
        + " of model "
        + RegistryNames.quote(model)
        + " was expected "
        + expected.map(v -> "at version " + v).orElse("to be unset")
        + " but is "
        + actual.map(v -> "at version " + v).orElse("unset")
        + ": it moved since it was read";
  }

  /** The model whose alias conflicted. */
  public String model() {
    return model;
  }

  /** The alias that conflicted. */
  public String alias() {
    return alias;
  }

  /** The version the caller expected, empty when it expected the alias unset. */
  public Optional<String> expected() {
    return Optional.ofNullable(expected);
  }

  /** The version the alias points to, empty when it is unset. */
  public Optional<String> actual() {
    return Optional.ofNullable(actual);
  }
}
