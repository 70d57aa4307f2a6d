package dev.modelgate.cli;

import picocli.CommandLine;

/** {@code gate --version}: the version in the jar's manifest, "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {

  @Override
  public String[] getVersion() {
    String version = GateCli.class.getPackage().getImplementationVersion();
    return new String[] {"gate " + (version == null ? "development" : version)};
  }
}
