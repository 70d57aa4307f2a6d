/**
 * The service-provider interfaces that adapters implement: the model registry and the publishers of
 * pipeline decisions. Imports nothing from {@code internal}.
 *
 * <p>Implementations must be thread-safe: the gate may call them from any thread.
 */
@NullMarked
package dev.modelgate.core.spi;

import org.jspecify.annotations.NullMarked;
