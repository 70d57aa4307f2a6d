#!/usr/bin/env python3
"""Writes the bundled predictions CSVs that the quick-start example evaluates.

How to run, from the repository root (Debian's python3-sklearn):

    /usr/bin/python3 gate-examples/scripts/make_german_credit_predictions.py

It reads gate-examples/src/main/resources/dev/modelgate/examples/german_credit.csv, splits it
with ModelGate's fixed test-set split (seed 42, 20 %, stratified by Class; the algorithm is
re-implemented from TestSetSplit's Javadoc in gate-metrics/src/test/python/testset_fixtures.py,
and that module is imported here), trains a logistic regression on the 800 training rows and
writes, for the 200 test rows, one predictions file per decision threshold:

    german_credit_predictions_p50.csv   decline (predict Bad) when P(Bad) > 0.5
    german_credit_predictions_p17.csv   decline when P(Bad) > 1/6, the Bayes-optimal threshold
                                        for the 1:5 Statlog cost ratio

Columns: row_id, Class (the truth), predicted, score (P(Bad), rounded to 6 decimals).
Deterministic: liblinear with a fixed random_state; re-running gives the same bytes.
"""
import csv
import os
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "gate-metrics", "src", "test", "python"))
import testset_fixtures  # noqa: E402  (the reference split)

OUT = os.path.join(ROOT, "gate-examples", "src", "main", "resources", "dev", "modelgate", "examples")


def main():
    with open(os.path.join(OUT, "german_credit.csv"), encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    ids = [r["row_id"] for r in rows]
    labels = [r["Class"] for r in rows]
    test = set(testset_fixtures.split(ids, labels, 42, 0.2, True))
    features = [c for c in rows[0] if c not in ("row_id", "Class")]
    x = np.array([[float(r[c]) for c in features] for r in rows])
    y = np.array([1 if label == "Bad" else 0 for label in labels])
    train_idx = [i for i in range(len(rows)) if i not in test]
    test_idx = sorted(test)
    scaler = StandardScaler().fit(x[train_idx])
    model = LogisticRegression(C=0.1, solver="liblinear", random_state=42)
    model.fit(scaler.transform(x[train_idx]), y[train_idx])
    p_bad = model.predict_proba(scaler.transform(x[test_idx]))[:, 1]
    for name, threshold in (("p50", 0.5), ("p17", 1.0 / 6.0)):
        path = os.path.join(OUT, "german_credit_predictions_%s.csv" % name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write("row_id,Class,predicted,score\n")
            for i, p in zip(test_idx, p_bad):
                score = round(float(p), 6)
                predicted = "Bad" if score > threshold else "Good"
                f.write("%s,%s,%s,%.6f\n" % (ids[i], labels[i], predicted, score))
        print("wrote", os.path.relpath(path, ROOT))


if __name__ == "__main__":
    main()
