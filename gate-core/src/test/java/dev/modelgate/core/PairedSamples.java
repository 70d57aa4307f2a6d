package dev.modelgate.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded champion and candidate predictions on the same rows, for paired tests and the simulation:
 * each row is Bad with probability 0.3, and falls in one of four cells of who gets it right, so
 * that two models can be equally good (equal chances of being right alone) or one better.
 *
 * @param champion the champion's predictions
 * @param candidate the candidate's predictions, on the same rows in the same order
 */
public record PairedSamples(Predictions champion, Predictions candidate) {

  public static final String BAD = "Bad";
  public static final String GOOD = "Good";

  /**
   * {@code n} rows drawn with {@code seed}: with probability {@code championOnly} only the champion
   * is right, {@code candidateOnly} only the candidate, {@code bothWrong} neither, else both.
   */
  public static PairedSamples draw(long seed, int n, double championOnly, double candidateOnly, double bothWrong) {
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
  public static PairedSamples equallyGood(long seed, int n) {
    return draw(seed, n, 0.05, 0.05, 0.15);
  }

  /**
   * Rows given by their cells of the joint table: {@code rows(count, truth, champion, candidate,
   * …)}, each cell a count and three labels, the rows numbered in order.
   */
  public static PairedSamples rows(Object... cells) {
    List<String> truth = new ArrayList<>();
    List<String> champion = new ArrayList<>();
    List<String> candidate = new ArrayList<>();
    for (int c = 0; c < cells.length; c += 4) {
      for (int i = 0; i < (Integer) cells[c]; i++) {
        truth.add((String) cells[c + 1]);
        champion.add((String) cells[c + 2]);
        candidate.add((String) cells[c + 3]);
      }
    }
    String[] ids = new String[truth.size()];
    Arrays.setAll(ids, i -> "row-" + i);
    String[] t = truth.toArray(String[]::new);
    return new PairedSamples(
        Predictions.of(ids, t, champion.toArray(String[]::new)), Predictions.of(ids, t, candidate.toArray(String[]::new)));
  }

  /**
   * 400 rows, 120 Bad: the champion catches 80 Bad and clears 250 Good, the candidate 100 and 255;
   * the candidate alone is right on 32 rows, the champion alone on 7. Confidently better.
   */
  public static PairedSamples clearlyBetter() {
    return rows(
        78, BAD, BAD, BAD, 2, BAD, BAD, GOOD, 22, BAD, GOOD, BAD, 18, BAD, GOOD, GOOD,
        245, GOOD, GOOD, GOOD, 5, GOOD, GOOD, BAD, 10, GOOD, BAD, GOOD, 20, GOOD, BAD, BAD);
  }

  private static String other(String label) {
    return label.equals(BAD) ? GOOD : BAD;
  }
}
