package dev.modelgate.cli.internal;

import dev.modelgate.metrics.ZeroDivision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Writes test files and evaluates them. */
final class TestFiles {

  private TestFiles() {}

  static Path write(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      java.nio.file.Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Columns columns(String label, @Nullable String prediction) {
    return new Columns(label, prediction, null, null, null, null, null, null, null);
  }

  static EvaluationResult evaluate(Path file, Columns columns, @Nullable CostSpec costs)
      throws IOException {
    EvaluationRequest request =
        new EvaluationRequest(
            file, file.getFileName().toString(), columns, costs, ZeroDivision.NAN);
    return StreamingEvaluator.evaluate(request, Progress.none());
  }
}
