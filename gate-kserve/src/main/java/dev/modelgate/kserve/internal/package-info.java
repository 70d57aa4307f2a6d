/**
 * Implementation of the KServe traffic router: the InferenceService as the fabric8 client sees it,
 * the reading of its spec and status, the merge patches, and the messages of every failure. Not an
 * API: may change in any release.
 */
@NullMarked
package dev.modelgate.kserve.internal;

import org.jspecify.annotations.NullMarked;
