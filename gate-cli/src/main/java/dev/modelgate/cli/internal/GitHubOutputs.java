package dev.modelgate.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Step outputs for GitHub Actions: appends {@code name=value} lines to the file that {@code
 * $GITHUB_OUTPUT} names, so later steps read {@code steps.<id>.outputs.decision} and jobs {@code
 * needs.<job>.outputs.decision}.
 *
 * <p>A gate run writes {@code decision} ({@code deploy} / {@code skip}), {@code promoted} ({@code
 * true} / {@code false}), {@code candidate-version} (empty when the candidate was not registered),
 * {@code registration} ({@code register} / {@code reject}) and {@code report} (the JSON report's
 * path). A value with a line break is written as a delimited block, {@code
 * name<<ghadelim_<uuid>}, value lines, the delimiter, with a random delimiter that does not occur
 * in the value. The file is appended to in UTF-8, after a line break if it did not end with one.
 *
 * <p>Stateless and thread-safe.
 */
public final class GitHubOutputs {

  /** The environment variable naming the step's output file. */
  public static final String VARIABLE = "GITHUB_OUTPUT";

  private GitHubOutputs() {}

  /** The outputs of {@code outcome}, in the order they are written. */
  public static Map<String, String> of(GateOutcome outcome) {
    Map<String, String> outputs = new LinkedHashMap<>();
    if (outcome.decision() != null) {
      outputs.put("decision", outcome.decision().name().toLowerCase(Locale.ROOT));
    }
    outputs.put("promoted", Boolean.toString(outcome.promoted()));
    outputs.put("registration", outcome.registration().name().toLowerCase(Locale.ROOT));
    String version = outcome.candidateVersion();
    outputs.put("candidate-version", version == null ? "" : version);
    if (outcome.report() != null) {
      outputs.put("report", outcome.report());
    }
    return outputs;
  }

  /**
   * Appends {@code outputs} to {@code file}.
   *
   * @throws IOException if the file cannot be written
   */
  public static void append(Path file, Map<String, String> outputs) throws IOException {
    String text = format(outputs, () -> "ghadelim_" + UUID.randomUUID());
    boolean needsLineBreak = Files.isRegularFile(file) && !endsWithLineBreak(file);
    try (OutputStream out =
        Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      out.write(((needsLineBreak ? "\n" : "") + text).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** The lines of {@code outputs}, delimiters for multi-line values from {@code delimiters}. */
  static String format(Map<String, String> outputs, Supplier<String> delimiters) {
    StringBuilder text = new StringBuilder();
    outputs.forEach(
        (name, value) -> {
          if (value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            text.append(name).append('=').append(value).append('\n');
            return;
          }
          String delimiter = delimiters.get();
          while (value.contains(delimiter)) {
            delimiter = delimiters.get();
          }
          text.append(name).append("<<").append(delimiter).append('\n');
          text.append(value).append('\n').append(delimiter).append('\n');
        });
    return text.toString();
  }

  private static boolean endsWithLineBreak(Path file) throws IOException {
    long size = Files.size(file);
    if (size == 0) {
      return true;
    }
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      ByteBuffer last = ByteBuffer.allocate(1);
      channel.position(size - 1).read(last);
      return last.get(0) == '\n';
    }
  }
}
