/**
 * The machinery behind the commands: streaming CSV, the one-pass evaluation, renderers and the CI
 * output writers. Not an API: anything here may change in any release.
 */
@NullMarked
package dev.modelgate.cli.internal;

import org.jspecify.annotations.NullMarked;
