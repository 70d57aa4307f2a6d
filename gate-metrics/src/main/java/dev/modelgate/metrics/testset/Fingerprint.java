package dev.modelgate.metrics.testset;

import java.util.Objects;

/**
 * The fingerprint of a test set: a SHA-256 over its rows' identities and labels in canonical
 * order, written {@code sha256:} followed by 64 lowercase hex digits.
 *
 * <p>Two test sets have the same fingerprint exactly when they hold the same (row id, label) pairs,
 * in whatever order the rows come; a changed label, a missing row or an extra row changes it.
 * Evaluations carry it so that comparing models evaluated on different data is refused.
 *
 * <p>Canonical encoding, format version 1 (the bytes that are hashed):
 *
 * <ol>
 *   <li>the ASCII tag {@value #FORMAT_TAG} followed by a line feed, so a later format can never
 *       produce the same bytes;
 *   <li>the number of rows as an 8-byte big-endian integer;
 *   <li>for each row, sorted by the UTF-8 bytes of its id compared as unsigned numbers (a prefix
 *       sorts first; this is Unicode code point order, not {@link String#compareTo}'s UTF-16
 *       order): the id's UTF-8 length as a 4-byte big-endian integer, the id's UTF-8 bytes, the
 *       label's UTF-8 length as a 4-byte big-endian integer, the label's UTF-8 bytes.
 * </ol>
 *
 * <p>The length prefixes make the encoding unambiguous: rows ("a", "bc") and ("ab", "c") differ.
 * Ids are unique within a test set, so the order is total. Any language reproduces it with a
 * SHA-256 and a byte sort; {@code src/test/python/testset_fixtures.py} is such a second
 * implementation.
 *
 * <p>Immutable and thread-safe.
 */
public final class Fingerprint {

  /** The format tag hashed first; the version changes whenever the encoding does. */
  public static final String FORMAT_TAG = "modelgate-testset-fingerprint:v1";

  /** The text before the hex digits. */
  public static final String PREFIX = "sha256:";

  private static final int HEX_DIGITS = 64;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final String text;

  private Fingerprint(String text) {
    this.text = text;
  }

  static Fingerprint ofDigest(byte[] digest) {
    StringBuilder sb = new StringBuilder(PREFIX.length() + HEX_DIGITS).append(PREFIX);
    for (byte b : digest) {
      sb.append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
    }
    return new Fingerprint(sb.toString());
  }

  /**
   * The fingerprint of the rows {@code (rowIds[i], labels[i])}.
   *
   * @throws IllegalArgumentException if the arrays are empty or differ in length, an id or label is
   *     null, empty or not well-formed UTF-16, or an id repeats; the message names the argument,
   *     the index and the value
   */
  public static Fingerprint of(String[] rowIds, String[] labels) {
    Objects.requireNonNull(rowIds, "rowIds");
    Objects.requireNonNull(labels, "labels");
    RowTable table = RowTable.of(rowIds, labels);
    if (table.rows() == 0) {
      throw TestSetMessages.noRows("a fingerprint");
    }
    return RowHashes.fingerprint(table, table.sortedById(i -> "rowIds[" + i + "]"));
  }

  /**
   * Reads a fingerprint as {@link #toString()} writes it.
   *
   * @throws IllegalArgumentException if {@code text} is not {@code sha256:} followed by exactly 64
   *     lowercase hex digits; the message quotes the text and says what is wrong
   */
  public static Fingerprint parse(String text) {
    Objects.requireNonNull(text, "text");
    if (!text.startsWith(PREFIX)) {
      throw malformed(text, "it does not start with \"" + PREFIX + "\"");
    }
    int digits = text.length() - PREFIX.length();
    for (int i = PREFIX.length(); i < text.length(); i++) {
      char c = text.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        throw malformed(
            text, "character '" + c + "' at index " + i + " is not a lowercase hex digit");
      }
    }
    if (digits != HEX_DIGITS) {
      throw malformed(text, "it has " + digits + " hex digits after \"" + PREFIX + "\"");
    }
    return new Fingerprint(text);
  }

  private static IllegalArgumentException malformed(String text, String reason) {
    String shown = text.length() > 100 ? text.substring(0, 100) + "..." : text;
    return new IllegalArgumentException(
        "fingerprint \"" + shown + "\" is malformed: " + reason + "; expected \"" + PREFIX
            + "\" followed by " + HEX_DIGITS + " lowercase hex digits");
  }

  /** The 64 lowercase hex digits of the SHA-256, without the prefix. */
  public String hex() {
    return text.substring(PREFIX.length());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fingerprint other && text.equals(other.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The fingerprint as {@code sha256:} followed by 64 lowercase hex digits. */
  @Override
  public String toString() {
    return text;
  }
}
