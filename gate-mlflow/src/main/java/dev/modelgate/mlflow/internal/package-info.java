/**
 * The machinery behind {@link dev.modelgate.mlflow.MlflowModelRegistry}: the REST calls and their
 * retries, the mapping of MLflow's answers to exceptions, tag splitting, alias history tags and the
 * alias compare-and-set. Not exported; nothing here is API.
 */
@NullMarked
package dev.modelgate.mlflow.internal;

import org.jspecify.annotations.NullMarked;
