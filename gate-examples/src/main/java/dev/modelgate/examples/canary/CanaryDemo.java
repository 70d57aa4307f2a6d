package dev.modelgate.examples.canary;

import dev.modelgate.core.canary.CanaryAnalysis;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.examples.training.GermanCreditModel;
import dev.modelgate.examples.training.GermanCreditModels;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The local canary, every scenario in one run: the better challenger against the champion, served
 * healthy (promoted), with an error spike, a latency regression and a prediction shift (each rolled
 * back), and with a metrics outage (never promoted), under the canary gate of the bundled policy.
 * No registry is involved; the main job ({@code Demo}) shows the canary moving {@code @champion}.
 * {@code Demo --canary} runs it:
 *
 * <pre>{@code
 * mvn -B -q -pl gate-examples -am -DskipTests package exec:java -Dexec.args=--canary
 * }</pre>
 */
public final class CanaryDemo {

  private CanaryDemo() {}

  /** Runs every scenario under {@code gate}, simulated time starting at {@code clock}'s minute. */
  public static List<CanaryRun> run(PrintStream out, Clock clock, CanaryGate gate) {
    LocalCanaryRunner runner = LocalCanaryRunner.train(
        GermanCreditModels.load(), GermanCreditModel.CHAMPION, GermanCreditModel.CHALLENGER_BETTER, gate);
    out.println("Local canary: " + runner.candidate().id() + " against " + runner.champion().id());
    out.println(CanaryStory.policy(gate));
    out.println(CanaryStory.SIMULATION);
    Instant start = clock.instant().truncatedTo(ChronoUnit.MINUTES);
    List<CanaryRun> runs = new ArrayList<>();
    for (CanaryScenario scenario : CanaryScenario.values()) {
      out.println();
      out.println("== " + scenario.id() + ": " + runner.candidate().id() + ", " + scenario.description());
      CanaryRun run = runner.run(scenario, start, CanaryAnalysis.builder()
          .model("german-credit", runner.candidate().id(), runner.champion().id()), out);
      out.println("  verdict " + run.verdict().decision() + ": " + run.verdict().summary() + " after "
          + run.verdict().windows().size() + " windows and " + run.requests() + " requests");
      runs.add(run);
      start = run.verdict().finishedAt().truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
    }
    out.println();
    out.println("Summary");
    out.printf(Locale.ROOT, "  %-20s %-9s %-12s %7s %9s%n", "scenario", "decision", "state", "windows", "requests");
    for (CanaryRun run : runs) {
      out.printf(Locale.ROOT, "  %-20s %-9s %-12s %7d %9d%n", run.scenario().id(), run.verdict().decision(),
          run.verdict().state(), run.verdict().windows().size(), run.requests());
    }
    return runs;
  }
}
