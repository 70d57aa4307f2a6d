/**
 * The service-provider interfaces that adapters implement: the model registry, the publishers of
 * pipeline decisions, and for the canary (layer 4) the traffic router and the canary metrics source.
 * Imports nothing from {@code internal}.
 *
 * <p>Implementations must be thread-safe: the gate may call them from any thread.
 */
@NullMarked
package dev.modelgate.core.spi;

import org.jspecify.annotations.NullMarked;
