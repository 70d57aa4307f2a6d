package dev.modelgate.mlflow.fake;

import java.util.Locale;
import java.util.regex.Pattern;

/** MLflow's validation of aliases, tags and version numbers (contract sheet, sections 2 and 5). */
final class FakeRules {

  static final int MAX_ALIAS_LENGTH = 255;
  static final int MAX_TAG_KEY_LENGTH = 250;
  static final int MAX_TAG_VALUE_LENGTH = 5000;

  private static final Pattern ALIAS =
      Pattern.compile("^[\\w\\-]*$", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern VERSION_ALIAS = Pattern.compile("^[vV]\\d+$");
  private static final Pattern TAG_KEY = Pattern.compile("^[A-Za-z0-9_\\-. /]*$");

  private FakeRules() {}

  static void alias(String alias) {
    if (alias.isEmpty()) {
      throw FakeError.invalid("Registered model alias name cannot be empty.");
    }
    if (!ALIAS.matcher(alias).matches()) {
      throw FakeError.invalid("Invalid alias name: '" + alias + "'. Names may only contain"
          + " alphanumerics, underscores (_), and dashes (-).");
    }
    if (alias.length() > MAX_ALIAS_LENGTH) {
      throw FakeError.invalid("Registered model alias name '" + alias + "' exceeds the maximum"
          + " length of " + MAX_ALIAS_LENGTH + " characters.");
    }
    if (alias.toLowerCase(Locale.ROOT).equals("latest")) {
      throw FakeError.invalid("'latest' alias name (case insensitive) is reserved.");
    }
    if (VERSION_ALIAS.matcher(alias).matches()) {
      throw FakeError.invalid("Version alias name '" + alias + "' is reserved.");
    }
  }

  static void tag(String key, String value) {
    if (key.isEmpty() || key.length() > MAX_TAG_KEY_LENGTH || !TAG_KEY.matcher(key).matches()
        || pathLike(key)) {
      throw FakeError.invalid("Invalid tag name: '" + key + "'. Names may only contain"
          + " alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), and slashes"
          + " (/), and may be at most " + MAX_TAG_KEY_LENGTH + " characters long.");
    }
    if (value.codePointCount(0, value.length()) > MAX_TAG_VALUE_LENGTH) {
      throw FakeError.invalid("Tag value '" + value.substring(0, 20) + "...' had length "
          + value.codePointCount(0, value.length()) + ", which exceeded length limit of "
          + MAX_TAG_VALUE_LENGTH);
    }
  }

  static long version(String version) {
    if (!version.matches("-?[0-9]{1,18}")) {
      throw FakeError.invalid("Model version must be an integer, got '" + version + "'");
    }
    return Long.parseLong(version);
  }

  static void source(String source) {
    if (source.contains("/../") || source.startsWith("../") || source.endsWith("/..")) {
      throw FakeError.invalid("Invalid model version source: '" + source + "'.");
    }
  }

  /** What Python's {@code posixpath.normpath} would change, or a leading {@code /}. */
  private static boolean pathLike(String key) {
    if (key.startsWith("/") || key.endsWith("/")) {
      return true;
    }
    for (String segment : key.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return true;
      }
    }
    return false;
  }
}
