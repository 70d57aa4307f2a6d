#!/usr/bin/python3
"""Writes the statsmodels and SciPy reference fixtures for McNemar's test, proportion intervals
and the Mann-Whitney U test (dev.modelgate.metrics.stats).

Run from anywhere, with Debian's Python (it has statsmodels 0.13.5, SciPy 1.10.1 and NumPy):

    /usr/bin/python3 gate-metrics/src/test/python/gen_paired_fixtures.py

It writes gate-metrics/src/test/resources/fixtures/paired-statsmodels-0.13.5.json. Every random
case uses a fixed seed, so running it again writes the same file. The JUnit tests read only the
JSON and compare to 1e-9.

Sections, each a list of cases with a "name":
  mcnemar: the discordant counts b (champion alone right, table[0][1]) and c (candidate alone
      right, table[1][0]) of a 2x2 table, and statsmodels.stats.contingency_tables.mcnemar with
      exact=True, exact=False with correction=False, and exact=False with correction=True. The
      chi-square forms are left out (null) where statsmodels has no number (b + c = 0: 0/0) and,
      for the corrected form, where b = c: statsmodels squares |b - c| - 1 = -1 into a statistic of
      1 / (b + c), which ModelGate does not copy (its statistic is 0 there; see McNemar).
  proportion: statsmodels.stats.proportion.proportion_confint(count, nobs, alpha, method) for
      method 'wilson', 'beta' (Clopper-Pearson) and 'agresti_coull'; alpha = 1 - confidence.
  mannwhitney: scipy.stats.mannwhitneyu(x, y, use_continuity, alternative, method) for the
      alternatives two-sided, greater and less; "method" is what was asked ('auto', 'exact' or
      'asymptotic') and "resolved" what 'auto' chose (exact when min(n1, n2) <= 8 and no ties).
  bca: the interval arithmetic of scipy.stats.bootstrap, given its inputs: a sample x whose
      statistic is its mean, B resampled means ("resamples", drawn here with NumPy; values rounded
      to "decimals" in some cases so that ties occur), and at each "confidence" the percentile
      bounds np.percentile(resamples, 100 * [a/2, 1 - a/2]) and the BCa bounds from SciPy's own
      _bca_interval (z0 from the resamples, the acceleration from the jackknife of the mean of x)
      followed by np.percentile, as bootstrap(method='BCa') computes them.
"""
import json
import os

import numpy as np
import scipy
import statsmodels
from scipy import stats
from statsmodels.stats.contingency_tables import mcnemar
from statsmodels.stats.proportion import proportion_confint

assert statsmodels.__version__.startswith("0.13.5"), statsmodels.__version__
assert scipy.__version__ == "1.10.1", scipy.__version__

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures",
                   "paired-statsmodels-0.13.5.json")
ALTERNATIVES = ("two-sided", "greater", "less")


# ---------------------------------------------------------------- McNemar

def mcnemar_case(name, b, c):
    table = [[40, b], [c, 55]]
    exact = mcnemar(table, exact=True)
    case = {"name": name, "b": int(b), "c": int(c),
            "exact_statistic": float(exact.statistic), "exact_p": float(exact.pvalue),
            "chi2_statistic": None, "chi2_p": None,
            "corrected_statistic": None, "corrected_p": None}
    if b + c > 0:
        plain = mcnemar(table, exact=False, correction=False)
        case["chi2_statistic"], case["chi2_p"] = float(plain.statistic), float(plain.pvalue)
    if b + c > 0 and b != c:
        corrected = mcnemar(table, exact=False, correction=True)
        case["corrected_statistic"] = float(corrected.statistic)
        case["corrected_p"] = float(corrected.pvalue)
    return case


def mcnemar_cases():
    rng = np.random.default_rng(20240606)
    fixed = [(0, 0), (0, 1), (1, 0), (1, 1), (0, 5), (7, 0), (3, 4), (12, 25), (25, 12),
             (50, 50), (59, 41), (100, 130), (1000, 1100), (5000, 5200), (123456, 124999),
             (10, 200), (0, 1000), (3000, 0)]
    cases = [mcnemar_case(f"fixed_{b}_{c}", b, c) for b, c in fixed]
    for scale in (20, 300, 20000):
        for _ in range(6):
            b, c = (int(v) for v in rng.integers(0, scale, 2))
            cases.append(mcnemar_case(f"random_{scale}_{b}_{c}", b, c))
    return cases


# ---------------------------------------------------------------- proportion intervals

def proportion_case(name, count, nobs, confidence):
    alpha = 1 - confidence
    case = {"name": name, "count": int(count), "nobs": int(nobs), "confidence": confidence}
    for method in ("wilson", "beta", "agresti_coull"):
        low, upp = proportion_confint(count, nobs, alpha=alpha, method=method)
        case[method] = [float(low), float(upp)]
    return case


def proportion_cases():
    rng = np.random.default_rng(20240607)
    fixed = [(0, 1), (1, 1), (0, 10), (10, 10), (1, 10), (9, 10), (5, 10), (52, 64), (31, 48),
             (170, 200), (1, 2000), (1990, 2000), (12345, 20000), (3, 1000000),
             (999999, 1000000), (4200000, 10000000)]
    cases = []
    for confidence in (0.95, 0.9, 0.99):
        cases += [proportion_case(f"fixed_{k}_of_{n}_at_{confidence}", k, n, confidence)
                  for k, n in fixed]
    for _ in range(12):
        n = int(rng.integers(1, 5000))
        k = int(rng.integers(0, n + 1))
        confidence = float(np.round(rng.uniform(0.5, 0.999), 3))
        cases.append(proportion_case(f"random_{k}_of_{n}_at_{confidence}", k, n, confidence))
    return cases


# ---------------------------------------------------------------- Mann-Whitney U

def resolved(x, y, method):
    if method != "auto":
        return method
    ties = len(np.unique(np.concatenate([x, y]))) < len(x) + len(y)
    return "exact" if min(len(x), len(y)) <= 8 and not ties else "asymptotic"


def mwu_case(name, x, y, method="auto", use_continuity=True):
    x = [float(v) for v in x]
    y = [float(v) for v in y]
    case = {"name": name, "x": x, "y": y, "method": method,
            "resolved": resolved(np.array(x), np.array(y), method),
            "use_continuity": use_continuity}
    for alternative in ALTERNATIVES:
        result = stats.mannwhitneyu(x, y, use_continuity=use_continuity,
                                    alternative=alternative, method=method)
        case[alternative] = [float(result.statistic), float(result.pvalue)]
    return case


def mwu_cases():
    rng = np.random.default_rng(20240608)
    cases = [
        mwu_case("tiny_exact", [1.5, 3.2, 0.7], [2.2, 4.1, 5.3, 6.0]),
        mwu_case("one_each", [1.0], [2.0]),
        mwu_case("separated_exact", [1, 2, 3, 4, 5, 6, 7, 8], [9, 10, 11, 12, 13, 14, 15, 16]),
        mwu_case("tied_auto_is_asymptotic", [1, 2, 2, 3, 5], [2, 3, 4, 4, 6, 7]),
        mwu_case("all_equal", [3, 3, 3], [3, 3, 3, 3]),
        mwu_case("tied_asymptotic_no_continuity", [1, 2, 2, 3, 5], [2, 3, 4, 4, 6, 7],
                 method="asymptotic", use_continuity=False),
    ]
    for n1, n2 in [(5, 7), (8, 30), (3, 100), (12, 15), (40, 35), (200, 150), (1000, 1200)]:
        for shift in (0.0, 0.4):
            x = np.round(rng.normal(0, 1, n1), 6)
            y = np.round(rng.normal(shift, 1, n2), 6)
            cases.append(mwu_case(f"normal_{n1}_{n2}_shift_{shift}", x, y))
            xt = np.round(rng.normal(0, 1, n1), 1)
            yt = np.round(rng.normal(shift, 1, n2), 1)
            cases.append(mwu_case(f"ties_{n1}_{n2}_shift_{shift}", xt, yt))
    for n1, n2 in [(10, 12), (15, 20), (25, 25)]:
        x = np.round(rng.normal(0, 1, n1), 6)
        y = np.round(rng.normal(0.5, 1, n2), 6)
        cases.append(mwu_case(f"forced_exact_{n1}_{n2}", x, y, method="exact"))
        cases.append(mwu_case(f"forced_asymptotic_no_continuity_{n1}_{n2}", x, y,
                              method="asymptotic", use_continuity=False))
    return cases


# ---------------------------------------------------------------- BCa interval arithmetic

def bca_case(name, x, resamples):
    from scipy.stats import _resampling
    x = np.asarray(x, dtype=float)
    resamples = np.asarray(resamples, dtype=float)
    estimate = float(np.mean(x))
    case = {"name": name, "x": floats(x), "estimate": estimate, "resamples": floats(resamples),
            "intervals": []}
    for confidence in (0.95, 0.9, 0.99):
        alpha = (1 - confidence) / 2
        low, high, a_hat = _resampling._bca_interval(
            (x,), lambda s, axis=-1: np.mean(s, axis=axis), axis=-1, alpha=alpha,
            theta_hat_b=resamples, batch=None)
        case["acceleration"] = float(a_hat)
        case["intervals"].append({
            "confidence": confidence,
            "percentile": floats(np.percentile(resamples, [100 * alpha, 100 * (1 - alpha)])),
            "bca": [float(np.percentile(resamples, 100 * low)),
                    float(np.percentile(resamples, 100 * high))]})
    return case


def floats(values):
    return [float(v) for v in np.asarray(values, dtype=float)]


def bca_cases():
    rng = np.random.default_rng(20240609)
    cases = []
    for n, b, decimals in [(12, 400, None), (40, 1000, None), (40, 1000, 1), (150, 2000, None)]:
        x = np.round(rng.lognormal(0, 1, n), 4)
        means = x[rng.integers(0, n, (b, n))].mean(axis=1)
        if decimals is not None:
            means = np.round(means, decimals)
        cases.append(bca_case(f"lognormal_{n}_rows_{b}_resamples_{decimals}", x, means))
    return cases


def main():
    fixtures = {
        "generator": "gen_paired_fixtures.py", "statsmodels": statsmodels.__version__,
        "scipy": scipy.__version__, "numpy": np.__version__,
        "mcnemar": mcnemar_cases(), "proportion": proportion_cases(), "mannwhitney": mwu_cases(),
        "bca": bca_cases(),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(fixtures, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {OUT}: " + ", ".join(f"{k} {len(v)}" for k, v in fixtures.items()
                                         if isinstance(v, list)))


if __name__ == "__main__":
    main()
