package dev.modelgate.cli.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Output parameters for Kubeflow Pipelines v2: writes a value to the file a container component's
 * {@code dsl.OutputPath(str)} placeholder names ({@code
 * {{$.outputs.parameters['decision'].output_file}}}), creating its parent directories.
 *
 * <p>The launcher reads a {@code str} parameter as the file's raw content, not trimmed, so the
 * value is written exactly, UTF-8, with no trailing line break: {@code deploy}, never {@code
 * deploy\n}, which would not equal {@code 'deploy'} in a {@code dsl.If}. An existing file is
 * replaced.
 *
 * <p>Stateless and thread-safe.
 */
public final class KfpOutput {

  private KfpOutput() {}

  /**
   * Writes {@code value} to {@code file}.
   *
   * @throws IOException if the file or its directories cannot be written
   */
  public static void write(Path file, String value) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, value.getBytes(StandardCharsets.UTF_8));
  }
}
