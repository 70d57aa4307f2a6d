/**
 * ModelGate test kit: contract tests that every {@code ModelRegistry} implementation extends.
 *
 * <p>JUnit and AssertJ are part of its API, so they are required transitively.
 */
module dev.modelgate.test {
  requires transitive dev.modelgate.core;
  requires transitive org.junit.jupiter.api;
  requires transitive org.assertj.core;
  requires static org.jspecify;

  exports dev.modelgate.test;

  opens dev.modelgate.test to
      org.junit.platform.commons;
}
