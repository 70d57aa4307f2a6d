package dev.modelgate.cli.internal;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes CSV (RFC 4180) records that {@link CsvReader} reads back field for field: a field is
 * quoted when it holds a comma, a double quote, a CR or an LF, or starts with U+FEFF (which would
 * read as a byte-order mark), with its quotes doubled; and a
 * record of one empty field is written {@code ""} so that it is not a blank line. Lines end with
 * LF; the file is UTF-8 without a byte-order mark.
 *
 * <p>Not thread-safe.
 */
public final class CsvWriter implements Closeable {

  private final Writer out;

  private CsvWriter(Writer out) {
    this.out = out;
  }

  /**
   * Creates or replaces {@code path}, creating its parent directories.
   *
   * @throws IOException if the file cannot be created
   */
  public static CsvWriter create(Path path) throws IOException {
    Path parent = path.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    return new CsvWriter(new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8)));
  }

  /** Writes to {@code out}. */
  public static CsvWriter of(Writer out) {
    return new CsvWriter(out);
  }

  /**
   * Writes one record.
   *
   * @throws IOException if writing fails
   */
  public void write(String[] fields) throws IOException {
    if (fields.length == 1 && fields[0].isEmpty()) {
      out.write("\"\"\n");
      return;
    }
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write(',');
      }
      writeField(fields[i]);
    }
    out.write('\n');
  }

  private void writeField(String value) throws IOException {
    boolean quote = value.startsWith("\uFEFF");
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\r' || c == '\n';
    }
    if (!quote) {
      out.write(value);
      return;
    }
    out.write('"');
    out.write(value.replace("\"", "\"\""));
    out.write('"');
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
