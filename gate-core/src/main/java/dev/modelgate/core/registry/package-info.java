/**
 * The built-in model registries: {@link dev.modelgate.core.registry.InMemoryModelRegistry} for
 * tests and one-off runs, and {@link dev.modelgate.core.registry.FileModelRegistry}, a directory
 * of human-readable JSON that is the embedded default of the examples and the command line.
 *
 * <p>Both implement {@link dev.modelgate.core.spi.ModelRegistry}, are thread-safe, and pass the
 * contract kit in {@code gate-test}.
 */
@NullMarked
package dev.modelgate.core.registry;

import org.jspecify.annotations.NullMarked;
