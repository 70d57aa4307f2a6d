package dev.modelgate.core.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.jspecify.annotations.Nullable;

/**
 * Reads a file's lines as bytes, split at {@code \n} only, and says whether each line had its line
 * break; also reads the last line from the end of a channel. Not thread-safe.
 */
final class LineReader {

  private final InputStream in;
  private final byte[] buffer = new byte[8192];
  private int position;
  private int length;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** A line and whether a line break ended it (only the last line of a file can lack one). */
  record Line(byte[] bytes, boolean terminated) {}

  /** The next line, or null at the end of the file. */
  @Nullable Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    boolean started = false;
    while (true) {
      if (position == length) {
        length = Math.max(in.read(buffer), 0);
        position = 0;
        if (length == 0) {
          return started ? new Line(line.toByteArray(), false) : null;
        }
      }
      started = true;
      for (int i = position; i < length; i++) {
        if (buffer[i] == '\n') {
          line.write(buffer, position, i - position);
          position = i + 1;
          return new Line(line.toByteArray(), true);
        }
      }
      line.write(buffer, position, length - position);
      position = length;
    }
  }

  /**
   * The last line of the file open in {@code channel}, without its line break; null when the file
   * is empty.
   */
  static @Nullable Line lastLine(FileChannel channel) throws IOException {
    long size = channel.size();
    if (size == 0) {
      return null;
    }
    boolean terminated = byteAt(channel, size - 1) == '\n';
    long end = terminated ? size - 1 : size;
    long start = end;
    ByteBuffer chunk = ByteBuffer.allocate(4096);
    while (start > 0) {
      long from = Math.max(0, start - chunk.capacity());
      chunk.clear().limit((int) (start - from));
      readFully(channel, chunk, from);
      int newline = lastIndexOf(chunk.array(), chunk.position());
      if (newline >= 0) {
        start = from + newline + 1;
        break;
      }
      start = from;
    }
    ByteBuffer line = ByteBuffer.allocate((int) (end - start));
    readFully(channel, line, start);
    return new Line(line.array(), terminated);
  }

  private static byte byteAt(FileChannel channel, long offset) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    readFully(channel, one, offset);
    return one.get(0);
  }

  private static void readFully(FileChannel channel, ByteBuffer into, long offset)
      throws IOException {
    while (into.hasRemaining()) {
      if (channel.read(into, offset + into.position()) < 0) {
        throw new IOException("file shrank while being read at offset " + offset);
      }
    }
  }

  private static int lastIndexOf(byte[] bytes, int length) {
    for (int i = length - 1; i >= 0; i--) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
