package dev.modelgate.cli.internal;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a command may use of the world around it: the environment variables, stdout and stderr, the
 * clock and whether stderr is a terminal. Injected, so tests run commands in-process with a map for
 * an environment and a fixed clock.
 *
 * <p>Immutable; thread-safe as far as its writers are.
 *
 * @param environment the environment variables, such as {@code GITHUB_OUTPUT}
 * @param out where the command's result goes (stdout)
 * @param err where errors, warnings and progress go (stderr)
 * @param clock the time of decisions and of progress updates
 * @param terminal whether stderr is an interactive terminal, so progress may be shown
 */
public record CliContext(
    Map<String, String> environment,
    PrintWriter out,
    PrintWriter err,
    Clock clock,
    boolean terminal) {

  /** Copies the environment. */
  public CliContext {
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    Objects.requireNonNull(out, "out");
    Objects.requireNonNull(err, "err");
    Objects.requireNonNull(clock, "clock");
  }

  /** The value of environment variable {@code name}, empty when it is unset or empty. */
  public Optional<String> variable(String name) {
    String value = environment.get(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
