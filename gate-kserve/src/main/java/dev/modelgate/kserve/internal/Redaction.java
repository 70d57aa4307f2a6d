package dev.modelgate.kserve.internal;

import java.util.regex.Pattern;

/**
 * Removes credentials from text that is about to become part of a message: the user and password
 * of a URL ({@code https://user:secret@host} becomes {@code https://***@host}), bearer and basic
 * authorization values, and {@code token=}/{@code password=} parameters. Stateless and
 * thread-safe.
 *
 * <p>The fabric8 client does not put credentials into its messages; this is a second line of
 * defence for text that comes from elsewhere (a proxy, the network stack, an API server).
 */
public final class Redaction {

  private static final Pattern URL_USER_INFO = Pattern.compile("(?<=://)[^/@\\s]+@");
  private static final Pattern AUTHORIZATION =
      Pattern.compile("(?i)\\b(bearer|basic)\\s+[A-Za-z0-9._~+/=-]+");
  private static final Pattern SECRET_PARAMETER =
      Pattern.compile("(?i)\\b(token|password|access_token)=[^&\\s]+");

  private Redaction() {}

  /** {@code text} with every credential-shaped part replaced by {@code ***}. */
  public static String redact(String text) {
    String withoutUsers = URL_USER_INFO.matcher(text).replaceAll("***@");
    String withoutAuthorization = AUTHORIZATION.matcher(withoutUsers).replaceAll("$1 ***");
    return SECRET_PARAMETER.matcher(withoutAuthorization).replaceAll("$1=***");
  }
}
