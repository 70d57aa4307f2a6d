package dev.modelgate.mlflow;

import dev.modelgate.mlflow.MlflowModelRegistryBuilder.Topic;
import java.math.BigDecimal;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads MLflow's environment variables into a builder, as MLflow's Python client reads them; what
 * cannot be honoured becomes a problem that {@link MlflowModelRegistryBuilder#build()} reports.
 * Values of secrets are never quoted. Stateless and thread-safe.
 */
final class MlflowEnvironment {

  static final String TRACKING_URI = "MLFLOW_TRACKING_URI";
  static final String USERNAME = "MLFLOW_TRACKING_USERNAME";
  static final String PASSWORD = "MLFLOW_TRACKING_PASSWORD";
  static final String TOKEN = "MLFLOW_TRACKING_TOKEN";
  static final String INSECURE_TLS = "MLFLOW_TRACKING_INSECURE_TLS";
  static final String SERVER_CERT_PATH = "MLFLOW_TRACKING_SERVER_CERT_PATH";
  static final String CLIENT_CERT_PATH = "MLFLOW_TRACKING_CLIENT_CERT_PATH";
  static final String AUTH = "MLFLOW_TRACKING_AUTH";
  static final String AWS_SIGV4 = "MLFLOW_TRACKING_AWS_SIGV4";
  static final String TIMEOUT = "MLFLOW_HTTP_REQUEST_TIMEOUT";
  static final String MAX_RETRIES = "MLFLOW_HTTP_REQUEST_MAX_RETRIES";
  static final String BACKOFF_FACTOR = "MLFLOW_HTTP_REQUEST_BACKOFF_FACTOR";

  private MlflowEnvironment() {}

  static void read(Map<String, String> env, MlflowModelRegistryBuilder builder) {
    value(env, TRACKING_URI).ifPresent(uri -> {
      try {
        builder.trackingUri(uri);
      } catch (IllegalArgumentException e) {
        builder.problem(Topic.TRACKING_URI, TRACKING_URI + ": " + e.getMessage());
      }
    });
    credentials(env, builder);
    tls(env, builder);
    value(env, TIMEOUT).ifPresent(seconds -> {
      if (seconds.matches("[0-9]{1,9}") && Long.parseLong(seconds) > 0) {
        builder.requestTimeout(Duration.ofSeconds(Long.parseLong(seconds)));
      } else {
        builder.problem(Topic.TIMEOUT, mustBe(TIMEOUT, "a positive number of seconds", seconds));
      }
    });
    retries(env, builder);
  }

  private static void credentials(Map<String, String> env, MlflowModelRegistryBuilder builder) {
    Optional<String> username = value(env, USERNAME);
    Optional<String> password = value(env, PASSWORD);
    Optional<String> token = value(env, TOKEN);
    if (username.isPresent() && password.isPresent()) {
      try {
        builder.basicAuth(username.get(), password.get());
      } catch (IllegalArgumentException e) {
        builder.problem(Topic.CREDENTIALS, USERNAME + ": " + e.getMessage());
      }
    } else if (token.isPresent()) {
      builder.bearerToken(token.get());
    } else if (username.isPresent() || password.isPresent()) {
      String set = username.isPresent() ? USERNAME : PASSWORD;
      String unset = username.isPresent() ? PASSWORD : USERNAME;
      builder.problem(Topic.CREDENTIALS, set + " is set but " + unset + " is not");
    }
    String supported = ": use " + TOKEN + ", or " + USERNAME + " and " + PASSWORD;
    if (value(env, AUTH).isPresent()) {
      builder.problem(Topic.CREDENTIALS, AUTH + " (an auth plugin of MLflow's Python client)"
          + " is not supported" + supported);
    }
    if (flag(env, AWS_SIGV4, builder, Topic.CREDENTIALS)) {
      builder.problem(Topic.CREDENTIALS, AWS_SIGV4 + " is not supported" + supported);
    }
  }

  private static void tls(Map<String, String> env, MlflowModelRegistryBuilder builder) {
    if (flag(env, INSECURE_TLS, builder, Topic.TLS)) {
      builder.insecureTls(true);
    }
    value(env, SERVER_CERT_PATH).ifPresent(path -> {
      try {
        builder.trustedCertificates(Path.of(path));
      } catch (InvalidPathException e) {
        builder.problem(Topic.TLS, mustBe(SERVER_CERT_PATH, "a file path", path));
      }
    });
    if (value(env, CLIENT_CERT_PATH).isPresent()) {
      builder.problem(Topic.TLS, CLIENT_CERT_PATH + " is not supported: pass an sslContext"
          + " that holds the client's key and certificate");
    }
  }

  private static void retries(Map<String, String> env, MlflowModelRegistryBuilder builder) {
    value(env, MAX_RETRIES).ifPresent(retries -> {
      if (retries.matches("[0-9]{1,4}")) {
        builder.maxRetries(Integer.parseInt(retries));
      } else {
        builder.problem(Topic.RETRIES, mustBe(MAX_RETRIES, "a number from 0 to 9999", retries));
      }
    });
    value(env, BACKOFF_FACTOR).ifPresent(factor -> {
      if (factor.matches("[0-9]{1,4}(\\.[0-9]{1,3})?")) {
        Duration first = Duration.ofMillis(
            new BigDecimal(factor).movePointRight(3).longValueExact());
        builder.backoff(first, first.compareTo(builder.maxBackoff) > 0 ? first : builder.maxBackoff);
      } else {
        builder.problem(Topic.RETRIES, mustBe(BACKOFF_FACTOR, "a number of seconds", factor));
      }
    });
  }

  /** Whether the boolean variable {@code name} is true; MLflow takes true, false, 1 and 0. */
  private static boolean flag(
      Map<String, String> env, String name, MlflowModelRegistryBuilder builder, Topic topic) {
    Optional<String> value = value(env, name);
    if (value.isEmpty()) {
      return false;
    }
    switch (value.get().toLowerCase(Locale.ROOT)) {
      case "true", "1" -> {
        return true;
      }
      case "false", "0" -> {
        return false;
      }
      default -> {
        builder.problem(topic, mustBe(name, "true, false, 1 or 0", value.get()));
        return false;
      }
    }
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    String value = env.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static String mustBe(String name, String what, String value) {
    return name + " must be " + what + ", but is \"" + value + "\"";
  }
}
