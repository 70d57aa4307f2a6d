/**
 * The service provider interfaces that adapters implement: the model registry and, alongside it,
 * decision publishing.
 *
 * <p>This package imports nothing from ModelGate's {@code internal} packages. Implementations of
 * its interfaces must be thread-safe.
 */
@NullMarked
package dev.modelgate.core.spi;

import org.jspecify.annotations.NullMarked;
