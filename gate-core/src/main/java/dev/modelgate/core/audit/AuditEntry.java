package dev.modelgate.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an {@link AuditLog}: a numbered, timestamped event with a JSON payload, chained to
 * the entry before it. Immutable and thread-safe.
 *
 * <p>On disk it is one line of JSON, {@code {"seq":3,"time":"…","type":"verdict","payload":{…},
 * "prevHash":"sha256:…","hash":"sha256:…"}}. {@code hash} is the SHA-256 of the entry's canonical
 * form: the JSON object of every other field, keys sorted at every level, no whitespace, decimals
 * in plain notation, UTF-8. The first entry's {@code prevHash} is {@link #GENESIS_HASH}.
 *
 * @param seq the entry's number: 1 for the first line, then one more per line
 * @param time when the entry was appended, from the log's clock
 * @param type what kind of event it records, such as {@code verdict} or {@code alias.moved}
 * @param payloadJson the event's data: a JSON object in canonical form
 * @param prevHash the hash of the entry before, or {@link #GENESIS_HASH} for the first
 * @param hash {@code sha256:<64 hex>} of this entry's canonical form
 */
public record AuditEntry(
    long seq, Instant time, String type, String payloadJson, String prevHash, String hash) {

  /** The {@code prevHash} of the first entry: {@code sha256:} and 64 zeros. */
  public static final String GENESIS_HASH = "sha256:" + "0".repeat(64);

  /** Checks that no field is missing. */
  public AuditEntry {
    if (seq < 1) {
      throw new IllegalArgumentException("seq = " + seq + " must be at least 1");
    }
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(payloadJson, "payloadJson");
    Objects.requireNonNull(prevHash, "prevHash");
    Objects.requireNonNull(hash, "hash");
  }
}
