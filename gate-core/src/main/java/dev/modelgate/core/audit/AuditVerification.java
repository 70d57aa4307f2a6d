package dev.modelgate.core.audit;

/**
 * What {@link AuditLog#verify()} found: an intact chain, or the first bad line and why. Immutable
 * and thread-safe.
 *
 * <p>A chain cannot show that entries were cut from its end: compare {@link Intact#entries()} or
 * {@link Intact#headHash()} with a value kept elsewhere (a report, a tag) to catch that.
 */
public sealed interface AuditVerification {

  /** Whether every line is a well-formed entry that follows the one before it. */
  boolean intact();

  /**
   * Every line checked out.
   *
   * @param entries how many entries the log holds
   * @param headHash the hash of the last entry, {@link AuditEntry#GENESIS_HASH} when empty
   */
  record Intact(long entries, String headHash) implements AuditVerification {
    @Override
    public boolean intact() {
      return true;
    }
  }

  /**
   * The first bad line of the log.
   *
   * @param line the line number, from 1
   * @param problem what is wrong with it
   * @param message the problem in plain words, naming the line
   */
  record Broken(long line, Problem problem, String message) implements AuditVerification {
    @Override
    public boolean intact() {
      return false;
    }

    /** {@code line 3 was edited: its hash does not match its content}. */
    static Broken edited(long line) {
      return new Broken(
          line, Problem.EDITED, "line " + line + " was edited: its hash does not match its content");
    }

    /** {@code line 3 holds entry 4 where entry 3 belongs: entry 3 was removed}. */
    static Broken removed(long line, long found) {
      return new Broken(
          line,
          Problem.REMOVED,
          "line " + line + " holds entry " + found + " where entry " + line
              + " belongs: entry " + line + " was removed");
    }

    /** {@code line 3 holds entry 4 where entry 3 belongs: entries were reordered}. */
    static Broken reordered(long line, long found) {
      return new Broken(
          line,
          Problem.REORDERED,
          "line " + line + " holds entry " + found + " where entry " + line
              + " belongs: entries were reordered");
    }

    /** {@code line 4 does not follow line 3: its prevHash is not the hash of line 3 (...)}. */
    static Broken chainBroken(long line) {
      String message =
          line == 1
              ? "line 1 does not start the chain: its prevHash is not the genesis hash"
              : "line " + line + " does not follow line " + (line - 1)
                  + ": its prevHash is not the hash of line " + (line - 1)
                  + " (one of them was replaced)";
      return new Broken(line, Problem.CHAIN_BROKEN, message);
    }

    /** {@code line 7 is incomplete: the file ends without a line break (truncated)}. */
    static Broken truncated(long line) {
      return new Broken(
          line,
          Problem.TRUNCATED,
          "line " + line + " is incomplete: the file ends without a line break (truncated)");
    }

    /** {@code line 3 is not valid JSON}, or the reason it is not an entry. */
    static Broken badJson(long line, String reason) {
      return new Broken(line, Problem.BAD_JSON, "line " + line + " " + reason);
    }
  }

  /** The ways a line can be bad. */
  enum Problem {
    /** The line's content does not match its own hash. */
    EDITED,
    /** An entry is missing: the line holds a later entry than its position. */
    REMOVED,
    /** Entries are out of order: the line's entry appears elsewhere in the sequence. */
    REORDERED,
    /** The line is self-consistent but its prevHash is not the hash of the line before. */
    CHAIN_BROKEN,
    /** The last line has no line break: the file was cut. */
    TRUNCATED,
    /** The line is empty, not JSON, or not an audit entry. */
    BAD_JSON
  }
}
