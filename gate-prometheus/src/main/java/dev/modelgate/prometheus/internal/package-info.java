/**
 * The Prometheus adapter's workings: the HTTP client, the response parser, the PromQL template
 * renderer and the readers that turn query results into window statistics. Not exported; no API.
 */
@NullMarked
package dev.modelgate.prometheus.internal;

import org.jspecify.annotations.NullMarked;
