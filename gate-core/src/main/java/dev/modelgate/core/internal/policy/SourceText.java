package dev.modelgate.core.internal.policy;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The text of a policy file's bytes: strict UTF-8, a leading byte order mark dropped. Bytes that
 * are not UTF-8 are a problem of the file at the line and column where they start, never replaced.
 */
final class SourceText {

  private SourceText() {}

  /** The text of {@code bytes}, or null when they are not UTF-8 (a problem is recorded). */
  static @Nullable String decode(byte[] bytes, Findings findings) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      findings.add(positionOf(out.flip().toString()), "", FileMessages.notUtf8());
      return null;
    }
    decoder.flush(out);
    return withoutByteOrderMark(out.flip().toString());
  }

  /** {@code text} without a leading byte order mark. */
  static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The position just after {@code prefix}, the text before the first bad byte. */
  private static Position positionOf(String prefix) {
    int lineStart = prefix.lastIndexOf('\n') + 1;
    int line = (int) prefix.chars().filter(c -> c == '\n').count() + 1;
    return new Position(line, prefix.codePointCount(lineStart, prefix.length()) + 1);
  }
}
