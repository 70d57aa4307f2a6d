/**
 * Real models for the end-to-end example, trained in Java with Tribuo on the German credit data
 * and scored on ModelGate's fixed test set.
 *
 * <p>{@link dev.modelgate.examples.training.GermanCreditModels} trains the four models of the
 * example's story and returns their {@link dev.modelgate.examples.training.Predictions}. Values in
 * this package are immutable and thread-safe unless a class says otherwise.
 */
@NullMarked
package dev.modelgate.examples.training;

import org.jspecify.annotations.NullMarked;
