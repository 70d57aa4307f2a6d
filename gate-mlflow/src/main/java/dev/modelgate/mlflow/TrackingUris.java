package dev.modelgate.mlflow;

import java.net.URI;
import java.util.Locale;

/**
 * The rules for a tracking URI: http or https, a host, no credentials, no query or fragment; and
 * their messages, which never echo credentials. Stateless and thread-safe.
 */
final class TrackingUris {

  private TrackingUris() {}

  /** {@code uri} without a final {@code /}, if it follows the rules; else throws saying why. */
  static URI require(URI uri) {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("the tracking URI must not carry credentials: use"
          + " basicAuth (MLFLOW_TRACKING_USERNAME and MLFLOW_TRACKING_PASSWORD) or bearerToken"
          + " (MLFLOW_TRACKING_TOKEN)");
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "the tracking URI " + quote(uri.toString()) + " must start with http:// or https://");
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException(
          "the tracking URI " + quote(uri.toString()) + " has no host");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "the tracking URI " + quote(uri.toString()) + " must not have a query or fragment");
    }
    String text = uri.toString();
    while (text.endsWith("/")) {
      text = text.substring(0, text.length() - 1);
    }
    return URI.create(text);
  }

  /** {@code the tracking URI "…" is not a URI: …}, with any user info masked. */
  static String notAUri(String uri, String reason) {
    return "the tracking URI " + quote(uri) + " is not a URI: " + reason;
  }

  /** {@code text} quoted, with anything between {@code ://} and {@code @} masked. */
  private static String quote(String text) {
    return "\"" + text.replaceAll("(?<=://)[^/?#]*@", "***@") + "\"";
  }
}
