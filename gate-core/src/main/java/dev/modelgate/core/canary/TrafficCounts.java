package dev.modelgate.core.canary;

/**
 * The requests and errors each model served in one canary window, as the metrics source reported
 * them. Immutable and thread-safe.
 *
 * @param championRequests the champion's requests
 * @param championErrors the champion's failed requests
 * @param canaryRequests the canary's requests
 * @param canaryErrors the canary's failed requests
 */
public record TrafficCounts(
    long championRequests, long championErrors, long canaryRequests, long canaryErrors) {}
