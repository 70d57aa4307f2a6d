/**
 * The {@code gate} command line: {@link dev.modelgate.cli.GateCli} runs it in-process, {@link
 * dev.modelgate.cli.Main} from a shell, and {@link dev.modelgate.cli.ExitCode} lists what its exit
 * status means.
 */
@NullMarked
package dev.modelgate.cli;

import org.jspecify.annotations.NullMarked;
