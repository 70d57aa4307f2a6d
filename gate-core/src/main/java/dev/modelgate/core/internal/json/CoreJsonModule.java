package dev.modelgate.core.internal.json;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.modelgate.core.Evaluation;
import dev.modelgate.core.Metric;
import dev.modelgate.core.MetricValue;
import java.io.Serial;

/**
 * The Jackson module that reads and writes {@link Evaluation}, {@link Metric} and {@link
 * MetricValue} in the format described in this package's documentation.
 *
 * <p>The deserializers read numbers from the parser's text, so values stay exact whatever the
 * mapper's number settings are. Register it on any mapper that carries core values, or use {@link
 * CoreJson#newMapper()}.
 */
public final class CoreJsonModule extends SimpleModule {

  @Serial private static final long serialVersionUID = 1L;

  /** The module, with every core value's serializer and deserializer. */
  public CoreJsonModule() {
    super("modelgate-core");
    addSerializer(MetricValue.class, new MetricValueCodec.Serializer());
    addDeserializer(MetricValue.class, new MetricValueCodec.Deserializer());
    addSerializer(Metric.class, new MetricCodec.Serializer());
    addDeserializer(Metric.class, new MetricCodec.Deserializer());
    addKeySerializer(Metric.class, new MetricCodec.KeySerializer());
    addKeyDeserializer(Metric.class, new MetricCodec.KeyReader());
    addSerializer(Evaluation.class, new EvaluationCodec.Serializer());
    addDeserializer(Evaluation.class, new EvaluationCodec.Deserializer());
  }
}
