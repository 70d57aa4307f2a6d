package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvRoundTripProperties {

  @Property(tries = 300)
  void should_read_back_every_record_written(@ForAll("records") List<List<String>> records)
      throws IOException {
    StringWriter text = new StringWriter();
    CsvWriter writer = CsvWriter.of(text);
    for (List<String> record : records) {
      writer.write(record.toArray(new String[0]));
    }
    writer.close();

    assertThat(CsvReaderTest.read(text.toString())).isEqualTo(records);
  }

  @Provide
  Arbitrary<List<List<String>>> records() {
    Arbitrary<String> token =
        Arbitraries.of("a", "bc", "é", "€", "😀", ",", "\"", "\r", "\n", "\r\n", " ", "\uFEFF", "");
    Arbitrary<String> field =
        token.list().ofMaxSize(5).map(parts -> parts.stream().collect(Collectors.joining()));
    return field.list().ofMinSize(1).ofMaxSize(4).list().ofMaxSize(6);
  }
}
