package dev.modelgate.metrics.testset;

import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The two hashes over a {@link RowTable}: the seeded split key of a row and the fingerprint of a
 * set of rows in canonical order. Both read the table's buffers directly, so hashing a row
 * allocates nothing. Stateless and thread-safe; the {@link MessageDigest} passed in is not.
 */
final class RowHashes {

  private static final byte[] FORMAT_TAG =
      (Fingerprint.FORMAT_TAG + "\n").getBytes(StandardCharsets.US_ASCII);

  private RowHashes() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }

  /**
   * The first 8 bytes, big-endian, of SHA-256 over {@code prefix} followed by the UTF-8 bytes of
   * the id of {@code row}; {@code digest} is reset and reused, {@code scratch} holds 32 bytes.
   */
  static long key(RowTable table, int row, MessageDigest digest, byte[] prefix, byte[] scratch) {
    digest.update(prefix);
    digest.update(table.buffer(), table.idStart(row), table.idLength(row));
    try {
      digest.digest(scratch, 0, scratch.length);
    } catch (DigestException e) {
      throw new IllegalStateException("SHA-256 refused a 32-byte output buffer", e);
    }
    long key = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      key = key << 8 | (scratch[i] & 0xFF);
    }
    return key;
  }

  /**
   * The fingerprint of the rows {@code inIdOrder} of {@code table}, which must be in canonical
   * order. See {@link Fingerprint} for the encoding.
   */
  static Fingerprint fingerprint(RowTable table, int[] inIdOrder) {
    MessageDigest digest = sha256();
    byte[] scratch = new byte[Long.BYTES];
    digest.update(FORMAT_TAG);
    putBigEndian(scratch, inIdOrder.length, Long.BYTES);
    digest.update(scratch, 0, Long.BYTES);
    for (int row : inIdOrder) {
      int length = table.idLength(row);
      putBigEndian(scratch, length, Integer.BYTES);
      digest.update(scratch, 0, Integer.BYTES);
      digest.update(table.buffer(), table.idStart(row), length);
      byte[] label = table.labelBytes(table.labelOf(row));
      putBigEndian(scratch, label.length, Integer.BYTES);
      digest.update(scratch, 0, Integer.BYTES);
      digest.update(label);
    }
    return Fingerprint.ofDigest(digest.digest());
  }

  private static void putBigEndian(byte[] out, long value, int width) {
    for (int i = 0; i < width; i++) {
      out[i] = (byte) (value >>> 8 * (width - 1 - i));
    }
  }
}
