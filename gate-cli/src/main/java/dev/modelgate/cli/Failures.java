package dev.modelgate.cli;

import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.InputException;
import dev.modelgate.core.DifferentTestSetsException;
import dev.modelgate.core.audit.AuditLogException;
import dev.modelgate.core.spi.RegistryException;
import dev.modelgate.core.spi.TrafficException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Turns what went wrong into an exit status and one line on stderr, {@code gate evaluate:
 * predictions.csv:17: column "score" = "abc" is not a number}: bad flags and input exit {@link
 * ExitCode#INVALID_INPUT}, a refused comparison {@link ExitCode#DIFFERENT_TEST_SETS}, a failing
 * registry, traffic router, audit log or file system {@link ExitCode#INFRASTRUCTURE}, anything
 * else is a defect ({@link ExitCode#INTERNAL_ERROR}, with the stack trace).
 *
 * <p>Stateless apart from the context; thread-safe as far as its writer is.
 */
final class Failures implements CommandLine.IExecutionExceptionHandler {

  private final CliContext context;

  Failures(CliContext context) {
    this.context = context;
  }

  /** The status for a failure of a command's run. */
  static ExitCode classify(Throwable failure) {
    if (failure instanceof InputException) {
      return ExitCode.INVALID_INPUT;
    }
    if (failure instanceof DifferentTestSetsException) {
      return ExitCode.DIFFERENT_TEST_SETS;
    }
    if (failure instanceof RegistryException
        || failure instanceof TrafficException
        || failure instanceof AuditLogException
        || failure instanceof IOException
        || failure instanceof UncheckedIOException) {
      return ExitCode.INFRASTRUCTURE;
    }
    if (failure instanceof IllegalArgumentException) {
      return ExitCode.INVALID_INPUT;
    }
    return ExitCode.INTERNAL_ERROR;
  }

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
    ExitCode code = classify(failure);
    String name = command.getCommandSpec().qualifiedName();
    if (code == ExitCode.INTERNAL_ERROR) {
      context.err().println(name + ": internal error, please report it: " + failure);
      failure.printStackTrace(context.err());
    } else {
      context.err().println(name + ": " + message(failure));
    }
    context.err().flush();
    return code.code();
  }

  /** Prints a usage error and a pointer to the command's help; returns {@code INVALID_INPUT}. */
  static int usage(CommandLine.ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    var err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + failure.getMessage());
    err.println("Try '" + name + " --help' for more information.");
    err.flush();
    return ExitCode.INVALID_INPUT.code();
  }

  private static String message(Throwable failure) {
    if (failure instanceof UncheckedIOException && failure.getCause() != null) {
      return message(failure.getCause());
    }
    String message = failure.getMessage();
    if (failure instanceof IOException) {
      return "I/O error: " + failure.getClass().getSimpleName() + ": " + message;
    }
    return message == null ? failure.getClass().getSimpleName() : message;
  }
}
