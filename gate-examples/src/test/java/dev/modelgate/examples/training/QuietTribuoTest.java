package dev.modelgate.examples.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

class QuietTribuoTest {

  @Test
  void should_publish_no_tribuo_record_below_warning_while_training() {
    Logger tribuo = Logger.getLogger("org.tribuo");
    tribuo.setLevel(Level.INFO);
    List<LogRecord> records = new ArrayList<>();
    Handler recorder = new Handler() {
      @Override
      public void publish(LogRecord logRecord) {
        records.add(logRecord);
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    tribuo.addHandler(recorder);
    try {
      Trained.MODELS.predict(GermanCreditModel.WEAK);
    } finally {
      tribuo.removeHandler(recorder);
    }

    assertThat(records)
        .allSatisfy(r -> assertThat(r.getLevel().intValue())
            .isGreaterThanOrEqualTo(Level.WARNING.intValue()));
    assertThat(tribuo.getLevel()).isEqualTo(Level.WARNING);
  }
}
