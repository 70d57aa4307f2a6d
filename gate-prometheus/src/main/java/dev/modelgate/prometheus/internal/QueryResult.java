package dev.modelgate.prometheus.internal;

import dev.modelgate.core.spi.MissingKind;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one instant query gave: samples (a vector, or a scalar as one unlabelled sample) or a gap.
 * Immutable and thread-safe.
 */
public sealed interface QueryResult {

  /**
   * The query's samples and Prometheus' warnings.
   *
   * @param samples the samples, in Prometheus' order
   * @param warnings the warnings Prometheus attached to the answer
   */
  record Samples(List<Sample> samples, List<String> warnings) implements QueryResult {
    /** Copies the lists. */
    public Samples {
      samples = List.copyOf(samples);
      warnings = List.copyOf(warnings);
    }
  }

  /**
   * The query gave no usable answer.
   *
   * @param kind the kind of gap
   * @param detail what went wrong, without credentials
   */
  record Failed(MissingKind kind, String detail) implements QueryResult {
    /** Checks for nulls. */
    public Failed {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * One sample of a vector: its labels and its value, which may be NaN or infinite.
   *
   * @param labels the series' labels
   * @param value the sample's value
   */
  record Sample(Map<String, String> labels, double value) {
    /** Copies the labels. */
    public Sample {
      labels = Map.copyOf(labels);
    }
  }
}
