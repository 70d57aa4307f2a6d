package dev.modelgate.core.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import java.io.IOException;
import java.io.Serial;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation in JSON: {@code {"testSetFingerprint": "sha256:…", "rows": 1000, "metrics":
 * {"f1": {"value": 0.75, "direction": "higher_is_better"}}}}, metrics sorted by name.
 *
 * <p>Reading also accepts a well-known metric without direction, or as a bare value ({@code "f1":
 * 0.75}); everything else that deviates is refused with a {@link JsonProblems} message.
 */
final class EvaluationCodec {

  static final String FINGERPRINT = "testSetFingerprint";
  static final String ROWS = "rows";
  static final String METRICS = "metrics";
  private static final String OWNER = "evaluation";

  private EvaluationCodec() {}

  static final class Serializer extends StdSerializer<Evaluation> {
    @Serial private static final long serialVersionUID = 1L;

    Serializer() {
      super(Evaluation.class);
    }

    @Override
    public void serialize(Evaluation evaluation, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeStartObject();
      gen.writeStringField(FINGERPRINT, evaluation.testSetFingerprint());
      gen.writeNumberField(ROWS, evaluation.rows());
      gen.writeFieldName(METRICS);
      gen.writeStartObject();
      for (Map.Entry<Metric, MetricValue> entry : evaluation.metrics().entrySet()) {
        gen.writeFieldName(entry.getKey().name());
        gen.writeStartObject();
        gen.writeFieldName("value");
        MetricValueCodec.write(entry.getValue(), gen);
        gen.writeStringField("direction", MetricJson.directionName(entry.getKey().direction()));
        gen.writeEndObject();
      }
      gen.writeEndObject();
      gen.writeEndObject();
    }
  }

  static final class Deserializer extends StdDeserializer<Evaluation> {
    @Serial private static final long serialVersionUID = 1L;

    Deserializer() {
      super(Evaluation.class);
    }

    @Override
    public Evaluation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String fingerprint = null;
      Long rows = null;
      Map<Metric, MetricValue> metrics = null;
      for (String field = Tokens.firstField(p, Evaluation.class, OWNER);
          field != null;
          field = p.nextFieldName()) {
        p.nextToken();
        switch (field) {
          case FINGERPRINT -> fingerprint = Tokens.string(p, Evaluation.class, OWNER, field);
          case ROWS -> rows = Tokens.wholeNumber(p, Evaluation.class, OWNER, field);
          case METRICS -> metrics = readMetrics(p);
          default -> throw Tokens.fail(p, Evaluation.class, JsonProblems.unknownField(OWNER, field));
        }
      }
      List<String> missing = new ArrayList<>();
      if (fingerprint == null) {
        missing.add(FINGERPRINT);
      }
      if (rows == null) {
        missing.add(ROWS);
      }
      if (metrics == null) {
        missing.add(METRICS);
      }
      if (fingerprint == null || rows == null || metrics == null) {
        throw Tokens.fail(p, Evaluation.class, JsonProblems.missingFields(OWNER, missing));
      }
      try {
        return new Evaluation(fingerprint, rows, metrics);
      } catch (IllegalArgumentException e) {
        throw Tokens.fail(p, Evaluation.class, JsonProblems.invalid(OWNER, e.getMessage()));
      }
    }

    private static Map<Metric, MetricValue> readMetrics(JsonParser p) throws IOException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        throw Tokens.fail(
            p, Evaluation.class,
            JsonProblems.wrongType(OWNER, METRICS, "an object", Tokens.found(p)));
      }
      Map<Metric, MetricValue> metrics = new LinkedHashMap<>();
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        p.nextToken();
        Map.Entry<Metric, MetricValue> entry =
            p.currentToken() == JsonToken.START_OBJECT ? readMetric(p, name) : readBare(p, name);
        if (metrics.put(entry.getKey(), entry.getValue()) != null) {
          throw Tokens.fail(
              p, Evaluation.class,
              JsonProblems.invalid(OWNER, "metric " + name + " is given twice"));
        }
      }
      return metrics;
    }

    private static Map.Entry<Metric, MetricValue> readBare(JsonParser p, String name)
        throws IOException {
      MetricValue value = Tokens.metricValue(p, Evaluation.class, JsonProblems.valueLabel(name));
      return Map.entry(metric(p, name, null, ""), value);
    }

    private static Map.Entry<Metric, MetricValue> readMetric(JsonParser p, String name)
        throws IOException {
      String owner = "metric " + JsonProblems.quote(name);
      MetricValue value = null;
      String direction = null;
      String directionFound = "";
      for (String field = p.nextFieldName(); field != null; field = p.nextFieldName()) {
        p.nextToken();
        switch (field) {
          case "value" ->
              value = Tokens.metricValue(p, Evaluation.class, JsonProblems.valueLabel(name));
          case "direction" -> {
            directionFound = Tokens.found(p);
            direction = Tokens.string(p, Evaluation.class, owner, field);
          }
          default -> throw Tokens.fail(p, Evaluation.class, JsonProblems.unknownField(owner, field));
        }
      }
      if (value == null) {
        throw Tokens.fail(p, Evaluation.class, JsonProblems.missingFields(owner, List.of("value")));
      }
      return Map.entry(metric(p, name, direction, directionFound), value);
    }

    private static Metric metric(
        JsonParser p, String name, @Nullable String direction, String found)
        throws IOException {
      try {
        return MetricJson.metric(name, direction, found);
      } catch (JsonShapeException e) {
        throw Tokens.fail(p, Evaluation.class, e.getMessage());
      }
    }
  }
}
