package dev.modelgate.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.modelgate.core.internal.io.ProcessLock;
import dev.modelgate.core.internal.json.CoreJson;
import dev.modelgate.core.internal.json.JsonShapeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An append-only audit log: a JSON Lines file in which every line is an {@link AuditEntry} chained
 * to the line before it by a SHA-256 hash, so that {@link #verify()} finds any edited, removed,
 * reordered or truncated line.
 *
 * <pre>{@code
 * AuditLog log = AuditLog.open(Path.of("registry/audit.jsonl"), clock);
 * log.append("verdict", Map.of("model", "fraud", "decision", "HOLD"));
 * AuditVerification check = log.verify();   // Intact[entries=1, headHash=sha256:…]
 * }</pre>
 *
 * <p>Thread-safe, and safe for several processes on one file: each append and each read holds the
 * lock file {@code <file>.lock}, reads the last entry, and writes one whole line with a single
 * forced write. An append never lands after an incomplete last line. Times come from the clock.
 */
public final class AuditLog {

  private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
  private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_.-]{0,63}");

  private final Path file;
  private final Path lockFile;
  private final Clock clock;

  private AuditLog(Path file, Clock clock) {
    this.file = file;
    this.lockFile = file.resolveSibling(file.getFileName() + ".lock");
    this.clock = clock;
  }

  /**
   * The log in {@code file}, created (with its directories) on the first append.
   *
   * @throws AuditLogException if the directory cannot be created
   */
  public static AuditLog open(Path file, Clock clock) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(clock, "clock");
    Path absolute = file.toAbsolutePath();
    try {
      Files.createDirectories(absolute.getParent());
    } catch (IOException e) {
      throw new AuditLogException("cannot create the directory of audit log " + file + ": " + e, e);
    }
    return new AuditLog(absolute, clock);
  }

  /** The log's file. */
  public Path file() {
    return file;
  }

  /**
   * Appends an entry of {@code type} whose payload is {@code payload} written as JSON (strings,
   * numbers, booleans, lists, maps, and core values such as {@code Evaluation}).
   *
   * @throws IllegalArgumentException if {@code type} is not {@code [a-z][a-z0-9_.-]*} (at most 64
   *     characters) or the payload is not a JSON object
   * @throws AuditLogException if the file cannot be written or its last line is incomplete
   */
  public AuditEntry append(String type, Map<String, ?> payload) {
    Objects.requireNonNull(payload, "payload");
    return appendNormalized(requireType(type), AuditCodec.normalizedPayload(payload));
  }

  /** Appends an entry whose payload is the JSON object {@code payloadJson}. */
  public AuditEntry appendJson(String type, String payloadJson) {
    Objects.requireNonNull(payloadJson, "payloadJson");
    JsonNode tree;
    try {
      tree = CoreJson.mapper().readTree(payloadJson);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "payload is not valid JSON at line " + e.getLocation().getLineNr() + ", column "
              + e.getLocation().getColumnNr(), e);
    }
    return appendNormalized(requireType(type), AuditCodec.normalizedPayload(tree));
  }

  /**
   * Checks every line: that it is a complete entry, that its hash matches its content, that its
   * seq is its line number, and that its prevHash is the hash of the line before.
   *
   * @return {@link AuditVerification.Intact} (a missing file is an intact, empty log) or the first
   *     bad line
   * @throws AuditLogException if the file cannot be read
   */
  public AuditVerification verify() {
    return locked("verify", () -> scan(entry -> {}));
  }

  /**
   * Every entry, first to last, after checking the chain as {@link #verify()} does.
   *
   * @throws AuditLogException if the chain is broken, naming the first bad line
   */
  public List<AuditEntry> entries() {
    return locked(
        "read",
        () -> {
          List<AuditEntry> entries = new ArrayList<>();
          if (scan(entries::add) instanceof AuditVerification.Broken broken) {
            throw new AuditLogException("audit log " + file + " is broken: " + broken.message());
          }
          return List.copyOf(entries);
        });
  }

  private AuditEntry appendNormalized(String type, ObjectNode payload) {
    return locked(
        "append to",
        () -> {
          long seq = 1;
          String prevHash = AuditEntry.GENESIS_HASH;
          LineReader.Line last = lastLine();
          if (last != null) {
            AuditEntry previous = previous(last);
            seq = previous.seq() + 1;
            prevHash = previous.hash();
          }
          Instant time = clock.instant();
          String line = AuditCodec.line(seq, time, type, payload, prevHash);
          try (FileChannel channel =
              FileChannel.open(
                  file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                  StandardOpenOption.APPEND)) {
            ByteBuffer bytes = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
              channel.write(bytes);
            }
            channel.force(true);
          }
          AuditEntry entry = AuditCodec.parse(line.getBytes(StandardCharsets.UTF_8)).entry();
          log.atDebug()
              .setMessage("audit entry appended")
              .addKeyValue("file", file)
              .addKeyValue("seq", seq)
              .addKeyValue("type", type)
              .log();
          return entry;
        });
  }

  private LineReader.@Nullable Line lastLine() throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return LineReader.lastLine(channel);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  private AuditEntry previous(LineReader.Line last) {
    String refusal = "cannot append to audit log " + file + ": its last line ";
    if (!last.terminated()) {
      throw new AuditLogException(refusal + "is incomplete (the file was cut); verify() names it");
    }
    try {
      return AuditCodec.parse(last.bytes()).entry();
    } catch (JsonProcessingException | JsonShapeException e) {
      throw new AuditLogException(refusal + "is not an audit entry; verify() names the problem", e);
    }
  }

  private AuditVerification scan(Consumer<AuditEntry> sink) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return ChainCheck.run(new LineReader(in), sink);
    } catch (NoSuchFileException e) {
      return new AuditVerification.Intact(0, AuditEntry.GENESIS_HASH);
    }
  }

  private <T> T locked(String what, ProcessLock.Action<T> action) {
    try {
      return ProcessLock.underLock(lockFile, action);
    } catch (IOException e) {
      throw new AuditLogException("cannot " + what + " audit log " + file + ": " + e, e);
    }
  }

  private static String requireType(String type) {
    Objects.requireNonNull(type, "type");
    if (!TYPE.matcher(type).matches()) {
      throw new IllegalArgumentException(
          "audit entry type \"" + type + "\" must match [a-z][a-z0-9_.-]* and have at most 64"
              + " characters, for example verdict or alias.moved");
    }
    return type;
  }
}
