#!/usr/bin/python3
"""The reference for ConfusionBenchmark: the same work in scikit-learn and numpy.

Run with Debian's Python, which has scikit-learn and numpy (run-confusion-benchmarks.sh does):

    /usr/bin/python3 gate-benchmarks/scripts/sklearn_confusion_reference.py [--json FILE]

On 10,000,000 seeded rows of int32 labels, distributed as in ConfusionBenchmark (binary: 30%
positives, predictions right 80% of the time; five uniform classes, right 60% of the time), it
times:
  * scikit-learn: confusion_matrix + f1_score (binary: pos_label=1; five classes: macro);
  * numpy: the confusion matrix by bincount(truth * K + predicted), and F1 from it.
It prints the median seconds of a few repeats, and writes them as JSON with --json.
"""

import argparse
import json
import statistics
import time

import numpy as np
import sklearn
from sklearn.metrics import confusion_matrix, f1_score

ROWS = 10_000_000


def data(rng):
    truth2 = (rng.random(ROWS) < 0.3).astype(np.int32)
    pred2 = np.where(rng.random(ROWS) < 0.8, truth2, 1 - truth2).astype(np.int32)
    truth5 = rng.integers(0, 5, size=ROWS, dtype=np.int32)
    pred5 = np.where(rng.random(ROWS) < 0.6, truth5,
                     rng.integers(0, 5, size=ROWS, dtype=np.int32)).astype(np.int32)
    return (truth2, pred2), (truth5, pred5)


def median_seconds(work, repeats):
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def sklearn_work(truth, pred, k):
    def work():
        confusion_matrix(truth, pred)
        if k == 2:
            f1_score(truth, pred, pos_label=1)
        else:
            f1_score(truth, pred, average="macro")
    return work


def numpy_work(truth, pred, k):
    def work():
        cm = np.bincount(truth * k + pred, minlength=k * k).reshape(k, k)
        tp = np.diag(cm)
        denom = cm.sum(axis=0) + cm.sum(axis=1)
        return 2 * tp / np.where(denom == 0, 1, denom)
    return work


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", help="also write the seconds to this file")
    parser.add_argument("--repeats", type=int, default=3, help="scikit-learn repeats (numpy: x3)")
    args = parser.parse_args()

    binary, five = data(np.random.default_rng(42))
    seconds = {
        "sklearn_binary": median_seconds(sklearn_work(*binary, 2), args.repeats),
        "numpy_bincount_binary": median_seconds(numpy_work(*binary, 2), 3 * args.repeats),
        "sklearn_five": median_seconds(sklearn_work(*five, 5), args.repeats),
        "numpy_bincount_five": median_seconds(numpy_work(*five, 5), 3 * args.repeats),
    }
    print(f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, {ROWS:,} rows")
    for name, s in seconds.items():
        print(f"{name:24s} {s:10.4f} s")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(seconds, f, indent=2)


if __name__ == "__main__":
    main()
