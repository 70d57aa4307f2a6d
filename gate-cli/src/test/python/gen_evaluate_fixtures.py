#!/usr/bin/python3
"""Writes the scikit-learn fixtures of EvaluateMatchesSklearnTest (gate evaluate --format json).

Run from the repository root with Debian's Python, which has scikit-learn 1.2.1 and numpy:

    /usr/bin/python3 gate-cli/src/test/python/gen_evaluate_fixtures.py

It writes, under gate-cli/src/test/resources/fixtures/evaluate/:
  binary.csv       300 rows: id, true label (bad/good), predicted label, score, loan amount
  multiclass.csv   250 rows: id, true label (4 labels, one with a comma, so CSV quoting is used),
                   predicted label (one label only ever predicted), score for "dog", sample weight
  expected.json    one entry per gate evaluate run: its flags and what scikit-learn (and, for net
                   benefit and the fingerprint, exact decimal arithmetic and SHA-256) computes

Deterministic (fixed seeds, scores written with 6 decimals so Java and Python parse the same
doubles): running it again must leave the files unchanged. CI only reads the files.
"""

import csv
import hashlib
import json
import os
import random
import struct
import warnings
from decimal import ROUND_HALF_EVEN, Decimal

import numpy as np
from sklearn import metrics

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "resources", "fixtures", "evaluate"))


def fingerprint(row_ids, labels):
    """As Fingerprint's Javadoc: SHA-256 over tag, count, (len, id, len, label) sorted by id bytes."""
    rows = sorted(zip(row_ids, labels), key=lambda r: r[0].encode("utf-8"))
    h = hashlib.sha256()
    h.update(b"modelgate-testset-fingerprint:v1\n")
    h.update(struct.pack(">q", len(rows)))
    for row_id, label in rows:
        for text in (row_id.encode("utf-8"), label.encode("utf-8")):
            h.update(struct.pack(">I", len(text)))
            h.update(text)
    return "sha256:" + h.hexdigest()


def averages(fn, y, p, labels, pos, w, zd):
    out = {}
    if pos is not None:
        out["binary"] = float(fn(y, p, labels=[pos], average="macro", sample_weight=w, zero_division=zd))
    for avg in ("micro", "macro", "weighted"):
        out[avg] = float(fn(y, p, labels=labels, average=avg, sample_weight=w, zero_division=zd))
    per = fn(y, p, labels=labels, average=None, sample_weight=w, zero_division=zd)
    out["perClass"] = {label: float(v) for label, v in zip(labels, per)}
    return out


def classification(y, p, pos, w, zd):
    labels = sorted(set(y) | set(p) | ({pos} if pos else set()))
    cm = metrics.confusion_matrix(y, p, labels=labels, sample_weight=w)
    weighted = w is not None
    return {
        "rows": len(y),
        "labels": labels,
        "weighted": weighted,
        "confusionMatrix": [[float(c) if weighted else int(c) for c in row] for row in cm],
        "accuracy": float(metrics.accuracy_score(y, p, sample_weight=w)),
        "balancedAccuracy": float(metrics.balanced_accuracy_score(y, p, sample_weight=w)),
        "mcc": float(metrics.matthews_corrcoef(y, p, sample_weight=w)),
        "precision": averages(metrics.precision_score, y, p, labels, pos, w, zd),
        "recall": averages(metrics.recall_score, y, p, labels, pos, w, zd),
        "f1": averages(metrics.f1_score, y, p, labels, pos, w, zd),
    }


def ranking(y, scores, pos, w):
    truth = np.array([1 if label == pos else 0 for label in y])
    s = np.array(scores)
    return {
        "rocAuc": float(metrics.roc_auc_score(truth, s, sample_weight=w)),
        "averagePrecision": float(metrics.average_precision_score(truth, s, sample_weight=w)),
    }


def net_benefit(y, p, pos, values, rates=None, amounts=None):
    total = Decimal(0)
    for i, (t, q) in enumerate(zip(y, p)):
        outcome = ("tp" if q == pos else "fn") if t == pos else ("fp" if q == pos else "tn")
        total += Decimal(values[outcome])
        if rates is not None:
            total += Decimal(rates[outcome]) * Decimal(amounts[i])
    return total


def scaled(total, rows, per_rows):
    return (total * per_rows / rows).quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN)


def binary_rows():
    rng = random.Random(20240601)
    rows = []
    for i in range(300):
        bad = rng.random() < 0.3
        score = min(0.999999, max(0.0, rng.gauss(0.62 if bad else 0.35, 0.2)))
        score = round(score, 6)
        predicted = "bad" if rng.random() < (0.8 if bad else 0.25) else "good"
        amount = "%d.%02d" % (rng.randint(250, 15000), rng.randint(0, 99))
        rows.append(["r%04d" % (i * 7 % 1000), "bad" if bad else "good", predicted, "%.6f" % score, amount])
    return rows


def multiclass_rows():
    rng = random.Random(77)
    labels = ["cat", "dog", "fish", "bird, small"]
    rows = []
    for i in range(250):
        truth = rng.choices(labels, weights=[4, 3, 2, 1])[0]
        r = rng.random()
        predicted = truth if r < 0.6 else ("emu" if r > 0.95 else rng.choice(labels))
        score = round(min(1.0, max(0.0, rng.gauss(0.7 if truth == "dog" else 0.3, 0.2))), 6)
        weight = rng.choice(["0.5", "1", "1.5", "2.25", "0.1", "3"])
        rows.append([str(1000 + i), truth, predicted, "%.6f" % score, weight])
    return rows


def write_csv(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main():
    # scikit-learn warns that "emu" is predicted but never true: expected, and what the case is for
    warnings.filterwarnings("ignore", message="y_pred contains classes not in y_true")
    os.makedirs(OUT, exist_ok=True)
    runs = []

    b = binary_rows()
    write_csv("binary.csv", ["id", "truth", "predicted", "score", "loan"], b)
    ids, y, p = [r[0] for r in b], [r[1] for r in b], [r[2] for r in b]
    scores, loans = [float(r[3]) for r in b], [r[4] for r in b]
    costs = {"tp": "0", "fp": "0", "fn": "-500", "tn": "100"}
    expect = classification(y, p, "bad", None, 0)
    expect.update(ranking(y, scores, "bad", None))
    total = net_benefit(y, p, "bad", costs)
    expect["netBenefit"] = str(scaled(total, len(y), 10000))
    expect["costs"] = {"onTestSet": str(total), "perRows": 10000, "currency": "USD"}
    expect["testSetFingerprint"] = fingerprint(ids, y)
    runs.append({
        "name": "binary with scores and costs, scaled to 10,000 rows",
        "data": "binary.csv",
        "args": ["--label", "truth", "--prediction", "predicted", "--score", "score",
                 "--positive", "bad", "--id", "id", "--costs", "tp=0,fp=0,fn=-500,tn=100",
                 "--per-rows", "10000", "--zero-division", "0"],
        "expect": expect,
    })

    threshold = 0.5
    p_t = ["bad" if s >= threshold else "good" for s in scores]
    rates = {"tp": "0", "fp": "0", "fn": "-1", "tn": "0.1"}
    expect = classification(y, p_t, "bad", None, 0)
    expect.update(ranking(y, scores, "bad", None))
    expect["netBenefit"] = str(net_benefit(y, p_t, "bad", {k: "0" for k in rates}, rates, loans))
    expect["testSetFingerprint"] = fingerprint([str(i + 1) for i in range(len(y))], y)
    runs.append({
        "name": "binary, label from score >= 0.5, money from loan amounts, row numbers as ids",
        "data": "binary.csv",
        "args": ["--label", "truth", "--score", "score", "--threshold", "0.5",
                 "--positive", "bad", "--amount", "loan", "--rates", "fn=-1,tn=0.1",
                 "--zero-division", "0"],
        "expect": expect,
    })

    m = multiclass_rows()
    write_csv("multiclass.csv", ["row", "animal", "guess", "p_dog", "w"], m)
    ids, y, p = [r[0] for r in m], [r[1] for r in m], [r[2] for r in m]
    scores, w = [float(r[3]) for r in m], np.array([float(r[4]) for r in m])
    expect = classification(y, p, "dog", w, 0)
    expect.update(ranking(y, scores, "dog", w))
    expect["testSetFingerprint"] = fingerprint(ids, y)
    runs.append({
        "name": "five labels, weighted, positive dog",
        "data": "multiclass.csv",
        "args": ["--label", "animal", "--prediction", "guess", "--score", "p_dog",
                 "--positive", "dog", "--weight", "w", "--id", "row", "--zero-division", "0"],
        "expect": expect,
    })
    expect = classification(y, p, None, None, 0)
    expect["testSetFingerprint"] = fingerprint(ids, y)
    runs.append({
        "name": "five labels, no positive label",
        "data": "multiclass.csv",
        "args": ["--label", "animal", "--prediction", "guess", "--id", "row",
                 "--zero-division", "0"],
        "expect": expect,
    })

    with open(os.path.join(OUT, "expected.json"), "w", encoding="utf-8") as f:
        json.dump({"generator": "gate-cli/src/test/python/gen_evaluate_fixtures.py",
                   "sklearn": "1.2.1", "runs": runs}, f, indent=1, sort_keys=False)
        f.write("\n")


if __name__ == "__main__":
    main()
