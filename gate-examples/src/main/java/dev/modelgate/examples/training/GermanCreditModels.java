package dev.modelgate.examples.training;

import dev.modelgate.metrics.testset.Fingerprint;
import dev.modelgate.metrics.testset.Split;
import dev.modelgate.metrics.testset.TestSetSplit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;

/**
 * Trains the example's {@link GermanCreditModel}s with Tribuo on the training rows of ModelGate's
 * fixed split of the German credit data, and predicts its test rows.
 *
 * <p>The split is {@link TestSetSplit#defaults()} (seed 42, 20 %, stratified by {@code Class}) with
 * {@code row_id} as the row identity: on the bundled data, 800 training rows and 200 test rows (60
 * {@code Bad}) with the fingerprint {@code
 * sha256:db5080882dbc806ce9a37fa366138ff6bdbd083d5d3d2018d00f924f483d7e7d}. Training is seeded:
 * every run gives the same predictions. Loading the data and training all four models takes about
 * half a second in a fresh JVM on two cores. Tribuo's console logging is lowered to warnings.
 *
 * <p>Immutable and thread-safe: each {@link #predict} trains a fresh model.
 */
public final class GermanCreditModels {

  /** The seed of every trainer. */
  public static final long SEED = 42;

  private final GermanCreditData data;
  private final Split split;
  private final long seed;
  private final Map<GermanCreditModel, int[]> features;

  GermanCreditModels(GermanCreditData data, long seed) {
    this.data = data;
    this.split = TestSetSplit.defaults().split(data.rowIds(), data.labels());
    this.seed = seed;
    this.features = FeatureSelection.resolve(data, split.trainIndices());
  }

  /** The models on the bundled German credit data, {@link GermanCreditData#load()}. */
  public static GermanCreditModels load() {
    return of(GermanCreditData.load());
  }

  /**
   * The models on {@code data}.
   *
   * @throws IllegalArgumentException if the data lacks a feature that a model names, a named
   *     feature is constant on the training rows (all such problems are reported at once), or the
   *     fixed split refuses the data
   */
  public static GermanCreditModels of(GermanCreditData data) {
    return new GermanCreditModels(Objects.requireNonNull(data, "data"), SEED);
  }

  /** The data the models are trained and tested on. */
  public GermanCreditData data() {
    return data;
  }

  /** The fixed split of the data: which rows train and which test. */
  public Split split() {
    return split;
  }

  /** The fingerprint of the test set, the same as every prediction's. */
  public Fingerprint testSetFingerprint() {
    return split.fingerprint();
  }

  /** The features {@code model} is trained on, in the data's column order. */
  public List<String> features(GermanCreditModel model) {
    List<String> names = new ArrayList<>();
    for (int f : features.get(Objects.requireNonNull(model, "model"))) {
      names.add(data.featureNames().get(f));
    }
    return List.copyOf(names);
  }

  /**
   * Trains {@code model} on the training rows: the same Tribuo model every time, whose examples
   * carry the features {@link #features(GermanCreditModel)} by name. Tribuo models predict
   * thread-safely.
   */
  public Model<Label> train(GermanCreditModel model) {
    Objects.requireNonNull(model, "model");
    QuietTribuo.apply();
    return LogisticRegression.trainer(seed)
        .train(TribuoDatasets.dataset(data, split.trainIndices(), features.get(model), model.id()));
  }

  /** Trains {@code model} on the training rows and predicts the test rows. */
  public Predictions predict(GermanCreditModel model) {
    int[] columns = features.get(Objects.requireNonNull(model, "model"));
    Model<Label> trained = train(model);
    int[] test = split.testIndices();
    String[] rowIds = new String[test.length];
    String[] truth = new String[test.length];
    double[] scores = new double[test.length];
    for (int i = 0; i < test.length; i++) {
      Prediction<Label> prediction =
          trained.predict(TribuoDatasets.example(data, test[i], columns));
      rowIds[i] = data.rowId(test[i]);
      truth[i] = data.label(test[i]);
      scores[i] = prediction.getOutputScores().get(GermanCreditData.BAD).getScore();
    }
    return Predictions.of(
        model.id(), model.threshold(), split.fingerprint(), rowIds, truth, scores);
  }

  /** Trains and predicts every model, in {@link GermanCreditModel} order. */
  public Map<GermanCreditModel, Predictions> predictAll() {
    Map<GermanCreditModel, Predictions> all = new EnumMap<>(GermanCreditModel.class);
    for (GermanCreditModel model : GermanCreditModel.values()) {
      all.put(model, predict(model));
    }
    return Collections.unmodifiableMap(all);
  }

  @Override
  public String toString() {
    return "GermanCreditModels[" + data + ", " + split + "]";
  }
}
