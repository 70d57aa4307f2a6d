package dev.modelgate.cli;

import dev.modelgate.cli.internal.CliContext;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;

/**
 * The {@code gate} command line as a Java object: parses arguments, runs the command and returns
 * its {@link ExitCode}'s status, without touching {@code System.exit}, the real environment or the
 * real clock unless told to.
 *
 * <pre>{@code
 * int status = GateCli.builder()
 *     .environment(Map.of("GITHUB_OUTPUT", "/tmp/out"))
 *     .out(new PrintWriter(stdout, true))
 *     .err(new PrintWriter(stderr, true))
 *     .clock(Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC))
 *     .build()
 *     .execute("evaluate", "--data", "predictions.csv", "--label", "y", "--prediction", "p");
 * }</pre>
 *
 * <p>Immutable; each {@link #execute} parses afresh, so one instance may run commands one after
 * the other, and from several threads as far as its writers allow.
 */
public final class GateCli {

  private final CliContext context;

  private GateCli(CliContext context) {
    this.context = context;
  }

  /** A builder with an empty environment, stdout and stderr, the system clock, no terminal. */
  public static Builder builder() {
    return new Builder();
  }

  /** Runs {@code args} and returns the exit status; see {@link ExitCode}. */
  public int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The picocli command line, wired to this instance's environment, streams and clock. */
  CommandLine commandLine() {
    CommandLine line = new CommandLine(new GateCommand(), new ContextFactory(context));
    line.setOut(context.out());
    line.setErr(context.err());
    line.setCaseInsensitiveEnumValuesAllowed(true);
    line.setExecutionExceptionHandler(new Failures(context));
    line.setParameterExceptionHandler(Failures::usage);
    Map<String, String> all = new LinkedHashMap<>();
    for (ExitCode code : ExitCode.values()) {
      all.put(Integer.toString(code.code()), code.description());
    }
    exitCodes(line, all);
    line.getSubcommands().values().forEach(GateCli::applyExitCodes);
    return line;
  }

  /** Each command lists the statuses it exits with; {@code gate canary} has its own. */
  private static void applyExitCodes(CommandLine line) {
    exitCodes(line, ExitCode.listed(line.getCommandName().equals("canary")));
    line.getSubcommands().values().forEach(GateCli::applyExitCodes);
  }

  private static void exitCodes(CommandLine line, Map<String, String> codes) {
    line.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
  }

  /** Creates commands, handing the context to those whose constructor takes it. */
  private static final class ContextFactory implements CommandLine.IFactory {

    private final CliContext context;

    ContextFactory(CliContext context) {
      this.context = context;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length == 1 && parameters[0] == CliContext.class) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(context));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }

  /** Builds a {@link GateCli}. Not thread-safe. */
  public static final class Builder {

    private Map<String, String> environment = Map.of();
    private PrintWriter out = new PrintWriter(System.out, true);
    private PrintWriter err = new PrintWriter(System.err, true);
    private Clock clock = Clock.systemUTC();
    private boolean terminal;

    private Builder() {}

    /** The environment variables the commands see, such as {@code GITHUB_OUTPUT}. */
    public Builder environment(Map<String, String> variables) {
      this.environment = Map.copyOf(Objects.requireNonNull(variables, "environment"));
      return this;
    }

    /** Where results go. */
    public Builder out(PrintWriter writer) {
      this.out = Objects.requireNonNull(writer, "out");
      return this;
    }

    /** Where errors, warnings and progress go. */
    public Builder err(PrintWriter writer) {
      this.err = Objects.requireNonNull(writer, "err");
      return this;
    }

    /** The clock of decisions and progress. */
    public Builder clock(Clock value) {
      this.clock = Objects.requireNonNull(value, "clock");
      return this;
    }

    /** Whether stderr is an interactive terminal, so that progress is shown. */
    public Builder terminal(boolean value) {
      this.terminal = value;
      return this;
    }

    /** The command line. */
    public GateCli build() {
      return new GateCli(new CliContext(environment, out, err, clock, terminal));
    }
  }
}
