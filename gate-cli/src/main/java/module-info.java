/**
 * The {@code gate} command: evaluates predictions files, splits test sets, shows and drives a
 * registry (a directory or the MLflow Model Registry) through the gates, and hands decisions to CI
 * systems (GitHub Actions, Kubeflow Pipelines).
 *
 * <p>An application, shipped as one executable jar ({@code gate-cli/target/gate.jar}) that carries
 * its SLF4J binding. Its Java API is {@link dev.modelgate.cli.GateCli} and {@link
 * dev.modelgate.cli.ExitCode}; the command classes are opened to picocli only.
 */
module dev.modelgate.cli {
  requires dev.modelgate.core;
  requires dev.modelgate.metrics;
  requires dev.modelgate.mlflow;
  requires info.picocli;
  requires com.fasterxml.jackson.databind;
  requires org.slf4j;
  requires static org.jspecify;

  exports dev.modelgate.cli;

  opens dev.modelgate.cli to
      info.picocli;
}
