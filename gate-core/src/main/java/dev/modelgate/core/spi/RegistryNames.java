package dev.modelgate.core.spi;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The rules for the names a {@link ModelRegistry} stores: model names, aliases, tag keys, version
 * ids and actors. Every registry applies them, so a name valid in one registry is valid in all.
 *
 * <p>A name that could escape a directory ({@code ..}, {@code /}, {@code \}, NUL, an absolute
 * path, an empty or very long name) is refused with a message saying why. Aliases follow MLflow:
 * letters, digits, {@code _} and {@code -}; {@code latest} and {@code v<number>} are reserved
 * (case-insensitively). Stateless and thread-safe.
 */
public final class RegistryNames {

  /** The longest model name, alias or tag key. */
  public static final int MAX_LENGTH = 128;

  /** The longest actor. */
  public static final int MAX_ACTOR_LENGTH = 256;

  private static final Pattern MODEL =
      Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9_-])?");
  private static final Pattern TAG_KEY = MODEL;
  private static final Pattern ALIAS = Pattern.compile("[A-Za-z0-9_-]+");
  private static final Pattern VERSION_REFERENCE = Pattern.compile("[vV][0-9]+");
  private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,17}");
  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:.*");

  private RegistryNames() {}

  /** Returns {@code name} if it is a valid model name, else throws saying why. */
  public static String requireModelName(String name) {
    return require("model name", name, MODEL, "letters, digits, '.', '_' and '-'");
  }

  /** Returns {@code key} if it is a valid tag key, else throws saying why. */
  public static String requireTagKey(String key) {
    return require("tag key", key, TAG_KEY, "letters, digits, '.', '_' and '-'");
  }

  /** Returns {@code alias} if it is a valid, unreserved alias, else throws saying why. */
  public static String requireAlias(String alias) {
    require("alias", alias, ALIAS, "letters, digits, '_' and '-'");
    if (alias.toLowerCase(Locale.ROOT).equals("latest")) {
      throw new IllegalArgumentException(
          "alias " + quote(alias) + " is reserved: it means the newest version");
    }
    if (VERSION_REFERENCE.matcher(alias).matches()) {
      throw new IllegalArgumentException(
          "alias " + quote(alias) + " is reserved: v<number> refers to a version");
    }
    return alias;
  }

  /** Returns {@code version} if it is a version id ({@code 1}, {@code 2}, …), else throws. */
  public static String requireVersion(String version) {
    Objects.requireNonNull(version, "version");
    if (!VERSION.matcher(version).matches()) {
      throw new IllegalArgumentException(
          "version " + quote(version) + " is not a version number (1, 2, 3, ...)");
    }
    return version;
  }

  /** Returns {@code actor} (who makes a change) if it is not blank nor too long, else throws. */
  public static String requireActor(String actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank()) {
      throw new IllegalArgumentException("actor must not be blank: say who makes the change");
    }
    if (actor.length() > MAX_ACTOR_LENGTH) {
      throw new IllegalArgumentException(
          "actor must be at most " + MAX_ACTOR_LENGTH + " characters, but has " + actor.length());
    }
    if (actor.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("actor " + quote(actor) + " contains a control character");
    }
    return actor;
  }

  private static String require(String what, String name, Pattern allowed, String characters) {
    Objects.requireNonNull(name, what);
    if (name.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    if (name.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          what + " must be at most " + MAX_LENGTH + " characters, but has " + name.length());
    }
    String escape = ", which could escape the registry directory";
    if (name.startsWith("/") || name.startsWith("\\") || DRIVE.matcher(name).matches()) {
      throw new IllegalArgumentException(what + " " + quote(name) + " is an absolute path" + escape);
    }
    if (name.equals(".") || name.equals("..")) {
      throw new IllegalArgumentException(what + " " + quote(name) + " is a relative path" + escape);
    }
    for (char separator : new char[] {'/', '\\'}) {
      if (name.indexOf(separator) >= 0) {
        throw new IllegalArgumentException(
            what + " " + quote(name) + " contains '" + separator + "'" + escape);
      }
    }
    name.codePoints()
        .filter(Character::isISOControl)
        .findFirst()
        .ifPresent(
            c -> {
              throw new IllegalArgumentException(
                  what + " " + quote(name) + " contains the control character " + codePoint(c));
            });
    if (!allowed.matcher(name).matches()) {
      throw new IllegalArgumentException(
          what + " " + quote(name) + " may only contain " + characters
              + (allowed == ALIAS ? "" : ", start with a letter or digit and not end with '.'"));
    }
    return name;
  }

  private static String codePoint(int c) {
    return String.format("U+%04X", c);
  }

  /** {@code text} in double quotes, with control characters written as {@code \\uXXXX}. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    text.codePoints()
        .forEach(
            c -> {
              if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }
}
