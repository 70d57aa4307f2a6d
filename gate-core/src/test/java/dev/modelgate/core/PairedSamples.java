package dev.modelgate.core;

import java.util.SplittableRandom;

/**
 * Seeded champion and candidate predictions on the same rows, for paired tests and the simulation:
 * each row is Bad with probability 0.3, and falls in one of four cells of who gets it right, so
 * that two models can be equally good (equal chances of being right alone) or one better.
 *
 * @param champion the champion's predictions
 * @param candidate the candidate's predictions, on the same rows in the same order
 */
record PairedSamples(Predictions champion, Predictions candidate) {

  static final String BAD = "Bad";
  static final String GOOD = "Good";

  /**
   * {@code n} rows drawn with {@code seed}: with probability {@code championOnly} only the champion
   * is right, {@code candidateOnly} only the candidate, {@code bothWrong} neither, else both.
   */
  static PairedSamples draw(long seed, int n, double championOnly, double candidateOnly, double bothWrong) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] ids = new String[n];
    String[] truth = new String[n];
    String[] champion = new String[n];
    String[] candidate = new String[n];
    for (int i = 0; i < n; i++) {
      ids[i] = "row-" + i;
      truth[i] = random.nextDouble() < 0.3 ? BAD : GOOD;
      double u = random.nextDouble();
      // [0, a) champion alone, [a, a + w) neither, [a + w, a + w + c) candidate alone, then both
      boolean championRight = u < championOnly || u >= championOnly + bothWrong + candidateOnly;
      boolean candidateRight = u >= championOnly + bothWrong;
      champion[i] = championRight ? truth[i] : other(truth[i]);
      candidate[i] = candidateRight ? truth[i] : other(truth[i]);
    }
    return new PairedSamples(Predictions.of(ids, truth, champion), Predictions.of(ids, truth, candidate));
  }

  /** Two equally good models, each right alone on 5% of the rows and both wrong on 15%. */
  static PairedSamples equallyGood(long seed, int n) {
    return draw(seed, n, 0.05, 0.05, 0.15);
  }

  private static String other(String label) {
    return label.equals(BAD) ? GOOD : BAD;
  }
}
