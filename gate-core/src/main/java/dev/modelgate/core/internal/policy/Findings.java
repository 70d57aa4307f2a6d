package dev.modelgate.core.internal.policy;

import dev.modelgate.core.InvalidPolicyException;
import dev.modelgate.core.policy.PolicyFileException;
import dev.modelgate.core.policy.PolicyFileProblem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects every problem found while reading one policy file, so that all of them are reported at
 * once, sorted by where they are. Not thread-safe: one per read.
 */
final class Findings {

  private record Found(Position at, String path, String message) {}

  private final String source;
  private final List<Found> found = new ArrayList<>();

  Findings(String source) {
    this.source = source;
  }

  /** Records a problem of the field at {@code path} (empty for the file as a whole). */
  void add(Position at, String path, String message) {
    found.add(new Found(at, path, message));
  }

  /** How many problems are recorded: a mark for {@link #since}. */
  int count() {
    return found.size();
  }

  /** Whether a problem was recorded after {@code mark} was taken with {@link #count()}. */
  boolean since(int mark) {
    return found.size() > mark;
  }

  /**
   * Builds a value whose rules the reader has already checked, turning any problem it still finds
   * into a problem of the field at {@code path} instead of failing.
   *
   * @return the value, or null when it has problems
   */
  <T> @Nullable T build(Supplier<T> value, Position at, String path) {
    try {
      return value.get();
    } catch (InvalidPolicyException e) {
      e.problems().forEach(problem -> add(at, path, FileMessages.invalid(problem)));
      return null;
    }
  }

  /**
   * Fails when any problem was recorded.
   *
   * @throws PolicyFileException listing every problem, sorted by line and column
   */
  void throwIfAny() {
    if (found.isEmpty()) {
      return;
    }
    List<Found> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing(Found::at, Position::compareTo));
    List<PolicyFileProblem> problems = new ArrayList<>(sorted.size());
    for (Found f : sorted) {
      problems.add(new PolicyFileProblem(source, f.at().line(), f.at().column(), f.path(), f.message()));
    }
    throw new PolicyFileException(source, problems);
  }
}
