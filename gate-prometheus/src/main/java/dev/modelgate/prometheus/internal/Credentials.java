package dev.modelgate.prometheus.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How requests to Prometheus authenticate: not at all, with a bearer token, or with HTTP basic
 * auth. The secret never leaves through {@code toString()}, and {@link #redact(String)} removes it
 * from any text (an echoing proxy's error page, for example) before that text reaches a report or
 * a log. Immutable and thread-safe.
 */
public sealed interface Credentials {

  /** The mask that replaces secrets. */
  String MASK = "****";

  /** No authentication. */
  static Credentials none() {
    return None.INSTANCE;
  }

  /** The value of the {@code Authorization} header, if any. */
  Optional<String> authorization();

  /** The secrets, longest first, that {@link #redact(String)} masks. */
  List<String> secrets();

  /** {@code text} with every secret replaced by {@value #MASK}. */
  default String redact(String text) {
    String redacted = text;
    for (String secret : secrets()) {
      redacted = redacted.replace(secret, MASK);
    }
    return redacted;
  }

  /** No authentication. */
  enum None implements Credentials {
    /** The only instance. */
    INSTANCE;

    @Override
    public Optional<String> authorization() {
      return Optional.empty();
    }

    @Override
    public List<String> secrets() {
      return List.of();
    }

    @Override
    public String toString() {
      return "none";
    }
  }

  /**
   * A bearer token, sent as {@code Authorization: Bearer <token>}.
   *
   * @param token the token
   */
  record Bearer(String token) implements Credentials {
    /** Checks for null. */
    public Bearer {
      Objects.requireNonNull(token, "token");
    }

    @Override
    public Optional<String> authorization() {
      return Optional.of("Bearer " + token);
    }

    @Override
    public List<String> secrets() {
      return List.of(token);
    }

    @Override
    public String toString() {
      return "bearer " + MASK;
    }
  }

  /**
   * HTTP basic authentication (RFC 7617), sent as {@code Authorization: Basic <base64>}.
   *
   * @param user the user name
   * @param password the password
   */
  record Basic(String user, String password) implements Credentials {
    /** Checks for null. */
    public Basic {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(password, "password");
    }

    private String encoded() {
      return Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Optional<String> authorization() {
      return Optional.of("Basic " + encoded());
    }

    @Override
    public List<String> secrets() {
      return password.isEmpty() ? List.of(encoded()) : List.of(encoded(), password);
    }

    @Override
    public String toString() {
      return "basic " + MASK;
    }
  }
}
