package dev.modelgate.core.internal.canary;

import dev.modelgate.core.ModelIdentity;
import dev.modelgate.core.audit.AuditLog;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.CanaryListener;
import dev.modelgate.core.canary.CanaryRetry;
import dev.modelgate.core.canary.CanaryWaiter;
import dev.modelgate.core.spi.CanaryMetrics;
import dev.modelgate.core.spi.ModelRegistry;
import dev.modelgate.core.spi.TrafficRouter;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Everything one canary run needs, as the public analysis hands it over. Immutable.
 *
 * @param gate the policy's canary gate
 * @param model the model, the candidate's version and the champion's
 * @param router the router; null only for a dry run
 * @param metrics the metrics source
 * @param registry the registry whose champion alias a promotion moves; null for none
 * @param actor who moves the alias, for the registry's history
 * @param clock the run's clock
 * @param waiter waits for windows to close and between retries
 * @param retry how actions are confirmed and rollbacks retried
 * @param auditLog where transitions are appended; null for none
 * @param listener hears windows, transitions and actions
 * @param dryRun whether to analyse only
 * @param libraryVersion the running ModelGate version
 */
public record RunSettings(
    CanaryGate gate,
    ModelIdentity model,
    @Nullable TrafficRouter router,
    CanaryMetrics metrics,
    @Nullable ModelRegistry registry,
    String actor,
    Clock clock,
    CanaryWaiter waiter,
    CanaryRetry retry,
    @Nullable AuditLog auditLog,
    CanaryListener listener,
    boolean dryRun,
    String libraryVersion) {}
