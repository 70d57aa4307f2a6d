package dev.modelgate.mlflow.internal;

import dev.modelgate.core.spi.RegistryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Stores tag values of any length within MLflow's limit on a tag value (5000 characters by
 * default), and reads them back whole. Immutable and thread-safe.
 *
 * <p>The rule: a value of at most {@code limit} characters (code points, as MLflow counts) is
 * stored as it is under its key. A longer value is cut into pieces of {@code limit} characters: the
 * first piece under the key itself, so MLflow's UI shows the start of the value; piece {@code i}
 * (from 2) under {@code _modelgate.part.<i>.<key>}; and the number of pieces under {@code
 * _modelgate.parts.<key>}, written after every piece. Reading joins the pieces when the count is
 * there; a count whose pieces are not all there is an error that names the missing piece. Keys
 * starting with {@code _modelgate.} are ModelGate's own (users' keys start with a letter or digit),
 * so they never collide with users' tags.
 */
public final class TagCodec {

  /** The start of every key that ModelGate keeps for itself. */
  public static final String HIDDEN = "_modelgate.";

  /** MLflow's longest registry tag value, in characters. */
  public static final int MLFLOW_LIMIT = 5000;

  static final String PART = HIDDEN + "part.";
  static final String PARTS = HIDDEN + "parts.";

  private final int limit;

  /**
   * A codec that stores at most {@code limit} characters per tag value; at least 10, so that a
   * count of pieces always fits.
   */
  public TagCodec(int limit) {
    if (limit < 10) {
      throw new IllegalArgumentException("limit must be at least 10, but is " + limit);
    }
    this.limit = limit;
  }

  /**
   * One write ({@code value} set) or delete ({@code value} null) of a stored tag.
   *
   * @param key the stored key
   * @param value the value to set, null to delete the tag
   */
  public record TagOp(String key, @Nullable String value) {}

  /**
   * The writes and deletes, in order, that store {@code changes} on an owner whose stored tags are
   * {@code stored}: stale pieces of an earlier, longer value are deleted last.
   */
  public List<TagOp> plan(Map<String, String> changes, Map<String, String> stored) {
    List<TagOp> ops = new ArrayList<>();
    new TreeMap<>(changes).forEach((key, value) -> {
      List<String> pieces = split(Objects.requireNonNull(value, key));
      if (stored.containsKey(PARTS + key)) {
        ops.add(new TagOp(PARTS + key, null));
      }
      for (int i = 2; i <= pieces.size(); i++) {
        ops.add(new TagOp(PART + i + "." + key, pieces.get(i - 1)));
      }
      ops.add(new TagOp(key, pieces.get(0)));
      if (pieces.size() > 1) {
        ops.add(new TagOp(PARTS + key, Integer.toString(pieces.size())));
      }
      for (int stale : storedParts(stored, key)) {
        if (stale > pieces.size()) {
          ops.add(new TagOp(PART + stale + "." + key, null));
        }
      }
    });
    return ops;
  }

  /**
   * The tags whose stored form is {@code stored}, long values joined, sorted by key.
   *
   * @param owner whose tags these are, for messages: {@code version 2 of model "fraud"}
   * @throws RegistryException if a long value misses a piece
   */
  public Map<String, String> decode(Map<String, String> stored, String owner) {
    Map<String, String> tags = new TreeMap<>();
    stored.forEach((key, value) -> {
      if (!key.startsWith(PART) && !key.startsWith(PARTS)) {
        tags.put(key, value);
      }
    });
    stored.forEach((key, value) -> {
      if (key.startsWith(PARTS)) {
        String base = key.substring(PARTS.length());
        tags.put(base, join(stored, base, count(value, owner, key), owner));
      }
    });
    return tags;
  }

  private String join(Map<String, String> stored, String key, int count, String owner) {
    StringBuilder value = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      String piece = stored.get(i == 1 ? key : PART + i + "." + key);
      if (piece == null) {
        throw new RegistryException(MlflowMessages.incompleteTag(owner, key, i, count));
      }
      value.append(piece);
    }
    return value.toString();
  }

  private static int count(String value, String owner, String key) {
    if (!value.matches("[1-9][0-9]{0,5}")) {
      throw new RegistryException(
          MlflowMessages.unreadableTag(owner, key, "not a number of pieces: " + value));
    }
    return Integer.parseInt(value);
  }

  private static TreeSet<Integer> storedParts(Map<String, String> stored, String key) {
    TreeSet<Integer> parts = new TreeSet<>();
    String suffix = "." + key;
    for (String storedKey : stored.keySet()) {
      if (storedKey.startsWith(PART) && storedKey.endsWith(suffix)) {
        String number = storedKey.substring(PART.length(), storedKey.length() - suffix.length());
        if (number.matches("[0-9]{1,6}")) {
          parts.add(Integer.parseInt(number));
        }
      }
    }
    return parts;
  }

  private List<String> split(String value) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (start < value.length() || pieces.isEmpty()) {
      int remaining = value.codePointCount(start, value.length());
      int end = remaining <= limit ? value.length() : value.offsetByCodePoints(start, limit);
      pieces.add(value.substring(start, end));
      start = end;
    }
    return pieces;
  }
}
