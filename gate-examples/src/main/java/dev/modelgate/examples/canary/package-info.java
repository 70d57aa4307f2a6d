/**
 * A local canary anyone can run with one command: layer 4 of the German credit example on real
 * HTTP, on loopback, with simulated time.
 *
 * <p>The champion's and the candidate's Tribuo models are each served by a JDK HTTP server on
 * 127.0.0.1 (an ephemeral port) that scores an applicant and answers {@code {"label", "score"}}.
 * A serving front routes each request with the core's {@link
 * dev.modelgate.core.canary.LocalTrafficRouter} (80/20 under the default gate), forwards it with
 * {@link java.net.http.HttpClient} and records it into the core's {@link
 * dev.modelgate.core.canary.InProcessCanaryRecorder}; a load generator replays the fixed test set's
 * applicants through the front, and the core's {@link dev.modelgate.core.canary.CanaryAnalysis}
 * judges the windows and moves the traffic.
 *
 * <p><b>Real HTTP, simulated time.</b> Every request really travels over loopback, but time is a
 * simulated clock that the load generator moves one step per request (600 requests per simulated
 * minute), and the analysis waits for a window by driving the generator until the window's end
 * instead of sleeping. The latency recorded is each server's simulated service time (log-normal,
 * seeded), not the loopback's, so a one-minute window takes a fraction of a second and every run
 * gives the same windows on any machine: the router counts exactly, the servers draw from fixed
 * seeds, and requests go one at a time.
 *
 * <p>{@link dev.modelgate.examples.canary.CanaryDemo} runs every {@link
 * dev.modelgate.examples.canary.CanaryScenario}; the main job ({@code Demo}) deploys its promoted
 * challenger through {@link dev.modelgate.examples.canary.CanaryDeployment}, which keeps the
 * registry's {@code @champion} in step with the traffic.
 */
@NullMarked
package dev.modelgate.examples.canary;

import org.jspecify.annotations.NullMarked;
