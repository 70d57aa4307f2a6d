package dev.modelgate.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named number with a direction, such as {@code f1} (higher is better) or {@code error_rate}
 * (lower is better).
 *
 * <p>The name is how policies, reports and evaluations refer to the metric: lower case letters,
 * digits, {@code _} and {@code .}, starting with a letter. The well-known metrics are constants in
 * {@link Metrics}.
 *
 * @param name the metric's name, for example {@code net_benefit}
 * @param direction which way the metric improves
 */
public record Metric(String name, Direction direction) implements Comparable<Metric> {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.]*");

  /** Checks the name. */
  public Metric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(direction, "direction");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "metric name \"" + name + "\" must match [a-z][a-z0-9_.]* (for example net_benefit)");
    }
  }

  /** A metric where larger values are better. */
  public static Metric higherIsBetter(String name) {
    return new Metric(name, Direction.HIGHER_IS_BETTER);
  }

  /** A metric where smaller values are better. */
  public static Metric lowerIsBetter(String name) {
    return new Metric(name, Direction.LOWER_IS_BETTER);
  }

  @Override
  public int compareTo(Metric other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
