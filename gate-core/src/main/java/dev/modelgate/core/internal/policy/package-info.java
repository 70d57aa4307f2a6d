/**
 * Reading and writing policy files: a YAML or JSON parse into a tree that keeps every value's line
 * and column, readers that walk it section by section and collect every problem with its field
 * path, and a writer whose output reads back to an equal policy. Not exported; the API is {@code
 * dev.modelgate.core.policy.PolicyFiles}.
 */
@NullMarked
package dev.modelgate.core.internal.policy;

import org.jspecify.annotations.NullMarked;
