package dev.modelgate.examples.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves each {@link GermanCreditModel}'s features to column indices of the data: the named ones,
 * or every feature that varies on the training rows. A feature that never varies teaches nothing
 * and cannot be standardised (its standard deviation is 0). Stateless.
 */
final class FeatureSelection {

  private FeatureSelection() {}

  /**
   * Each model's feature indices, ascending.
   *
   * @throws IllegalArgumentException naming every model whose features are missing or constant
   */
  static Map<GermanCreditModel, int[]> resolve(GermanCreditData data, int[] trainRows) {
    List<String> names = data.featureNames();
    boolean[] varies = new boolean[names.size()];
    for (int f = 0; f < varies.length; f++) {
      varies[f] = varies(data, trainRows, f);
    }
    Map<GermanCreditModel, int[]> resolved = new EnumMap<>(GermanCreditModel.class);
    List<String> problems = new ArrayList<>();
    for (GermanCreditModel model : GermanCreditModel.values()) {
      List<String> missing = new ArrayList<>();
      List<String> constant = new ArrayList<>();
      List<Integer> columns = new ArrayList<>();
      for (int f = 0; f < names.size(); f++) {
        boolean named = model.features().contains(names.get(f));
        if (named && !varies[f]) {
          constant.add(names.get(f));
        }
        if (named || (model.usesAllFeatures() && varies[f])) {
          columns.add(f);
        }
      }
      for (String feature : model.features()) {
        if (!names.contains(feature)) {
          missing.add(feature);
        }
      }
      if (!missing.isEmpty()) {
        problems.add(TrainingMessages.missingFeatures(model.id(), missing));
      }
      if (!constant.isEmpty()) {
        problems.add(TrainingMessages.constantFeatures(model.id(), constant));
      }
      if (columns.isEmpty() && model.usesAllFeatures()) {
        problems.add(TrainingMessages.noVaryingFeature(model.id()));
      }
      resolved.put(model, columns.stream().mapToInt(Integer::intValue).toArray());
    }
    if (!problems.isEmpty()) {
      throw TrainingMessages.cannotTrain(data.source(), problems);
    }
    return resolved;
  }

  private static boolean varies(GermanCreditData data, int[] rows, int feature) {
    for (int row : rows) {
      if (data.value(row, feature) != data.value(rows[0], feature)) {
        return true;
      }
    }
    return false;
  }
}
