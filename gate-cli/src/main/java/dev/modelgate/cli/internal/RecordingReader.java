package dev.modelgate.cli.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.spi.MissingKind;
import dev.modelgate.core.spi.ModelWindowStats;
import dev.modelgate.core.spi.Window;
import dev.modelgate.core.spi.WindowObservation;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a canary recording: a JSON Lines file with one object per analysis window, numbered from
 * 1, each starting where the one before ended and lasting the policy's window length, that holds
 * either both models' statistics ({@code champion}, {@code canary}) or the kind of gap ({@code
 * missing}, {@code detail}). The format is in {@code docs/cli.md}; {@link RecordingWriter} writes
 * it. Every problem of the file is reported at once (up to {@value #MAX_PROBLEMS}), each with its
 * line. Stateless and thread-safe.
 */
public final class RecordingReader {

  static final List<String> FIELDS =
      List.of("window", "start", "end", "champion", "canary", "missing", "detail");
  static final int MAX_PROBLEMS = 20;

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .build();

  private RecordingReader() {}

  /**
   * The windows recorded in {@code file}, in order.
   *
   * @param name the file as messages name it
   * @param interval the policy's window length, which every recorded window must have
   * @throws InputException listing every problem, if the file is missing or malformed
   * @throws IOException if the file cannot be read
   */
  public static List<WindowObservation> read(Path file, String name, Duration interval)
      throws IOException {
    List<String> lines = lines(file, name);
    List<String> problems = new ArrayList<>();
    List<WindowObservation> windows = new ArrayList<>();
    @Nullable Instant previousEnd = null;
    int number = 0;
    for (int i = 0; i < lines.size() && problems.size() < MAX_PROBLEMS; i++) {
      String text = i == 0 ? withoutByteOrderMark(lines.get(0)) : lines.get(i);
      if (text.isBlank()) {
        continue;
      }
      number++;
      WindowObservation window = line(name, i + 1L, text, number, problems);
      if (window != null) {
        sequence(name, i + 1L, window.window(), previousEnd, interval, problems);
        windows.add(window);
      }
      previousEnd = window == null ? null : window.window().end();
    }
    if (problems.size() >= MAX_PROBLEMS) {
      problems.add(name + ": more problems may follow; fix these first");
    }
    if (problems.isEmpty() && windows.isEmpty()) {
      problems.add(RecordingMessages.noWindows(name));
    }
    if (!problems.isEmpty()) {
      throw new InputException(String.join("\n", problems));
    }
    return List.copyOf(windows);
  }

  private static String withoutByteOrderMark(String line) {
    return line.startsWith("\uFEFF") ? line.substring(1) : line;
  }

  private static List<String> lines(Path file, String name) throws IOException {
    if (!Files.exists(file)) {
      throw new InputException(InputMessages.noSuchFile(name));
    }
    if (!Files.isRegularFile(file)) {
      throw new InputException(InputMessages.notARegularFile(name));
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      throw new InputException(InputMessages.unreadable(name, "not valid UTF-8"), e);
    }
  }

  private static @Nullable WindowObservation line(
      String name, long line, String text, int expected, List<String> problems) {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(text);
    } catch (JsonProcessingException e) {
      problems.add(RecordingMessages.notJson(name, line, e.getOriginalMessage()));
      return null;
    }
    if (tree == null || !tree.isObject()) {
      problems.add(RecordingMessages.notJson(name, line, "a line holds one object {...}"));
      return null;
    }
    int before = problems.size();
    RecordFields object = new RecordFields(name, line, "", (ObjectNode) tree, problems);
    object.onlyKnown(FIELDS);
    long index = object.whole("window");
    if (index >= 0 && index != expected) {
      problems.add(RecordingMessages.windowNumber(name, line, expected, index));
    }
    Instant start = instant(object, "start");
    Instant end = instant(object, "end");
    if (start != null && end != null && !end.isAfter(start)) {
      problems.add(RecordingMessages.endBeforeStart(name, line, start, end));
    }
    boolean missing = object.has("missing");
    if (missing && (object.has("champion") || object.has("canary"))) {
      problems.add(RecordingMessages.bothKinds(name, line));
      return null;
    }
    MissingKind kind = missing ? kind(object) : null;
    String detail = object.text("detail", false);
    ModelWindowStats champion = missing ? null : stats(object, "champion");
    ModelWindowStats canary = missing ? null : stats(object, "canary");
    if (problems.size() > before || start == null || end == null) {
      return null;
    }
    Window window = new Window(expected, start, end);
    if (kind != null) {
      return new WindowObservation.Missing(window, kind, detail == null ? "" : detail);
    }
    if (champion == null || canary == null) {
      return null;
    }
    return new WindowObservation.Observed(window, champion, canary);
  }

  private static @Nullable ModelWindowStats stats(RecordFields object, String side) {
    RecordFields fields = object.object(side, true);
    return fields == null ? null : RecordedStats.read(fields, side);
  }

  private static @Nullable MissingKind kind(RecordFields object) {
    String text = object.text("missing", true);
    if (text == null) {
      return null;
    }
    for (MissingKind kind : MissingKind.values()) {
      if (kind.name().equals(text)) {
        return kind;
      }
    }
    object.problem(RecordingMessages.unknownKind(object.file(), object.line(), text,
        Arrays.stream(MissingKind.values()).map(Enum::name).toList()));
    return null;
  }

  private static @Nullable Instant instant(RecordFields object, String field) {
    String text = object.text(field, true);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      object.problem(RecordingMessages.expected(object.file(), object.line(), field,
          "an ISO-8601 instant such as \"2024-06-01T12:00:00Z\"", InputMessages.quote(text)));
      return null;
    }
  }

  private static void sequence(String name, long line, Window window, @Nullable Instant previousEnd,
      Duration interval, List<String> problems) {
    if (previousEnd != null && !window.start().equals(previousEnd)) {
      problems.add(RecordingMessages.gap(name, line, window.index(), window.start(), previousEnd));
    }
    if (!window.length().equals(interval)) {
      problems.add(RecordingMessages.length(name, line, window.index(), window.length(), interval));
    }
  }
}
