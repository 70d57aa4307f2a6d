package dev.modelgate.core.policy;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

/** Reads a policy that must fail, and gives its problems as the lines a person sees. */
final class FileProblems {

  private FileProblems() {}

  /** The problem lines of the YAML {@code yaml}, read as {@code policy.yaml}. */
  static List<String> ofYaml(String yaml) {
    PolicyFileException e =
        catchThrowableOfType(PolicyFileException.class, () -> PolicyFiles.readYaml(yaml, "policy.yaml"));
    if (e == null) {
      throw new AssertionError("expected problems, but the policy was read:\n" + yaml);
    }
    return List.of(e.getMessage().split("\n"));
  }

  /** The problem lines of the JSON {@code json}, read as {@code policy.json}. */
  static List<String> ofJson(String json) {
    PolicyFileException e =
        catchThrowableOfType(PolicyFileException.class, () -> PolicyFiles.readJson(json, "policy.json"));
    if (e == null) {
      throw new AssertionError("expected problems, but the policy was read:\n" + json);
    }
    return List.of(e.getMessage().split("\n"));
  }
}
