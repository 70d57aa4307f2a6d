/**
 * Implementation of {@code GateRun}: the orchestration of the layers around the registry, the
 * recorded registry calls, the gate's tags and the run's messages. Not exported; nothing here is
 * API.
 */
@NullMarked
package dev.modelgate.core.internal.run;

import org.jspecify.annotations.NullMarked;
