package dev.modelgate.kserve.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The entries of {@code status.components.predictor.traffic} (a copy of the Knative Service's
 * {@code status.traffic}), checked: every {@code percent} an integer from 0 to 100 (0 when
 * absent), the percentages summing to 100, and exactly one entry with {@code latestRevision:
 * true}. Immutable and thread-safe.
 */
final class TrafficEntries {

  /** One traffic target: its revision (null when not named), its share, whether it is "latest". */
  record Entry(@Nullable String revisionName, int percent, boolean latestRevision) {}

  private final List<Entry> entries;
  private final Entry latest;

  private TrafficEntries(List<Entry> entries, Entry latest) {
    this.entries = List.copyOf(entries);
    this.latest = latest;
  }

  /** The entries of {@code traffic}, found at {@code path}. */
  static TrafficEntries parse(List<?> traffic, Shape shape, String path) {
    List<Entry> entries = new ArrayList<>();
    List<Entry> latest = new ArrayList<>();
    int sum = 0;
    for (int i = 0; i < traffic.size(); i++) {
      String at = path + "[" + i + "]";
      Map<?, ?> item = shape.optionalObject(traffic.get(i), at);
      if (item == null) {
        throw shape.unexpected(at + " is null, not an object");
      }
      Entry entry =
          new Entry(
              shape.optionalString(item.get("revisionName"), at + ".revisionName"),
              shape.percent(item.get("percent"), at + ".percent"),
              shape.flag(item.get("latestRevision"), at + ".latestRevision"));
      sum += entry.percent();
      entries.add(entry);
      if (entry.latestRevision()) {
        latest.add(entry);
      }
    }
    if (sum != 100) {
      throw shape.unexpected(path + " percentages sum to " + sum + ", not 100");
    }
    if (latest.size() != 1) {
      throw shape.unexpected(
          path + " has " + latest.size() + " entries with latestRevision: true, not 1");
    }
    return new TrafficEntries(entries, latest.get(0));
  }

  /** The entry with {@code latestRevision: true}: the candidate's. */
  Entry latest() {
    return latest;
  }

  /**
   * The share that reaches {@code revision}: the latest entry's plus that of every other entry
   * naming {@code revision}; the latest entry's alone when {@code revision} is null.
   */
  int percentTo(@Nullable String revision) {
    int percent = latest.percent();
    for (Entry entry : entries) {
      if (entry != latest && revision != null && Objects.equals(revision, entry.revisionName())) {
        percent += entry.percent();
      }
    }
    return percent;
  }
}
