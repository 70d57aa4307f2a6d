package dev.modelgate.core.internal.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link PolicyDocument#tree} as JSON, pretty-printed the same on every platform (two
 * spaces, {@code \n}, {@code "key": value}), numbers exactly as the policy holds them. Stateless and
 * thread-safe.
 */
final class JsonEmitter {

  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonEmitter() {}

  /** The JSON text of {@code root}, ending with a line break. */
  static String emit(Map<String, Object> root) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator = FACTORY.createGenerator(out)) {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      Separators separators =
          Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER);
      generator.setPrettyPrinter(
          new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter));
      write(generator, root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a policy to a string", e);
    }
    return out + "\n";
  }

  private static void write(JsonGenerator generator, Object node) throws IOException {
    if (node instanceof Map<?, ?> map) {
      generator.writeStartObject();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        generator.writeFieldName((String) entry.getKey());
        write(generator, entry.getValue());
      }
      generator.writeEndObject();
    } else if (node instanceof List<?> list) {
      generator.writeStartArray();
      for (Object item : list) {
        write(generator, item);
      }
      generator.writeEndArray();
    } else if (node instanceof BigDecimal decimal) {
      generator.writeNumber(PolicyDocument.number(decimal));
    } else if (node instanceof Long number) {
      generator.writeNumber(number);
    } else {
      generator.writeString((String) node);
    }
  }
}
