/**
 * The audit log: an append-only JSON Lines file of every decision, each entry chained to the one
 * before by a SHA-256 hash so that any edited, removed or reordered entry is found by {@link
 * dev.modelgate.core.audit.AuditLog#verify()}.
 */
@NullMarked
package dev.modelgate.core.audit;

import org.jspecify.annotations.NullMarked;
