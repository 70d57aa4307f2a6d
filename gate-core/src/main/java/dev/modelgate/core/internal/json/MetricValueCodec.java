package dev.modelgate.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.modelgate.core.MetricValue;
import java.io.IOException;
import java.io.Serial;

/**
 * A metric value in JSON: an exact number written in plain notation ({@code 41250.00}, never
 * {@code 4.125E+4}), or the string {@code "NaN"}.
 */
final class MetricValueCodec {

  private MetricValueCodec() {}

  static void write(MetricValue value, JsonGenerator gen) throws IOException {
    if (value.isDefined()) {
      gen.writeNumber(value.value().toPlainString());
    } else {
      gen.writeString(MetricJson.NAN);
    }
  }

  static final class Serializer extends StdSerializer<MetricValue> {
    @Serial private static final long serialVersionUID = 1L;

    Serializer() {
      super(MetricValue.class);
    }

    @Override
    public void serialize(MetricValue value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      write(value, gen);
    }
  }

  static final class Deserializer extends StdDeserializer<MetricValue> {
    @Serial private static final long serialVersionUID = 1L;

    Deserializer() {
      super(MetricValue.class);
    }

    @Override
    public MetricValue deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return Tokens.metricValue(p, MetricValue.class, "metric value");
    }
  }
}
