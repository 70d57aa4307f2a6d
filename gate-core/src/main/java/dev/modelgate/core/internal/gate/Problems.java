package dev.modelgate.core.internal.gate;

import dev.modelgate.core.InvalidPolicyException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects every problem of a value under construction so that all of them are reported at once.
 *
 * <p>Not thread-safe: one collector belongs to one constructor or {@code build()} call.
 */
public final class Problems {

  private final List<String> problems = new ArrayList<>();

  /** Records a problem. */
  public void add(String problem) {
    problems.add(problem);
  }

  /** Records a problem when {@code condition} holds. */
  public void addIf(boolean condition, Supplier<String> problem) {
    if (condition) {
      problems.add(problem.get());
    }
  }

  /**
   * Builds a part, recording its problems instead of failing.
   *
   * @return the part, or null when it has problems
   */
  public <T> @Nullable T collect(Supplier<T> part) {
    try {
      return part.get();
    } catch (InvalidPolicyException e) {
      problems.addAll(e.problems());
      return null;
    }
  }

  /** Whether any problem was recorded. */
  public boolean any() {
    return !problems.isEmpty();
  }

  /**
   * Fails when any problem was recorded.
   *
   * @throws InvalidPolicyException listing every recorded problem
   */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InvalidPolicyException(problems);
    }
  }
}
