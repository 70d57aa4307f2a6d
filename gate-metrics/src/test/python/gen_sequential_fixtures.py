#!/usr/bin/python3
"""Writes the SciPy reference fixtures for dev.modelgate.metrics.stats.BinomialEProcess.

Run from anywhere, with Debian's Python (it has SciPy 1.10.1 and NumPy):

    /usr/bin/python3 gate-metrics/src/test/python/gen_sequential_fixtures.py

It writes gate-metrics/src/test/resources/fixtures/sequential-scipy-1.10.1.json. The random cases
use a fixed seed, so running it again writes the same file. The JUnit tests read only the JSON.

The e-value is computed here from its definition, with SciPy's binomial log-pmf and no shortcut:
window i has x_i of n_i events on the canary at traffic share s_i; the null boundary's rate ratio
is r0 = 1 + margin, an alternative's is r = c * r0, and the canary's share of events is
share(r) = s r / (1 + s (r - 1)). Then

    log LR_i(c) = binom.logpmf(x_i, n_i, share(c r0)) - binom.logpmf(x_i, n_i, share(r0))
    E_t = sum_j w_j exp(sum_{i <= t} log LR_i(c_j))          (weights normalised to sum 1)

"log_e" is log E after the last window, "max_log_e" the largest log E_t over t = 0..T (log E_0 = 0)
and "p_value" = min(1, exp(-max_log_e)), the anytime-valid p-value. Windows given as request counts
[champion_requests, champion_events, canary_requests, canary_events] use s = canary / (canary +
champion) requests and n = champion + canary events; a window where either model has no requests
is skipped.

Sections:
  shares: windows as [x, n, s].
  counts: windows as request and event counts.
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import stats

assert scipy.__version__ == "1.10.1", scipy.__version__

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures",
                   "sequential-scipy-1.10.1.json")
DEFAULT_MULTIPLES = [1.25, 1.5, 2.0, 3.0, 5.0, 10.0]


def share(s, r):
    return s * r / (1 + s * (r - 1))


def log_e_path(windows, margin, multiples, weights):
    """log E_t for t = 0..T, windows as (x, n, s)."""
    w = np.asarray(weights, dtype=float)
    w = w / w.sum()
    r0 = 1 + margin
    cumulative = np.zeros(len(multiples))
    path = [0.0]
    for x, n, s in windows:
        for j, c in enumerate(multiples):
            cumulative[j] += (stats.binom.logpmf(x, n, share(s, c * r0))
                              - stats.binom.logpmf(x, n, share(s, r0)))
        top = cumulative.max()
        path.append(float(top + math.log(np.sum(w * np.exp(cumulative - top)))))
    return path


def case(name, windows, margin=0.0, multiples=None, weights=None, counts=None):
    multiples = DEFAULT_MULTIPLES if multiples is None else multiples
    weights = [1.0] * len(multiples) if weights is None else weights
    path = log_e_path(windows, margin, multiples, weights)
    out = {"name": name, "margin": margin, "multiples": multiples, "weights": weights}
    if counts is None:
        out["windows"] = [[int(x), int(n), float(s)] for x, n, s in windows]
    else:
        out["windows"] = counts
    out["log_e"] = path[-1]
    out["max_log_e"] = max(path)
    out["p_value"] = min(1.0, math.exp(-max(path)))
    return out


def from_counts(counts):
    windows = []
    for ch_req, ch_ev, ca_req, ca_ev in counts:
        if ch_req == 0 or ca_req == 0:
            continue
        windows.append((ca_ev, ch_ev + ca_ev, ca_req / (ca_req + ch_req)))
    return windows


def share_cases():
    cases = [
        case("twenty-two of sixty at 0.2", [(22, 60, 0.2)]),
        case("twenty-one of sixty at 0.2", [(21, 60, 0.2)]),
        case("exactly its share", [(12, 60, 0.2)]),
        case("three windows", [(8, 20, 0.2), (7, 20, 0.2), (7, 20, 0.2)]),
        case("no events", [(0, 0, 0.2)]),
        case("steps 5, 20, 50", [(2, 30, 0.05), (9, 25, 0.2), (30, 44, 0.5)]),
        case("margin 0.2", [(20, 60, 0.2)], margin=0.2),
        case("one alternative, tie at 16", [(4, 4, 0.25)], multiples=[3.0]),
        case("weighted alternatives", [(15, 50, 0.2), (3, 40, 0.2)], multiples=[1.5, 2.0, 4.0],
             weights=[1.0, 2.0, 3.0]),
        case("fewer errors than its share", [(1, 100, 0.3), (2, 120, 0.3)]),
        case("large counts", [(1200, 5000, 0.2), (1100, 5000, 0.2)]),
        case("all on the canary", [(500, 500, 0.2)]),
    ]
    rng = np.random.default_rng(42)
    for i in range(20):
        t = int(rng.integers(1, 8))
        margin = float(rng.choice([0.0, 0.1, 0.5]))
        windows = []
        for _ in range(t):
            s = float(rng.choice([0.05, 0.2, 0.5, 0.8]))
            n = int(rng.integers(0, 400))
            x = int(rng.binomial(n, min(0.99, share(s, float(rng.choice([1.0, 1.5, 2.0]))))))
            windows.append((x, n, s))
        cases.append(case("random %d" % i, windows, margin=margin))
    return cases


def count_cases():
    specs = [
        ("healthy window", [[1600, 16, 400, 4]]),
        ("doubled rate over three windows", [[1600, 16, 400, 8], [1610, 15, 390, 9], [1580, 17, 420, 8]]),
        ("a window without canary traffic", [[2000, 20, 0, 0], [1600, 16, 400, 16]]),
        ("uneven routing", [[1000, 10, 1000, 25], [1900, 19, 100, 3]]),
    ]
    return [case(name, from_counts(c), counts=c) for name, c in specs]


def main():
    fixtures = {"shares": share_cases(), "counts": count_cases()}
    with open(OUT, "w") as f:
        json.dump(fixtures, f, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
