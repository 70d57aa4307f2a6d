package dev.modelgate.cli;

import dev.modelgate.cli.internal.CanaryChampion;
import dev.modelgate.cli.internal.CanaryFlagMessages;
import dev.modelgate.cli.internal.CanaryTimeline;
import dev.modelgate.cli.internal.CliContext;
import dev.modelgate.cli.internal.InputException;
import dev.modelgate.core.canary.CanaryAnalysis;
import dev.modelgate.core.canary.CanaryAnalysisBuilder;
import dev.modelgate.core.canary.CanaryGate;
import dev.modelgate.core.canary.CanaryVerdict;
import dev.modelgate.core.registry.FileModelRegistry;
import dev.modelgate.core.spi.TrafficException;
import dev.modelgate.kserve.KServeTrafficRouter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Visibility;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code gate canary}: layer 4, the canary analysis on live traffic or a recording. */
@Command(
    name = "canary",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Layer 4: analyse a canary window by window, then promote it, roll it back or hold it.",
    description = {
      "Moves the canary's share of traffic step by step (the policy's canary section), judges each"
          + " window's error rate, latency and predictions against the champion's, and ends by"
          + " promoting the candidate (all traffic, then @champion with compare-and-set), rolling it"
          + " back, or holding it. Missing data is never a pass.",
      "",
      "Metrics come from Prometheus (--prometheus-url) or a recording (--metrics-file, replayed"
          + " without waiting); traffic moves through a KServe InferenceService (--kserve-namespace,"
          + " --kserve-name) or not at all (--dry-run). Each window is printed as it closes.",
      "",
      "With $GITHUB_OUTPUT set, appends canary-decision (promote/rollback/hold) and canary-report;"
          + " with $GITHUB_STEP_SUMMARY set, appends the timeline in Markdown."
    })
final class CanaryCommand implements Callable<Integer> {

  static final String DEFAULT_ACTOR = "modelgate-canary";

  private final CliContext context;

  @Spec private CommandSpec spec;

  @Option(names = "--policy", required = true, showDefaultValue = Visibility.NEVER,
      paramLabel = "FILE", description = "The quality policy (YAML or JSON); its canary section"
          + " decides.")
  private Path policy = Path.of("");

  @Option(names = "--model", required = true, showDefaultValue = Visibility.NEVER,
      paramLabel = "NAME", description = "The model's name, as the registry and reports name it.")
  private String model = "";

  @Option(names = "--candidate-version", paramLabel = "VERSION",
      description = "The registry version the canary serves; required with --registry.")
  private @Nullable String candidateVersion;

  @Option(names = "--registry", paramLabel = "DIR",
      description = "The file registry: the champion's version is read from @champion, and a"
          + " promotion moves @champion to --candidate-version (nothing is written with"
          + " --dry-run). If gate run already moved @champion to the candidate, any end but a"
          + " promotion moves it back.")
  private @Nullable Path registry;

  @Option(names = "--actor", paramLabel = "NAME", defaultValue = DEFAULT_ACTOR,
      description = "Who moves @champion, as the registry's history records it. Default:"
          + " modelgate-canary.")
  private String actor = DEFAULT_ACTOR;

  @Option(names = "--metrics-file", paramLabel = "FILE",
      description = "Replay the windows recorded in this JSON Lines file (see docs/cli.md)"
          + " instead of reading Prometheus: the clock follows the recording and nothing waits.")
  private @Nullable Path metricsFile;

  @Mixin private PrometheusOptions prometheus = new PrometheusOptions();

  @Option(names = "--record-metrics", paramLabel = "FILE",
      description = "Write every window read from Prometheus to this file, in the format"
          + " --metrics-file replays.")
  private @Nullable Path recordMetrics;

  @Mixin private TrafficOptions traffic = new TrafficOptions();

  @Mixin private CanaryOutputs outputs = new CanaryOutputs();

  CanaryCommand(CliContext context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    CanaryGate gate = GateInputs.policy(policy).canary();
    List<String> problems = new ArrayList<>();
    CanarySource.Flags flags = new CanarySource.Flags(metricsFile, recordMetrics, prometheus);
    CanarySource source = CanarySource.check(flags, context, gate, problems);
    traffic.check(metricsFile != null, problems);
    if (registry != null && candidateVersion == null) {
      problems.add(CanaryFlagMessages.registryNeedsVersion());
    }
    EvaluateCommand.requireNoProblems(spec, problems);
    FileModelRegistry models = null;
    CanaryChampion champion = new CanaryChampion(null, false);
    if (registry != null) {
      if (!Files.isDirectory(registry)) {
        throw new InputException(CanaryFlagMessages.noRegistry(registry.toString()));
      }
      models = FileModelRegistry.open(registry, context.clock());
      champion = CanaryChampion.read(
          models, registry.toString(), model, String.valueOf(candidateVersion));
    }
    CanarySource.Opened metrics = source.open(flags, gate);
    CanaryAnalysisBuilder analysis =
        CanaryAnalysis.builder()
            .gate(gate)
            .model(model, candidateVersion, champion.version())
            .metrics(metrics.metrics())
            .clock(metrics.clock())
            .waiter(metrics.waiter())
            .dryRun(traffic.dryRun)
            .listener(new CanaryTimeline(context.out(), outputs.json()));
    if (models != null && champion.movedByPromotion()) {
      analysis.registry(models, actor);
    }
    outputs.auditLog(context).ifPresent(analysis::auditLog);
    KServeTrafficRouter router = null;
    if (traffic.kserve() && !traffic.dryRun) {
      try {
        router = traffic.connect(context);
        router.observedSplit();
      } catch (TrafficException e) {
        if (router != null) {
          router.close();
        }
        context.err().println(
            spec.qualifiedName() + ": " + CanaryFlagMessages.cannotStart(e.getMessage()));
        return ExitCode.INFRASTRUCTURE.code();
      }
      analysis.router(router);
    }
    CanaryVerdict verdict;
    try {
      verdict = analysis.build().run();
    } finally {
      if (router != null) {
        router.close();
      }
    }
    return outputs.publish(spec, context, verdict, champion, models, actor).code();
  }
}
