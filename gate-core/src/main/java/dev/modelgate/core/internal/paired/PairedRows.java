package dev.modelgate.core.internal.paired;

import dev.modelgate.metrics.LabelDictionary;
import dev.modelgate.metrics.paired.JointTable;
import dev.modelgate.metrics.paired.JointTableAccumulator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds the joint table of champion and candidate from their predictions, aligning the rows by
 * id: the two may list the rows in different orders. Stateless and thread-safe.
 */
public final class PairedRows {

  private PairedRows() {}

  /**
   * The joint table over {@code labels} of the candidate's rows, each matched with the champion's
   * row of the same id. The caller has checked that both are of one test set (equal fingerprints),
   * so the ids are unique and the same on both sides, with the same true labels.
   *
   * @throws IllegalArgumentException if an id of the candidate is not among the champion's
   */
  public static JointTable table(
      LabelDictionary labels,
      String[] championIds,
      String[] championPredicted,
      String[] candidateIds,
      String[] truth,
      String[] candidatePredicted) {
    String[] aligned = Arrays.equals(championIds, candidateIds)
        ? championPredicted
        : align(championIds, championPredicted, candidateIds);
    JointTableAccumulator accumulator = JointTableAccumulator.of(labels);
    accumulator.addAll(
        labels.encode(truth, "truth"),
        labels.encode(aligned, "champion predicted"),
        labels.encode(candidatePredicted, "candidate predicted"));
    return accumulator.toTable();
  }

  /** The champion's predictions in the order of the candidate's ids. */
  private static String[] align(String[] championIds, String[] championPredicted, String[] candidateIds) {
    Map<String, Integer> position = new HashMap<>(championIds.length * 2);
    for (int i = 0; i < championIds.length; i++) {
      position.put(championIds[i], i);
    }
    String[] aligned = new String[candidateIds.length];
    for (int i = 0; i < candidateIds.length; i++) {
      Integer at = position.get(candidateIds[i]);
      if (at == null) {
        throw new IllegalArgumentException(
            "row id " + candidateIds[i] + " of the candidate is not among the champion's rows");
      }
      aligned[i] = championPredicted[at];
    }
    return aligned;
  }
}
