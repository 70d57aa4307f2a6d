package dev.modelgate.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {

  @Test
  void should_read_quoted_fields_with_commas_quotes_and_line_breaks() throws IOException {
    List<List<String>> records = read("id,note\n1,\"a, \"\"b\"\"\"\n2,\"two\nlines\"\n");

    assertThat(records)
        .containsExactly(
            List.of("id", "note"), List.of("1", "a, \"b\""), List.of("2", "two\nlines"));
  }

  @Test
  void should_know_the_line_each_record_starts_on_across_multi_line_fields() throws IOException {
    CsvReader csv = reader("h\r\n\"x\r\ny\"\r\n\r\nz\rw");
    List<Long> lines = new ArrayList<>();
    while (csv.next() != null) {
      lines.add(csv.recordLine());
    }

    assertThat(lines).containsExactly(1L, 2L, 5L, 6L);
  }

  @Test
  void should_skip_blank_lines_and_a_byte_order_mark_and_accept_a_missing_last_line_break()
      throws IOException {
    assertThat(read("\uFEFFa,b\n\n1,2")).containsExactly(List.of("a", "b"), List.of("1", "2"));
  }

  @Test
  void should_keep_empty_fields_and_a_quote_inside_an_unquoted_field() throws IOException {
    assertThat(read(",5\"x,\n")).containsExactly(List.of("", "5\"x", ""));
  }

  @Test
  void should_name_the_line_where_an_unclosed_quote_opens() {
    assertThatThrownBy(() -> read("a\n\"b\nc\nd"))
        .isInstanceOf(InputException.class)
        .hasMessage("data.csv:2: a quoted field opens here and is never closed");
  }

  @Test
  void should_name_the_line_and_field_of_text_after_a_closing_quote() {
    assertThatThrownBy(() -> read("a,b\n1,\"2\"3\n"))
        .isInstanceOf(InputException.class)
        .hasMessage("data.csv:2: field 2 has text after its closing quote");
  }

  @Test
  void should_name_the_line_of_bytes_that_are_not_utf_8() {
    byte[] bytes = {'a', '\n', 'b', '\n', 'c', (byte) 0xC3, '(', '\n'};

    assertThatThrownBy(() -> read(bytes))
        .isInstanceOf(InputException.class)
        .hasMessage("data.csv:3: not valid UTF-8");
  }

  @Test
  void should_decode_utf_8_beyond_ascii() throws IOException {
    assertThat(read("é,€,😀\n")).containsExactly(List.of("é", "€", "😀"));
  }

  @Test
  void should_count_the_bytes_read() throws IOException {
    CsvReader csv = reader("a,b\n1,2\n");
    while (csv.next() != null) {
      assertThat(csv.bytesRead()).isPositive();
    }

    assertThat(csv.bytesRead()).isEqualTo(8);
  }

  static CsvReader reader(String text) {
    return CsvReader.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "data.csv");
  }

  static List<List<String>> read(String text) throws IOException {
    return read(text.getBytes(StandardCharsets.UTF_8));
  }

  static List<List<String>> read(byte[] bytes) throws IOException {
    CsvReader csv = CsvReader.of(new ByteArrayInputStream(bytes), "data.csv");
    List<List<String>> records = new ArrayList<>();
    for (String[] record = csv.next(); record != null; record = csv.next()) {
      records.add(List.of(record));
    }
    return records;
  }
}
