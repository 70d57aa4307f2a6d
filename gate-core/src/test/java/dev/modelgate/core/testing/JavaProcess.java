package dev.modelgate.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a {@code main} class of the test classpath in a new JVM, for cross-process tests. The
 * child calls {@link #awaitStart()} and the parent {@link #startAll(List)}, so that every child has
 * loaded its classes before any of them begins: they then race for real.
 */
public final class JavaProcess {

  private static final String READY = "ready";

  private JavaProcess() {}

  /** In the child: tells the parent it is ready, then waits for the start signal. */
  public static void awaitStart() throws IOException {
    System.out.println(READY);
    System.out.flush();
    if (System.in.read() < 0) {
      throw new IOException("the parent closed stdin before the start signal");
    }
  }

  /** In the parent: waits until every child is ready, then lets them all go at once. */
  public static void startAll(List<Process> processes) throws IOException {
    for (Process process : processes) {
      String line = firstLine(process);
      if (!READY.equals(line)) {
        throw new IOException("child did not get ready, it printed: " + line + output(process));
      }
    }
    for (Process process : processes) {
      process.getOutputStream().write('\n');
      process.getOutputStream().flush();
    }
  }

  public static Process start(Class<?> main, String... args) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
        "-cp", classpath, main.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
  }

  private static String firstLine(Process process) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int c = process.getInputStream().read(); c >= 0 && c != '\n'; ) {
      line.append((char) c);
      c = process.getInputStream().read();
    }
    return line.toString().strip();
  }

  /** What the process printed, for the failure message of a test. */
  public static String output(Process process) {
    try {
      return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "(output unreadable: " + e + ")";
    }
  }
}
