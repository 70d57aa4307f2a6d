package dev.modelgate.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * The {@code gate} executable: {@code java -jar gate.jar <command> [flags]}. Runs {@link GateCli}
 * with the process's environment, stdout, stderr (both UTF-8) and clock, and exits with the
 * command's status.
 */
public final class Main {

  private Main() {}

  /** Runs the command line {@code args} and exits with its status. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int status =
        GateCli.builder()
            .environment(System.getenv())
            .out(out)
            .err(err)
            .clock(Clock.systemUTC())
            .terminal(System.console() != null)
            .build()
            .execute(args);
    out.flush();
    err.flush();
    System.exit(status);
  }
}
