package dev.modelgate.cli.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads CSV (RFC 4180) one record at a time, in constant memory, and knows the line each record
 * starts on.
 *
 * <p>Fields are separated by commas; a field in double quotes may hold commas, line breaks and
 * doubled quotes ({@code "a ""b"""} is {@code a "b"}); a quote inside an unquoted field is kept as
 * it is. Records end at LF, CRLF or CR; the last one may lack a line break. Blank lines are skipped,
 * and a UTF-8 byte-order mark at the start is dropped. Input must be UTF-8, checked field by field.
 * Errors name the file and the line: an unclosed quote ({@code predictions.csv:17: a quoted field
 * opens here and is never closed}), text after a closing quote, bytes that are not UTF-8.
 *
 * <p>Not thread-safe.
 */
public final class CsvReader implements Closeable {

  private static final int EOF = -1;

  private final InputStream in;
  private final String file;
  private final byte[] buffer = new byte[1 << 16];
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final List<String> fields = new ArrayList<>();
  private byte[] field = new byte[256];
  private int length;
  private boolean ascii;
  private int position;
  private int limit;
  private long consumed;
  private long line = 1;
  private long recordLine;
  private boolean started;

  private CsvReader(InputStream in, String file) {
    this.in = in;
    this.file = file;
  }

  /**
   * Opens {@code path}; {@code file} is its name in messages, as the user wrote it.
   *
   * @throws InputException if the file does not exist, is not a regular file or cannot be read
   */
  public static CsvReader open(Path path, String file) {
    if (Files.isDirectory(path)) {
      throw new InputException(InputMessages.notARegularFile(file));
    }
    try {
      return new CsvReader(Files.newInputStream(path), file);
    } catch (NoSuchFileException e) {
      throw new InputException(InputMessages.noSuchFile(file), e);
    } catch (AccessDeniedException e) {
      throw new InputException(InputMessages.unreadable(file, "permission denied"), e);
    } catch (IOException e) {
      throw new InputException(InputMessages.unreadable(file, String.valueOf(e.getMessage())), e);
    }
  }

  /** Reads CSV from {@code input}; {@code file} is its name in messages. */
  public static CsvReader of(InputStream input, String file) {
    return new CsvReader(input, file);
  }

  /** The file's name in messages. */
  public String file() {
    return file;
  }

  /** The line the last record returned by {@link #next()} starts on, 1-based. */
  public long recordLine() {
    return recordLine;
  }

  /** The number of bytes read so far, for progress. */
  public long bytesRead() {
    return consumed + position;
  }

  /**
   * The next record's fields, or null at the end of the file.
   *
   * @throws InputException naming the line of malformed CSV or of bytes that are not UTF-8
   * @throws IOException if reading fails
   */
  public String @Nullable [] next() throws IOException {
    int c = read();
    if (!started) {
      started = true;
      c = skipByteOrderMark(c);
    }
    while (c == '\n' || c == '\r') {
      endLine(c);
      c = read();
    }
    if (c == EOF) {
      return null;
    }
    recordLine = line;
    fields.clear();
    while (true) {
      length = 0;
      ascii = true;
      if (c == '"') {
        c = readQuoted();
        if (c != ',' && c != '\n' && c != '\r' && c != EOF) {
          throw new InputException(InputMessages.textAfterQuote(file, line, fields.size() + 1));
        }
      } else {
        while (c != ',' && c != '\n' && c != '\r' && c != EOF) {
          append(c);
          c = read();
        }
      }
      fields.add(decodeField());
      if (c != ',') {
        endLine(c);
        return fields.toArray(new String[0]);
      }
      c = read();
    }
  }

  /** Reads a quoted field after its opening quote; returns the byte after the closing one. */
  private int readQuoted() throws IOException {
    long opened = line;
    while (true) {
      int c = read();
      if (c == EOF) {
        throw new InputException(InputMessages.unclosedQuote(file, opened));
      } else if (c == '"') {
        if (peek() != '"') {
          return read();
        }
        append(read());
      } else {
        append(c);
        if (c == '\r' && peek() == '\n') {
          append(read());
        }
        if (c == '\r' || c == '\n') {
          line++;
        }
      }
    }
  }

  private int skipByteOrderMark(int c) throws IOException {
    if (c == 0xEF && peek() == 0xBB) {
      read();
      if (read() != 0xBF) {
        throw new InputException(InputMessages.notUtf8(file, line));
      }
      return read();
    }
    return c;
  }

  private void append(int b) {
    if (length == field.length) {
      field = Arrays.copyOf(field, length * 2);
    }
    field[length++] = (byte) b;
    ascii &= b < 0x80;
  }

  private String decodeField() {
    if (ascii) {
      return new String(field, 0, length, StandardCharsets.ISO_8859_1);
    }
    try {
      return utf8.decode(ByteBuffer.wrap(field, 0, length)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(InputMessages.notUtf8(file, line), e);
    }
  }

  private void endLine(int c) throws IOException {
    if (c == '\r' && peek() == '\n') {
      read();
    }
    if (c != EOF) {
      line++;
    }
  }

  private int read() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position++] & 0xFF;
  }

  private int peek() throws IOException {
    if (position == limit && !fill()) {
      return EOF;
    }
    return buffer[position] & 0xFF;
  }

  private boolean fill() throws IOException {
    consumed += limit;
    int n = in.read(buffer, 0, buffer.length);
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
