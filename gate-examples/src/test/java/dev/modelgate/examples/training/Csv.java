package dev.modelgate.examples.training;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Small CSV inputs for tests. */
final class Csv {

  private Csv() {}

  /** The lines joined with {@code \n}, each ended by one, as UTF-8 bytes. */
  static InputStream of(String... lines) {
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Reads the lines as German-credit-shaped data named {@code tiny.csv}. */
  static GermanCreditData read(String... lines) {
    return GermanCreditData.read(of(lines), "tiny.csv");
  }
}
