package dev.modelgate.metrics.testset;

/**
 * UTF-8 encoding of strings straight into a byte buffer, so that storing a row allocates nothing.
 *
 * <p>Only well-formed UTF-16 text has a UTF-8 form: callers check {@link #firstUnpairedSurrogate}
 * first, because {@link String#getBytes} would silently turn every unpaired surrogate into {@code
 * '?'} and make different ids equal. Stateless and thread-safe.
 */
final class Utf8 {

  private Utf8() {}

  /** The index of the first unpaired surrogate in {@code s}, or -1 if {@code s} is well-formed. */
  static int firstUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  /** The number of UTF-8 bytes of well-formed {@code s}. */
  static int length(String s) {
    int bytes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes += 1;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c)) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** Writes well-formed {@code s} as UTF-8 at {@code offset}; returns the offset after it. */
  static int write(String s, byte[] buffer, int offset) {
    int at = offset;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        buffer[at++] = (byte) c;
      } else if (c < 0x800) {
        buffer[at++] = (byte) (0xC0 | c >> 6);
        buffer[at++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)) {
        int cp = Character.toCodePoint(c, s.charAt(++i));
        buffer[at++] = (byte) (0xF0 | cp >> 18);
        buffer[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
        buffer[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
        buffer[at++] = (byte) (0x80 | cp & 0x3F);
      } else {
        buffer[at++] = (byte) (0xE0 | c >> 12);
        buffer[at++] = (byte) (0x80 | c >> 6 & 0x3F);
        buffer[at++] = (byte) (0x80 | c & 0x3F);
      }
    }
    return at;
  }
}
