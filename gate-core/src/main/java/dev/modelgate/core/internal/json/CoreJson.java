package dev.modelgate.core.internal.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;

/**
 * The one JSON configuration of ModelGate's files: exact decimals, sorted map keys, refused
 * duplicate keys and trailing garbage, and a pretty printer whose output does not depend on the
 * platform (two-space indent, {@code \n} line breaks, {@code "key": value}).
 *
 * <p>Mappers and writers are thread-safe once built.
 */
public final class CoreJson {

  private static final ObjectMapper MAPPER = newMapper();
  private static final ObjectWriter PRETTY = prettyWriter(MAPPER);

  private CoreJson() {}

  /** A shared mapper built by {@link #newMapper()}; do not reconfigure it. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /**
   * A new mapper with the {@link CoreJsonModule}: floats read as {@link java.math.BigDecimal} and
   * kept with their scale in trees ({@code 41250.00} stays {@code 41250.00}), decimals written in
   * plain notation, map entries sorted by key, duplicate keys and trailing tokens refused.
   */
  public static JsonMapper newMapper() {
    return JsonMapper.builder()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .addModule(new CoreJsonModule())
        .build();
  }

  /** A writer of {@code mapper} that pretty-prints the same on every platform. */
  public static ObjectWriter prettyWriter(ObjectMapper mapper) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(separators)
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return mapper.writer(printer);
  }

  /**
   * {@code value} pretty-printed as UTF-8 with a final line break: the bytes of a human-readable
   * file.
   */
  public static byte[] prettyBytes(Object value) {
    try {
      return (PRETTY.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
