package dev.modelgate.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.modelgate.core.Metric;
import dev.modelgate.core.Metrics;
import java.io.IOException;
import java.io.Serial;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A metric in JSON: {@code {"name": "f1", "direction": "higher_is_better"}} as a value; its name
 * alone as a map key, read back only for well-known metrics (whose direction is known).
 */
final class MetricCodec {

  private static final String OWNER = "metric";

  private MetricCodec() {}

  static final class Serializer extends StdSerializer<Metric> {
    @Serial private static final long serialVersionUID = 1L;

    Serializer() {
      super(Metric.class);
    }

    @Override
    public void serialize(Metric metric, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField("name", metric.name());
      gen.writeStringField("direction", MetricJson.directionName(metric.direction()));
      gen.writeEndObject();
    }
  }

  static final class Deserializer extends StdDeserializer<Metric> {
    @Serial private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Metric.class);
    }

    @Override
    public Metric deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String name = null;
      String direction = null;
      String directionFound = "";
      for (String field = Tokens.firstField(p, Metric.class, OWNER);
          field != null;
          field = p.nextFieldName()) {
        p.nextToken();
        switch (field) {
          case "name" -> name = Tokens.string(p, Metric.class, OWNER, field);
          case "direction" -> {
            directionFound = Tokens.found(p);
            direction = Tokens.string(p, Metric.class, OWNER, field);
          }
          default -> throw Tokens.fail(p, Metric.class, JsonProblems.unknownField(OWNER, field));
        }
      }
      if (name == null) {
        throw Tokens.fail(p, Metric.class, JsonProblems.missingFields(OWNER, List.of("name")));
      }
      try {
        return MetricJson.metric(name, direction, directionFound);
      } catch (JsonShapeException e) {
        throw Tokens.fail(p, Metric.class, e.getMessage());
      }
    }
  }

  static final class KeySerializer extends StdSerializer<Metric> {
    @Serial private static final long serialVersionUID = 1L;

    KeySerializer() {
      super(Metric.class);
    }

    @Override
    public void serialize(Metric metric, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeFieldName(metric.name());
    }
  }

  static final class KeyReader extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      @Nullable Metric metric = Metrics.byName(key).orElse(null);
      if (metric == null) {
        throw MismatchedInputException.from(
            ctxt.getParser(), Metric.class, JsonProblems.directionNeeded(key));
      }
      return metric;
    }
  }
}
