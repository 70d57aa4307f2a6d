package dev.modelgate.mlflow.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How requests to MLflow authenticate, as MLflow's clients do: none, {@code Authorization: Bearer
 * <token>} or {@code Authorization: Basic base64(user:password)}. Immutable and thread-safe.
 *
 * <p>The secrets never leave this class except in the header: {@link #toString()} says only which
 * kind it is, and {@link #redact} removes every secret (and the user name) from a text that could
 * echo them, such as an error page that prints the request's headers.
 */
public final class Credentials {

  /** What replaces a secret in a redacted text. */
  public static final String REDACTED = "***";

  private static final Credentials NONE = new Credentials("none", null, List.of());

  private final String kind;
  private final @Nullable String header;
  private final List<String> secrets;

  private Credentials(
      String kind, @Nullable String header, List<String> secrets) {
    this.kind = kind;
    this.header = header;
    List<String> sorted = new ArrayList<>(secrets);
    sorted.removeIf(String::isEmpty);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.secrets = List.copyOf(sorted);
  }

  /** No authentication. */
  public static Credentials none() {
    return NONE;
  }

  /** {@code Authorization: Bearer <token>}, as {@code MLFLOW_TRACKING_TOKEN}. */
  public static Credentials bearer(String token) {
    Objects.requireNonNull(token, "token");
    return new Credentials("bearer token", "Bearer " + token, List.of(token));
  }

  /** {@code Authorization: Basic …}, as {@code MLFLOW_TRACKING_USERNAME} and {@code _PASSWORD}. */
  public static Credentials basic(String username, String password) {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    String pair = username + ":" + password;
    String encoded = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    return new Credentials(
        "basic auth", "Basic " + encoded, List.of(pair, encoded, password, username));
  }

  /** The value of the {@code Authorization} header, empty for none. */
  public Optional<String> authorization() {
    return Optional.ofNullable(header);
  }

  /** {@code text} with every secret (token, password, user name, encoded pair) as {@code ***}. */
  public String redact(String text) {
    String redacted = text;
    for (String secret : secrets) {
      redacted = redacted.replace(secret, REDACTED);
    }
    return redacted;
  }

  /** Which kind of credentials these are, {@code none}, {@code bearer token} or {@code basic auth}. */
  @Override
  public String toString() {
    return kind;
  }
}
