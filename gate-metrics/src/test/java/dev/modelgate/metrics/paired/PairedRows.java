package dev.modelgate.metrics.paired;

import dev.modelgate.metrics.LabelDictionary;
import java.util.SplittableRandom;

/**
 * Seeded rows of a paired comparison: a true class per row and two models that are right with
 * their own accuracy and otherwise predict a uniformly random class.
 *
 * @param truth true class indices
 * @param champion the champion's predictions
 * @param candidate the candidate's predictions
 */
record PairedRows(int[] truth, int[] champion, int[] candidate) {

  static PairedRows random(
      long seed, int rows, int classes, double championAccuracy, double candidateAccuracy) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] truth = new int[rows];
    int[] champion = new int[rows];
    int[] candidate = new int[rows];
    for (int i = 0; i < rows; i++) {
      truth[i] = random.nextInt(classes);
      champion[i] = random.nextDouble() < championAccuracy ? truth[i] : random.nextInt(classes);
      candidate[i] = random.nextDouble() < candidateAccuracy ? truth[i] : random.nextInt(classes);
    }
    return new PairedRows(truth, champion, candidate);
  }

  JointTable table(LabelDictionary labels) {
    return JointTable.of(labels, truth, champion, candidate);
  }

  /** The same rows with the candidate replaced by the champion: two identical models. */
  PairedRows identical() {
    return new PairedRows(truth, champion, champion.clone());
  }
}
