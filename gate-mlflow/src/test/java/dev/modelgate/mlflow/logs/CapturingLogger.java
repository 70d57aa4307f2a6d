package dev.modelgate.mlflow.logs;

import java.io.Serial;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LoggingEventAware;

/** A logger with every level on that renders each event into {@link CapturedLogs}. */
final class CapturingLogger extends LegacyAbstractLogger implements LoggingEventAware {

  @Serial private static final long serialVersionUID = 1L;

  CapturingLogger(String name) {
    this.name = name;
  }

  @Override
  public void log(LoggingEvent event) {
    StringBuilder line = new StringBuilder()
        .append(event.getLevel()).append(' ').append(name).append(' ')
        .append(MessageFormatter.basicArrayFormat(event.getMessage(), event.getArgumentArray()));
    if (event.getKeyValuePairs() != null) {
      event.getKeyValuePairs().forEach(pair -> line.append(' ').append(pair.key).append('=')
          .append(pair.value));
    }
    append(line, event.getThrowable());
    CapturedLogs.add(line.toString());
  }

  @Override
  protected void handleNormalizedLoggingCall(
      Level level, Marker marker, String message, Object[] arguments, Throwable throwable) {
    StringBuilder line = new StringBuilder().append(level).append(' ').append(name).append(' ')
        .append(MessageFormatter.basicArrayFormat(message, arguments));
    append(line, throwable);
    CapturedLogs.add(line.toString());
  }

  private static void append(StringBuilder line, Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      line.append(" | ").append(t);
    }
  }

  @Override
  protected String getFullyQualifiedCallerName() {
    return null;
  }

  @Override
  public boolean isTraceEnabled() {
    return true;
  }

  @Override
  public boolean isDebugEnabled() {
    return true;
  }

  @Override
  public boolean isInfoEnabled() {
    return true;
  }

  @Override
  public boolean isWarnEnabled() {
    return true;
  }

  @Override
  public boolean isErrorEnabled() {
    return true;
  }
}
