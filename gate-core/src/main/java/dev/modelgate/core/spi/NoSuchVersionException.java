package dev.modelgate.core.spi;

import java.io.Serial;

/** Thrown when an operation names a version of a model that the registry does not hold. */
public final class NoSuchVersionException extends RegistryException {

  @Serial private static final long serialVersionUID = 1L;

  private final String model;
  private final String version;

  /** {@code model "fraud" has no version 7}. */
  public NoSuchVersionException(String model, String version) {
    super("model " + RegistryNames.quote(model) + " has no version " + version);
    this.model = model;
    this.version = version;
  }

  /** The model that was asked for. */
  public String model() {
    return model;
  }

  /** The version that does not exist. */
  public String version() {
    return version;
  }
}
