package dev.modelgate.examples.training;

import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Turns rows of {@link GermanCreditData} into Tribuo examples and datasets, keeping only the
 * features a model uses. Every feature is stored explicitly, zeros included, so each example is
 * dense. Stateless.
 */
final class TribuoDatasets {

  private static final LabelFactory LABELS = new LabelFactory();

  private TribuoDatasets() {}

  /** A dataset of the rows {@code rows} of {@code data}, with the features {@code features}. */
  static MutableDataset<Label> dataset(
      GermanCreditData data, int[] rows, int[] features, String description) {
    MutableDataset<Label> dataset =
        new MutableDataset<>(new SimpleDataSourceProvenance(description, LABELS), LABELS);
    for (int row : rows) {
      dataset.add(example(data, row, features));
    }
    return dataset;
  }

  /** Row {@code row} of {@code data} as an example with features {@code features}, labelled. */
  static Example<Label> example(GermanCreditData data, int row, int[] features) {
    String[] names = new String[features.length];
    double[] values = new double[features.length];
    for (int f = 0; f < features.length; f++) {
      names[f] = data.featureNames().get(features[f]);
      values[f] = data.value(row, features[f]);
    }
    return new ArrayExample<>(new Label(data.label(row)), names, values);
  }
}
