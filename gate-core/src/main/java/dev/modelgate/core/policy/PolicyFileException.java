package dev.modelgate.core.policy;

import java.io.Serial;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a policy file cannot be read as a policy: it carries every problem found in the
 * file at once, each with its line, column and field path, sorted by where they are.
 *
 * <p>The message is one line per problem, exactly the problems' {@link PolicyFileProblem#toString()}
 * joined by {@code \n}, so a command line tool can print it as is:
 *
 * <pre>
 * policy.yaml:2:7: name: must not be blank
 * policy.yaml:5:33: registration.require[0].greaterThan: expected a number, got "high"
 * </pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PolicyFileException extends IllegalArgumentException {

  @Serial private static final long serialVersionUID = 1L;

  private final String source;
  private final ArrayList<PolicyFileProblem> problems;

  /**
   * An exception listing {@code problems} of {@code source}, in the order given.
   *
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public PolicyFileException(String source, List<PolicyFileProblem> problems) {
    super(lines(problems));
    this.source = Objects.requireNonNull(source, "source");
    this.problems = new ArrayList<>(problems);
  }

  /** The file the problems are in, or {@code <yaml>} / {@code <json>} for text read from a string. */
  public String source() {
    return source;
  }

  /** Every problem, sorted by line and column. */
  public List<PolicyFileProblem> problems() {
    return Collections.unmodifiableList(problems);
  }

  private static String lines(List<PolicyFileProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a policy file exception needs at least one problem");
    }
    return problems.stream().map(PolicyFileProblem::toString).collect(Collectors.joining("\n"));
  }
}
