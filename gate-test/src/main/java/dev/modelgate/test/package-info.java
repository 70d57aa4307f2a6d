/**
 * Contract tests for ModelGate's SPIs. Extend {@link dev.modelgate.test.ModelRegistryContract} and
 * implement {@code createRegistry(Clock)} to check a {@code ModelRegistry} against every rule the
 * gates rely on.
 */
@NullMarked
package dev.modelgate.test;

import org.jspecify.annotations.NullMarked;
