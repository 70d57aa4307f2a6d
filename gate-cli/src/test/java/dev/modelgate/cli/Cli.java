package dev.modelgate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

/** Runs the gate command in-process: stdout and stderr captured, environment and clock injected. */
final class Cli {

  static final Instant NOW = Instant.parse("2024-06-01T12:00:00Z");

  private final Map<String, String> environment = new HashMap<>();
  private Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  private boolean terminal;

  /** The result of one run. */
  record Run(int code, String out, String err) {}

  Cli env(String name, String value) {
    environment.put(name, value);
    return this;
  }

  Cli clock(Clock value) {
    this.clock = value;
    return this;
  }

  Cli terminal() {
    this.terminal = true;
    return this;
  }

  Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        GateCli.builder()
            .environment(environment)
            .out(new PrintWriter(out, true))
            .err(new PrintWriter(err, true))
            .clock(clock)
            .terminal(terminal)
            .build()
            .execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
