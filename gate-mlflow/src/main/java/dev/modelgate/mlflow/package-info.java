/**
 * The MLflow Model Registry as a ModelGate {@link dev.modelgate.core.spi.ModelRegistry}: {@link
 * dev.modelgate.mlflow.MlflowModelRegistry}, built with {@link
 * dev.modelgate.mlflow.MlflowModelRegistryBuilder} (or from MLflow's environment variables), and
 * the typed {@link dev.modelgate.mlflow.MlflowException}s that MLflow's errors become.
 *
 * <p>Everything here is thread-safe except the builder.
 */
@NullMarked
package dev.modelgate.mlflow;

import org.jspecify.annotations.NullMarked;
