package dev.modelgate.core.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.modelgate.core.audit.AuditVerification.Broken;
import dev.modelgate.core.internal.json.JsonShapeException;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * One pass over an audit log's lines that stops at the first bad one. For each line, in order:
 * complete (has its line break), JSON, an entry, hash matches content, seq equals the line number
 * (else: removed, or reordered when the missing entry appears later), prevHash equals the hash of
 * the line before. Stateless.
 */
final class ChainCheck {

  private ChainCheck() {}

  static AuditVerification run(LineReader lines, Consumer<AuditEntry> sink) throws IOException {
    long number = 0;
    String prevHash = AuditEntry.GENESIS_HASH;
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      number++;
      if (!line.terminated()) {
        return Broken.truncated(number);
      }
      if (line.bytes().length == 0) {
        return Broken.badJson(number, "is empty");
      }
      AuditCodec.Parsed parsed;
      try {
        parsed = AuditCodec.parse(line.bytes());
      } catch (JsonProcessingException e) {
        return Broken.badJson(number, "is not valid JSON");
      } catch (JsonShapeException | IllegalArgumentException e) {
        return Broken.badJson(number, "is not an audit entry: " + e.getMessage());
      }
      AuditEntry entry = parsed.entry();
      if (!parsed.hashMatches()) {
        return Broken.edited(number);
      }
      if (entry.seq() > number) {
        return appearsLater(lines, number)
            ? Broken.reordered(number, entry.seq())
            : Broken.removed(number, entry.seq());
      }
      if (entry.seq() < number) {
        return Broken.reordered(number, entry.seq());
      }
      if (!entry.prevHash().equals(prevHash)) {
        return Broken.chainBroken(number);
      }
      sink.accept(entry);
      prevHash = entry.hash();
    }
    return new AuditVerification.Intact(number, prevHash);
  }

  /** Whether a later line holds entry {@code seq}; unreadable lines are skipped. */
  private static boolean appearsLater(LineReader lines, long seq) throws IOException {
    for (LineReader.Line line = lines.next(); line != null; line = lines.next()) {
      try {
        if (AuditCodec.parse(line.bytes()).entry().seq() == seq) {
          return true;
        }
      } catch (JsonProcessingException | JsonShapeException | IllegalArgumentException e) {
        continue;
      }
    }
    return false;
  }
}
