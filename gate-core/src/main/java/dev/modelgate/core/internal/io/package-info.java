/**
 * File primitives shared by the file registry and the audit log: atomic replacement of a file and
 * a lock that excludes other threads and other processes. Not exported.
 */
@NullMarked
package dev.modelgate.core.internal.io;

import org.jspecify.annotations.NullMarked;
