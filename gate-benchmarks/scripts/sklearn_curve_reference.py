#!/usr/bin/python3
"""Times scikit-learn's precision_recall_curve on 10,000,000 rows: the reference that
ThresholdCurveBenchmark is compared with.

Run with Debian's Python (it has scikit-learn 1.2.1 and numpy):

    /usr/bin/python3 gate-benchmarks/scripts/sklearn_curve_reference.py [--rows N] [--repeats R]
        [--json FILE]

The data has the benchmark's shape: uniform scores in [0, 1) (almost all distinct) and 30%
positives, from numpy's default_rng(42). Prints each run's seconds and their mean; --json also
writes {"rows", "repeats", "seconds": [...], "mean_ms"} for run-curve-benchmarks.sh.
"""
import argparse
import json
import time

import numpy as np
import sklearn
from sklearn.metrics import precision_recall_curve


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000_000)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--json")
    args = parser.parse_args()

    rng = np.random.default_rng(42)
    scores = rng.random(args.rows)
    truth = (rng.random(args.rows) < 0.3).astype(np.int64)

    seconds = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        precision, recall, thresholds = precision_recall_curve(truth, scores)
        seconds.append(time.perf_counter() - start)
        assert len(thresholds) == len(np.unique(scores))
    mean_ms = 1000 * sum(seconds) / len(seconds)
    print(f"scikit-learn {sklearn.__version__} precision_recall_curve, {args.rows} rows: "
          + ", ".join(f"{s:.2f} s" for s in seconds) + f"; mean {mean_ms:.0f} ms")
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"rows": args.rows, "repeats": args.repeats, "seconds": seconds,
                       "mean_ms": mean_ms}, f)


if __name__ == "__main__":
    main()
