/**
 * Canary metrics from Prometheus: {@link dev.modelgate.prometheus.PrometheusCanaryMetrics} reads
 * each window's request and error counts, latency quantiles and prediction distribution of the
 * champion and the canary through PromQL instant queries, and maps every gap or error to a typed
 * {@link dev.modelgate.core.spi.MissingKind}.
 *
 * <p>Values in this package are immutable and thread-safe; builders are not thread-safe.
 */
@NullMarked
package dev.modelgate.prometheus;

import org.jspecify.annotations.NullMarked;
