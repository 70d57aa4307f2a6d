package dev.modelgate.examples.training;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Tribuo's java.util.logging output off the example's console: Tribuo and its configuration
 * library OLCUT log every training run at {@code INFO}; this raises their loggers to {@code
 * WARNING}, so warnings and errors still show.
 *
 * <p>The loggers are held here, because java.util.logging keeps loggers only weakly and a collected
 * logger forgets its level. Thread-safe: {@link #apply()} may run any number of times.
 */
final class QuietTribuo {

  /** The level below which Tribuo's records are dropped. */
  static final Level LEVEL = Level.WARNING;

  /** The logger names raised to {@link #LEVEL}. */
  static final List<String> LOGGER_NAMES = List.of("org.tribuo", "com.oracle.labs.mlrg.olcut");

  private static final List<Logger> LOGGERS =
      LOGGER_NAMES.stream().map(Logger::getLogger).toList();

  private QuietTribuo() {}

  /** Raises Tribuo's and OLCUT's loggers to {@link #LEVEL}. */
  static void apply() {
    for (Logger logger : LOGGERS) {
      logger.setLevel(LEVEL);
    }
  }
}
