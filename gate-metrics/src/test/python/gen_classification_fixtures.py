#!/usr/bin/python3
"""Writes the scikit-learn fixtures of ClassificationMetricsSklearnTest.

Run from the repository root with Debian's Python, which has scikit-learn 1.2.1 and numpy:

    /usr/bin/python3 gate-metrics/src/test/python/gen_classification_fixtures.py

It writes gate-metrics/src/test/resources/fixtures/classification_metrics.json, one case per line.
The output is deterministic (fixed seeds): running it again must leave the file unchanged.

Each case holds its labels in scikit-learn's order, the rows as indices into those labels (the Java
test turns them back into strings where it needs them), the optional sample weights, and what
scikit-learn computes from them: confusion_matrix, accuracy_score, balanced_accuracy_score,
matthews_corrcoef, and precision/recall/f1/fbeta (beta 0.5 and 2) for average=None, micro, macro,
weighted and, with at most two labels, binary with each label as pos_label, for zero_division 0
and 1. "derive_labels" cases give no labels to scikit-learn, which sorts the observed ones
(numpy.unique); the Java test must find the same order by itself.

Before writing, the script checks two claims the Java code relies on:
  * zero_division="warn" returns exactly what zero_division=0 returns;
  * scikit-learn 1.2's F-beta (from precision and recall after their 0/0 substitution) equals the
    count formula of scikit-learn >= 1.3, (1 + b^2) tp / (b^2 t + pp) with 0/0 -> zero_division,
    for zero_division 0 and 1.
"""

import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.metrics import (
    accuracy_score,
    balanced_accuracy_score,
    confusion_matrix,
    f1_score,
    fbeta_score,
    matthews_corrcoef,
    precision_score,
    recall_score,
)
from sklearn.utils.multiclass import unique_labels

OUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)),
    "..", "resources", "fixtures", "classification_metrics.json")

SCORES = [
    ("precision", lambda *a, **k: precision_score(*a, **k)),
    ("recall", lambda *a, **k: recall_score(*a, **k)),
    ("f1", lambda *a, **k: f1_score(*a, **k)),
    ("fbeta_0.5", lambda *a, **k: fbeta_score(*a, beta=0.5, **k)),
    ("fbeta_2", lambda *a, **k: fbeta_score(*a, beta=2.0, **k)),
]
BETAS = {"f1": 1.0, "fbeta_0.5": 0.5, "fbeta_2": 2.0}


def noisy(rng, truth, k, keep):
    """Predictions that equal the truth with probability `keep`, else a uniform class."""
    other = rng.integers(0, k, size=truth.size)
    return np.where(rng.random(truth.size) < keep, truth, other)


def weights_for(rng, n, zero_share=0.05):
    w = rng.uniform(0.0, 3.0, size=n)
    w[rng.random(n) < zero_share] = 0.0
    return w


def cases():
    rng = np.random.default_rng(20240611)
    out = []

    def add(name, labels, truth, predicted, weights=None, derive=False):
        out.append(dict(name=name, labels=list(labels), truth=np.asarray(truth),
                        predicted=np.asarray(predicted), weights=weights, derive=derive))

    two = ["0", "1"]
    for n, weighted in [(100, False), (500, True), (20000, False)]:
        t = (rng.random(n) < 0.3).astype(int)
        add(f"binary random {n} rows" + (" weighted" if weighted else ""), two, t,
            noisy(rng, t, 2, 0.7), weights_for(rng, n) if weighted else None)
    t = (rng.random(60) < 0.4).astype(int)
    add("binary all-negative predictions", two, t, np.zeros(60, int))
    add("binary all-negative predictions weighted", two, t, np.zeros(60, int),
        weights_for(rng, 60))
    add("binary no positive truth", two, np.zeros(40, int), (rng.random(40) < 0.5).astype(int))
    add("binary all negative", two, np.zeros(30, int), np.zeros(30, int))
    add("binary all positive truth, all negative predictions", two, np.ones(25, int),
        np.zeros(25, int))
    add("binary perfect", two, t, t)
    add("single class", ["a"], np.zeros(12, int), np.zeros(12, int))
    add("single class weighted", ["a"], np.zeros(12, int), np.zeros(12, int),
        weights_for(rng, 12, 0.0))

    for k, n in [(3, 300), (7, 1000)]:
        labels = [str(i) for i in range(k)]
        t = rng.integers(0, k, size=n)
        add(f"{k} classes random", labels, t, noisy(rng, t, k, 0.6))
        t = rng.integers(0, k, size=2 * n)
        add(f"{k} classes random weighted", labels, t, noisy(rng, t, k, 0.6),
            weights_for(rng, 2 * n))
        add(f"{k} classes perfect", labels, t[:n], t[:n])
    t = rng.integers(0, 3, size=90)
    add("3 classes perfect weighted", ["0", "1", "2"], t, t, weights_for(rng, 90))
    t = rng.integers(0, 4, size=80)
    add("4 classes constant prediction", ["0", "1", "2", "3"], t, np.full(80, 2))

    five = ["ant", "bee", "cat", "dog", "eel"]
    t = rng.choice([0, 1, 2], size=150)  # ant, bee, cat are true classes
    p = noisy(rng, t, 3, 0.5)
    p[p == 2] = 3  # cat is never predicted, dog only predicted, eel absent everywhere
    add("absent classes", five, t, p)
    add("absent classes weighted", five, t, p, weights_for(rng, 150))
    t = rng.integers(0, 3, size=120)
    w = weights_for(rng, 120)
    w[t == 2] = 0.0  # class 2 has rows but no weight
    add("class with rows of weight 0 only", ["x", "y", "z"], t, noisy(rng, t, 3, 0.6), w)

    tricky = ["b10", "b9", "B", "a", "Zebra", "\u00e9clair", "_x", "10", "9", "\u00df"]
    idx = rng.integers(0, len(tricky), size=400)
    pidx = noisy(rng, idx, len(tricky), 0.5)
    truth_s = np.array([tricky[i] for i in idx])
    pred_s = np.array([tricky[i] for i in pidx])
    for weighted in (False, True):
        labels = unique_labels(truth_s, pred_s).tolist()
        pos = {s: i for i, s in enumerate(labels)}
        add("string labels sorted as scikit-learn sorts them" + (" weighted" if weighted else ""),
            labels, [pos[s] for s in truth_s], [pos[s] for s in pred_s],
            weights_for(rng, 400) if weighted else None, derive=True)
    return out


def fbeta_from_counts(cm, beta, zd):
    tp = np.diag(cm).astype(float)
    t = cm.sum(axis=1).astype(float)
    pp = cm.sum(axis=0).astype(float)
    denom = beta * beta * t + pp
    with np.errstate(divide="ignore", invalid="ignore"):
        f = (1 + beta * beta) * tp / denom
    f[denom == 0] = zd
    return f


def expected(case):
    with warnings.catch_warnings():
        # balanced_accuracy_score warns when a class is predicted but has no true rows; the Java
        # code leaves such classes out in the same way, without a warning
        warnings.filterwarnings("ignore", message="y_pred contains classes not in y_true")
        return expected_quietly(case)


def expected_quietly(case):
    labels = np.array(case["labels"])
    y_true = labels[case["truth"]]
    y_pred = labels[case["predicted"]]
    w = case["weights"]
    given = None if case["derive"] else labels
    if case["derive"]:
        assert unique_labels(y_true, y_pred).tolist() == case["labels"]
    cm = confusion_matrix(y_true, y_pred, labels=given, sample_weight=w)
    result = {
        "confusion_matrix": cm.astype(float).tolist(),
        "accuracy": float(accuracy_score(y_true, y_pred, sample_weight=w)),
        "balanced_accuracy": float(balanced_accuracy_score(y_true, y_pred, sample_weight=w)),
        "mcc": float(matthews_corrcoef(y_true, y_pred, sample_weight=w)),
    }
    for zd in (0, 1):
        block = {}
        for name, score in SCORES:
            common = dict(sample_weight=w, zero_division=zd)
            values = {
                "per_class": score(y_true, y_pred, labels=given, average=None, **common).tolist(),
            }
            for avg in ("micro", "macro", "weighted"):
                values[avg] = float(score(y_true, y_pred, labels=given, average=avg, **common))
            if len(labels) <= 2:
                values["binary"] = {
                    str(pos): float(score(y_true, y_pred, average="binary", pos_label=pos,
                                          **common))
                    for pos in labels}
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                warned = score(y_true, y_pred, labels=given, average=None, sample_weight=w,
                               zero_division="warn")
            if zd == 0:
                assert np.array_equal(warned, np.array(values["per_class"])), case["name"]
            if name in BETAS:
                by_counts = fbeta_from_counts(cm, BETAS[name], zd)
                assert np.allclose(by_counts, values["per_class"], rtol=1e-13, atol=0), (
                    case["name"], name, zd)
            block[name] = values
        result[f"zero_division_{zd}"] = block
    return result


def main():
    lines = []
    for case in cases():
        record = {
            "name": case["name"],
            "labels": case["labels"],
            "derive_labels": case["derive"],
            "truth": [int(i) for i in case["truth"]],
            "predicted": [int(i) for i in case["predicted"]],
            "weights": None if case["weights"] is None else [float(x) for x in case["weights"]],
            "expected": expected(case),
        }
        lines.append(json.dumps(record, ensure_ascii=False, separators=(",", ":")))
    header = json.dumps({"generator": "gate-metrics/src/test/python/gen_classification_fixtures.py",
                         "sklearn": sklearn.__version__, "numpy": np.__version__})
    with open(OUT, "w", encoding="utf-8") as f:
        f.write('{"about":' + header + ',\n"cases":[\n' + ",\n".join(lines) + "\n]}\n")
    print(f"wrote {len(lines)} cases to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
