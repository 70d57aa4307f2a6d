#!/usr/bin/python3
"""Writes the scikit-learn reference fixtures for dev.modelgate.metrics.curve.

Run from anywhere, with Debian's Python (it has scikit-learn 1.2.1, numpy):

    /usr/bin/python3 gate-metrics/src/test/python/gen_curve_fixtures.py

It writes gate-metrics/src/test/resources/fixtures/curve-sklearn-1.2.1.json. Every case uses a
fixed seed, so running it again writes the same file. The JUnit tests read only the JSON.

JSON has no NaN: a NaN from scikit-learn is written as null. Per case:
  truth (class indices), classes, positive (class index), scores, weights (or null);
  clf: _binary_clf_curve's fps, tps, thresholds (decreasing);
  pr: precision_recall_curve's precision, recall, thresholds;
  roc: roc_curve(drop_intermediate=False)'s fpr, tpr, thresholds (thresholds[0] = max + 1 in 1.2.1);
  roc_auc (null when scikit-learn raised, with roc_auc_error), average_precision;
  at_threshold (small cases only): precision_score, recall_score, f1_score of predicting
  score >= t positive, for each t of clf.thresholds, with scikit-learn's default zero_division.
"""
import json
import math
import os
import warnings

import numpy as np
import sklearn
from sklearn.metrics import (average_precision_score, f1_score, precision_recall_curve,
                             precision_score, recall_score, roc_auc_score, roc_curve)
from sklearn.metrics._ranking import _binary_clf_curve

assert sklearn.__version__ == "1.2.1", sklearn.__version__
warnings.simplefilter("ignore")  # undefined-metric warnings are the point of some cases

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures",
                   "curve-sklearn-1.2.1.json")


def floats(values):
    return [None if math.isnan(v) else float(v) for v in np.asarray(values, dtype=float)]


def case(name, truth, scores, weights=None, classes=2, positive=1, per_threshold=True):
    truth = np.asarray(truth, dtype=int)
    scores = np.asarray(scores, dtype=float)
    w = None if weights is None else np.asarray(weights, dtype=float)
    binary = (truth == positive).astype(int)
    fps, tps, thr = _binary_clf_curve(truth, scores, pos_label=positive, sample_weight=w)
    precision, recall, pr_thr = precision_recall_curve(
        truth, scores, pos_label=positive, sample_weight=w)
    fpr, tpr, roc_thr = roc_curve(
        truth, scores, pos_label=positive, sample_weight=w, drop_intermediate=False)
    try:
        auc, auc_error = float(roc_auc_score(binary, scores, sample_weight=w)), None
    except ValueError as e:
        auc, auc_error = None, str(e)
    out = {
        "name": name, "classes": classes, "positive": positive,
        "truth": truth.tolist(), "scores": floats(scores),
        "weights": None if w is None else floats(w),
        "clf": {"fps": floats(fps), "tps": floats(tps), "thresholds": floats(thr)},
        "pr": {"precision": floats(precision), "recall": floats(recall),
               "thresholds": floats(pr_thr)},
        "roc": {"fpr": floats(fpr), "tpr": floats(tpr), "thresholds": floats(roc_thr)},
        "roc_auc": auc, "roc_auc_error": auc_error,
        "average_precision": float(average_precision_score(binary, scores, sample_weight=w)),
        "at_threshold": None,
    }
    if per_threshold:
        at = {"precision": [], "recall": [], "f1": []}
        for t in thr:
            predicted = (scores >= t).astype(int)
            at["precision"].append(float(precision_score(binary, predicted, sample_weight=w)))
            at["recall"].append(float(recall_score(binary, predicted, sample_weight=w)))
            at["f1"].append(float(f1_score(binary, predicted, sample_weight=w)))
        out["at_threshold"] = at
    return out


def main():
    cases = [case("docs_example", [0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])]

    rng = np.random.default_rng(1)
    cases.append(case("random_unit", rng.random(200) < 0.3, rng.random(200)))

    rng = np.random.default_rng(2)
    latent = rng.random(300)
    cases.append(case("ties_one_decimal", rng.random(300) < latent, np.round(latent, 1)))

    rng = np.random.default_rng(3)
    cases.append(case("all_equal", rng.permutation([1] * 12 + [0] * 28), np.full(40, 0.5)))

    rng = np.random.default_rng(4)
    truth = np.zeros(50, dtype=int)
    truth[17] = 1
    cases.append(case("single_positive", truth, rng.random(50)))

    rng = np.random.default_rng(5)
    latent = rng.random(250)
    weights = rng.random(250) * 3
    weights[rng.random(250) < 0.1] = 0.0
    cases.append(case("weighted_ties_with_zero_weights", rng.random(250) < latent,
                      np.round(latent, 2), weights))

    rng = np.random.default_rng(6)
    truth = rng.random(250) < 0.4
    cases.append(case("unbounded", truth, rng.normal(size=250) * 1000 + truth * 700))

    rng = np.random.default_rng(7)
    truth = rng.random(400) < 0.5
    magnitude = 10.0 ** rng.uniform(-3, 6, size=400)
    scores = np.where(rng.random(400) < 0.5, -magnitude, magnitude) + truth * 50
    cases.append(case("unbounded_weighted", truth, scores, rng.lognormal(size=400)))

    rng = np.random.default_rng(8)
    truth = rng.integers(0, 3, size=150)
    cases.append(case("three_classes_positive_2", truth,
                      np.round(rng.random(150) + 0.3 * (truth == 2), 2), classes=3, positive=2))

    rng = np.random.default_rng(9)
    cases.append(case("no_positives", np.zeros(20, dtype=int), np.round(rng.random(20), 1)))

    rng = np.random.default_rng(10)
    cases.append(case("no_negatives", np.ones(20, dtype=int), np.round(rng.random(20), 1)))

    cases.append(case("signed_zeros", [1, 0, 1, 0, 1, 0], [0.0, -0.0, -0.0, 0.0, 1.0, -1.0]))

    # |score| >= 2**53: scikit-learn 1.2.1's first ROC threshold max + 1 rounds back to max
    cases.append(case("huge_scores", [1, 0, 1, 0, 1], [1e17, 1e17, 3e16, -2e17, 5.0]))

    rng = np.random.default_rng(11)
    latent = rng.random(1000)
    scores = latent.astype(np.float32).astype(float) ** 3  # float32 probabilities: some ties
    cases.append(case("large_weighted", rng.random(1000) < latent, scores,
                      rng.random(1000) * 10, per_threshold=False))

    with open(OUT, "w") as f:
        json.dump({"sklearn": sklearn.__version__, "cases": cases}, f, separators=(",", ":"))
        f.write("\n")
    print("wrote", os.path.normpath(OUT), len(cases), "cases")


if __name__ == "__main__":
    main()
