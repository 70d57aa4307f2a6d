package dev.modelgate.core.internal.policy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Reads one value of a policy file as the type its field needs, recording a "wrong type" problem
 * at the value's position otherwise. Every read returns null when the value is unusable, so that
 * the reader goes on and finds the next problem. Stateless.
 */
final class Values {

  static final String A_STRING = "a string";
  static final String A_NUMBER = "a number";
  static final String A_FINITE_NUMBER = "a finite number";
  static final String A_WHOLE_NUMBER = "a whole number";
  static final String A_LABEL = "a string or a whole number";
  static final String A_MAPPING = "a mapping";
  static final String A_LIST = "a list";

  private Values() {}

  /** A string; blank strings are recorded as a problem when {@code notBlank}. */
  static @Nullable String text(Node node, String path, boolean notBlank, Findings findings) {
    if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Kind.STRING) {
      if (notBlank && scalar.text().isBlank()) {
        findings.add(node.at(), path, FileMessages.blank());
        return null;
      }
      return scalar.text();
    }
    return wrongType(node, path, A_STRING, findings);
  }

  /** A class label: a string, or a whole number taken as written ({@code 1} is the label "1"). */
  static @Nullable String label(Node node, String path, Findings findings) {
    if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Kind.INTEGER) {
      return scalar.text();
    }
    if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Kind.STRING) {
      return text(node, path, true, findings);
    }
    return wrongType(node, path, A_LABEL, findings);
  }

  /** An exact, finite number, with the scale it is written with. */
  static @Nullable BigDecimal number(Node node, String path, Findings findings) {
    if (node instanceof Node.Scalar scalar
        && (scalar.kind() == Node.Kind.INTEGER || scalar.kind() == Node.Kind.DECIMAL)) {
      if (scalar.number() == null) {
        findings.add(node.at(), path, FileMessages.wrongType(A_FINITE_NUMBER, scalar.text()));
      }
      return scalar.number();
    }
    return wrongType(node, path, A_NUMBER, findings);
  }

  /** A number at least 0. */
  static @Nullable BigDecimal nonNegative(Node node, String path, Findings findings) {
    BigDecimal number = number(node, path, findings);
    if (number != null && number.signum() < 0) {
      findings.add(node.at(), path, FileMessages.negative(number));
      return null;
    }
    return number;
  }

  /** A whole number that fits a {@code long}. */
  static @Nullable Long wholeNumber(Node node, String path, Findings findings) {
    if (node instanceof Node.Scalar scalar && scalar.kind() == Node.Kind.INTEGER) {
      BigDecimal number = scalar.number();
      if (number != null
          && number.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
          && number.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
        return number.longValue();
      }
    }
    return wrongType(node, path, A_WHOLE_NUMBER, findings);
  }

  /** A mapping. */
  static Node.@Nullable Mapping mapping(Node node, String path, Findings findings) {
    return node instanceof Node.Mapping mapping ? mapping : wrongType(node, path, A_MAPPING, findings);
  }

  /** A list. */
  static Node.@Nullable Sequence list(Node node, String path, Findings findings) {
    return node instanceof Node.Sequence list ? list : wrongType(node, path, A_LIST, findings);
  }

  private static <T> @Nullable T wrongType(Node node, String path, String expected, Findings findings) {
    if (!(node instanceof Node.Scalar scalar && scalar.kind() == Node.Kind.ALIAS)) {
      findings.add(node.at(), path, FileMessages.wrongType(expected, FileMessages.found(node)));
    }
    return null;
  }
}
