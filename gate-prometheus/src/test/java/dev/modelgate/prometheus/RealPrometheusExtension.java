package dev.modelgate.prometheus;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests a {@link RealPrometheus}: one exporter and one Prometheus server for the whole test
 * run, kept in the root store, which closes it (stopping the server, deleting its files) when the
 * run ends. Without a Prometheus binary every test that asks for it fails with a message that says
 * how to install it.
 */
final class RealPrometheusExtension implements ParameterResolver {

  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(RealPrometheusExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == RealPrometheus.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return context.getRoot().getStore(NAMESPACE)
        .getOrComputeIfAbsent(RealPrometheus.class, key -> start(), RealPrometheus.class);
  }

  private static RealPrometheus start() {
    try {
      return RealPrometheus.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
