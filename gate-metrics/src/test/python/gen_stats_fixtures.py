#!/usr/bin/python3
"""Writes the SciPy reference fixtures for dev.modelgate.metrics.stats.

Run from anywhere, with Debian's Python (it has SciPy 1.10.1 and NumPy):

    /usr/bin/python3 gate-metrics/src/test/python/gen_stats_fixtures.py

It writes gate-metrics/src/test/resources/fixtures/stats-scipy-1.10.1.json. Every random case
uses a fixed seed, so running it again writes the same file. The JUnit tests read only the JSON.

Sections, each a list of cases with a "name":
  ks: scipy.stats.ks_2samp(reference, comparison) with its defaults; "method" is the one SciPy's
      'auto' chose (exact when max(n, m) <= 10000). Large samples are given as a recipe instead of
      values: {"n", "a", "b", "mod", "offset"} means value_i = ((i*a + b) % mod) / mod + offset
      for i in range(n), which Java reproduces bit for bit.
  ks_bucketed: two Prometheus-style histograms (upper_bounds, cumulative counts) and the D that
      ks_2samp gives for their observations placed at their bucket's upper bound.
  chi2: a 2xK table [champion, canary]; categories with no count in either row are dropped before
      scipy.stats.chi2_contingency (which refuses them), with correction=False and =True.
  binomial: scipy.stats.binomtest(k, n, p, alternative) for greater, less and two-sided.
  error_rate: the margin test: null_share = s(1+m) / (s(1+m) + 1 - s), p = binomtest(canary
      errors, total errors, null_share, 'greater'), from request counts or from a given share.
  psi_scores, psi_counts, psi_histograms: the population stability index written with NumPy:
      shares floored at 1e-4, PSI = sum((c - r) * log(c / r)); score bins cut at
      np.unique(np.quantile(reference, j / bins)), a score's bin = np.searchsorted(edges, score).
"""
import json
import math
import os
import warnings

import numpy as np
import scipy
from scipy import stats

assert scipy.__version__ == "1.10.1", scipy.__version__

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "fixtures",
                   "stats-scipy-1.10.1.json")
SHARE_FLOOR = 1e-4


def floats(values):
    return [float(v) for v in np.asarray(values, dtype=float)]


def recipe_values(r):
    i = np.arange(r["n"], dtype=np.int64)
    return ((i * r["a"] + r["b"]) % r["mod"]) / r["mod"] + r["offset"]


# ---------------------------------------------------------------- Kolmogorov-Smirnov

def ks_case(name, reference, comparison, recipes=None):
    x = np.asarray(reference, dtype=float)
    y = np.asarray(comparison, dtype=float)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = stats.ks_2samp(x, y)
    assert not caught, [str(w.message) for w in caught]
    case = {"name": name, "statistic": float(result.statistic), "p_value": float(result.pvalue),
            "method": "EXACT" if max(len(x), len(y)) <= 10000 else "ASYMPTOTIC"}
    if recipes is None:
        case["reference"], case["comparison"] = floats(x), floats(y)
    else:
        case["reference_recipe"], case["comparison_recipe"] = recipes
    return case


def ks_cases():
    rng = np.random.default_rng(20240501)
    cases = []
    for n, m in [(5, 7), (10, 10), (30, 40), (100, 80), (200, 300), (1000, 1500)]:
        for shift in (0.0, 0.3):
            cases.append(ks_case(f"normal_{n}_{m}_shift_{shift}",
                                 np.round(rng.normal(0, 1, n), 6),
                                 np.round(rng.normal(shift, 1, m), 6)))
            cases.append(ks_case(f"ties_{n}_{m}_shift_{shift}",
                                 np.round(rng.normal(0, 1, n), 1),
                                 np.round(rng.normal(shift, 1, m), 1)))
    cases.append(ks_case("identical", [1, 2, 3], [1, 2, 3]))
    cases.append(ks_case("one_value_repeated", [0, 0, 0, 0], [0, 0, 0]))
    cases.append(ks_case("disjoint_small", [1, 2, 3], [4, 5, 6]))
    cases.append(ks_case("disjoint_50_60", np.arange(50), np.arange(50, 110)))
    cases.append(ks_case("two_each", [1, 2], [3, 4]))
    cases.append(ks_case("scores_in_unit_interval", np.round(rng.beta(2, 5, 400), 6),
                         np.round(rng.beta(2.4, 5, 350), 6)))
    for name, r1, r2 in [
        ("exact_at_10000", {"n": 10000, "a": 7919, "b": 3, "mod": 10007, "offset": 0.0},
         {"n": 9000, "a": 104729, "b": 11, "mod": 10009, "offset": 0.004}),
        ("asymptotic_same", {"n": 12000, "a": 7919, "b": 3, "mod": 10007, "offset": 0.0},
         {"n": 11000, "a": 104729, "b": 11, "mod": 10009, "offset": 0.0}),
        ("asymptotic_shifted", {"n": 12000, "a": 7919, "b": 3, "mod": 10007, "offset": 0.0},
         {"n": 11000, "a": 104729, "b": 11, "mod": 10009, "offset": 0.02}),
        ("asymptotic_unbalanced", {"n": 10001, "a": 7919, "b": 3, "mod": 10007, "offset": 0.0},
         {"n": 300, "a": 31, "b": 5, "mod": 317, "offset": 0.05}),
    ]:
        cases.append(ks_case(name, recipe_values(r1), recipe_values(r2), recipes=(r1, r2)))
    return cases


def bucketed_case(name, bounds, reference, comparison):
    bounds = np.asarray(bounds, dtype=float)
    finite = np.where(np.isinf(bounds), 1e300, bounds)
    ref_counts = np.diff(np.concatenate(([0], reference)))
    cmp_counts = np.diff(np.concatenate(([0], comparison)))
    d = stats.ks_2samp(np.repeat(finite, ref_counts), np.repeat(finite, cmp_counts)).statistic
    return {"name": name, "upper_bounds": [None if math.isinf(b) else float(b) for b in bounds],
            "reference": [int(v) for v in reference], "comparison": [int(v) for v in comparison],
            "statistic": float(d)}


def ks_bucketed_cases():
    rng = np.random.default_rng(7)
    bounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, math.inf]
    cases = [bucketed_case("same", bounds, np.cumsum([1, 4, 9, 20, 30, 20, 9, 4, 2, 1, 0, 0]),
                           np.cumsum([2, 8, 18, 40, 60, 40, 18, 8, 4, 2, 0, 0]))]
    for i, shift in enumerate((0.0, 0.3, 1.0)):
        ref = np.searchsorted(bounds, np.exp(rng.normal(-3, 1, 500)), side="left")
        cmp = np.searchsorted(bounds, np.exp(rng.normal(-3 + shift, 1, 400)), side="left")
        cases.append(bucketed_case(f"lognormal_shift_{shift}", bounds,
                                   np.cumsum(np.bincount(ref, minlength=len(bounds))),
                                   np.cumsum(np.bincount(cmp, minlength=len(bounds)))))
    cases.append(bucketed_case("disjoint", [1, 2, 3, math.inf], [5, 5, 5, 5], [0, 0, 3, 3]))
    return cases


# ---------------------------------------------------------------- chi-square

def chi2_case(name, champion, canary):
    table = np.array([champion, canary], dtype=np.int64)
    kept = table[:, table.sum(axis=0) > 0]
    case = {"name": name, "champion": [int(v) for v in champion],
            "canary": [int(v) for v in canary], "dropped": int(table.shape[1] - kept.shape[1])}
    for key, correction in (("plain", False), ("yates", True)):
        stat, p, dof, _ = stats.chi2_contingency(kept, correction=correction)
        case[key] = {"statistic": float(stat), "p_value": float(p), "dof": int(dof)}
    return case


def chi2_cases():
    rng = np.random.default_rng(11)
    cases = [chi2_case("docs_2x2", [30, 70], [45, 55]),
             chi2_case("yates_small_difference", [10, 10], [10, 11]),
             chi2_case("yates_2x2_unbalanced", [800, 200], [150, 50]),
             chi2_case("proportional_rows", [10, 20, 30], [20, 40, 60]),
             chi2_case("zero_category_dropped", [40, 0, 60], [35, 0, 15]),
             chi2_case("zero_categories_leave_one", [0, 50, 0], [0, 20, 0]),
             chi2_case("zero_in_one_row_only", [40, 0, 60], [35, 5, 15]),
             chi2_case("large_counts", [4_000_000, 3_000_000, 2_000_000, 1_000_000],
                       [1_001_000, 749_000, 500_500, 249_500]),
             chi2_case("strong_shift", [900, 50, 50], [300, 400, 300])]
    for k in (2, 3, 5, 8):
        for i in range(3):
            shares = rng.dirichlet(np.ones(k))
            champion = rng.multinomial(int(rng.integers(50, 5000)), shares)
            canary = rng.multinomial(int(rng.integers(20, 2000)),
                                     shares if i < 2 else rng.dirichlet(np.ones(k)))
            cases.append(chi2_case(f"random_{k}_categories_{i}", champion, canary))
    return cases


# ---------------------------------------------------------------- binomial

def binomial_cases():
    rng = np.random.default_rng(5)
    cases = []
    for n in (1, 2, 5, 10, 20, 57, 100, 1000, 10_000, 1_000_000):
        for p in (0.0, 0.01, 0.05, 0.2, 1 / 3, 0.5, 0.8, 1.0):
            ks = {0, n, n // 2, min(n, int(p * n)), min(n, int(p * n) + 1),
                  max(0, int(p * n) - 1)} | {int(v) for v in rng.integers(0, n + 1, 2)}
            for k in sorted(ks):
                case = {"k": k, "n": n, "p": p}
                for alternative in ("greater", "less", "two-sided"):
                    case[alternative] = float(stats.binomtest(k, n, p, alternative).pvalue)
                cases.append(case)
    return cases


def error_rate_cases():
    cases = []

    def add(name, champion_errors, canary_errors, share, margin, requests=None):
        weighted = share * (1 + margin)
        null_share = weighted / (weighted + (1 - share))
        total = champion_errors + canary_errors
        p = 1.0 if total == 0 else float(
            stats.binomtest(canary_errors, total, null_share, "greater").pvalue)
        case = {"name": name, "champion_errors": champion_errors, "canary_errors": canary_errors,
                "margin": margin, "null_share": null_share, "p_value": p}
        if requests is None:
            case["canary_share"] = share
        else:
            case["champion_requests"], case["canary_requests"] = requests
        cases.append(case)

    for champion_req, champion_err, canary_req, canary_err, margin in [
            (8000, 40, 2000, 20, 0.2), (8000, 40, 2000, 10, 0.0), (8000, 40, 2000, 25, 0.0),
            (9500, 95, 500, 9, 0.5), (8000, 0, 2000, 0, 0.1), (8000, 0, 2000, 3, 0.1),
            (7990, 80, 2010, 41, 0.25), (100_000, 1000, 25_000, 400, 0.3)]:
        share = canary_req / (canary_req + champion_req)
        add(f"counts_{canary_err}_of_{champion_err + canary_err}_margin_{margin}",
            champion_err, canary_err, share, margin, (champion_req, canary_req))
    for champion_err, canary_err, share, margin in [
            (40, 20, 0.2, 0.2), (40, 10, 0.2, 0.0), (5, 5, 0.05, 1.0), (0, 0, 0.2, 0.0),
            (100, 60, 0.5, 0.1)]:
        add(f"share_{share}_{canary_err}_of_{champion_err + canary_err}_margin_{margin}",
            champion_err, canary_err, share, margin)
    return cases


# ---------------------------------------------------------------- PSI

def psi_of_counts(reference, comparison):
    r = np.asarray(reference, dtype=np.int64)
    c = np.asarray(comparison, dtype=np.int64)
    rs = np.maximum(r / r.sum(), SHARE_FLOOR)
    cs = np.maximum(c / c.sum(), SHARE_FLOOR)
    return {"psi": float(np.sum((cs - rs) * np.log(cs / rs))),
            "reference_shares": floats(rs), "comparison_shares": floats(cs)}


def psi_score_case(name, reference, comparison, bins=10):
    reference = np.asarray(reference, dtype=float)
    comparison = np.asarray(comparison, dtype=float)
    edges = np.unique(np.quantile(reference, [j / bins for j in range(1, bins)]))
    r = np.bincount(np.searchsorted(edges, reference, side="left"), minlength=len(edges) + 1)
    c = np.bincount(np.searchsorted(edges, comparison, side="left"), minlength=len(edges) + 1)
    case = {"name": name, "bins": bins, "reference": floats(reference),
            "comparison": floats(comparison), "edges": floats(edges)}
    case.update(psi_of_counts(r, c))
    return case


def psi_score_cases():
    rng = np.random.default_rng(42)

    def normal(mean, sd, n):
        return np.round(rng.normal(mean, sd, n), 6)

    base = normal(0, 1, 1000)
    cases = [psi_score_case("identical", base, base),
             psi_score_case("same_distribution", base, normal(0, 1, 800)),
             psi_score_case("moderate_shift", base, normal(0.4, 1, 800)),
             psi_score_case("significant_shift", base, normal(1.0, 1.2, 800)),
             psi_score_case("disjoint", np.round(rng.uniform(0, 1, 300), 6),
                            np.round(rng.uniform(2, 3, 200), 6)),
             psi_score_case("five_bins", base, normal(0.2, 1, 500), bins=5),
             psi_score_case("twenty_bins", base, normal(0.2, 1, 500), bins=20),
             psi_score_case("ties_and_duplicate_edges", np.round(rng.beta(0.5, 3, 1000), 1),
                            np.round(rng.beta(0.6, 3, 700), 1)),
             psi_score_case("mass_at_zero",
                            np.concatenate((np.zeros(600), np.round(rng.uniform(0, 1, 400), 6))),
                            np.concatenate((np.zeros(200), np.round(rng.uniform(0, 1, 500), 6)))),
             psi_score_case("scores_on_edges", np.arange(1, 11, dtype=float),
                            np.array([1.9, 2.0, 2.1, 5.5, 9.0, 10.0, 11.0])),
             psi_score_case("one_reference_score", [0.5], [0.1, 0.5, 0.9]),
             psi_score_case("three_reference_scores", [0.1, 0.2, 0.3], [0.15, 0.25, 0.35, 0.05]),
             psi_score_case("comparison_leaves_bins_empty", base, normal(0, 0.1, 300))]
    return cases


def psi_count_cases():
    cases = []
    for name, r, c in [("identical", [50, 30, 20], [50, 30, 20]),
                       ("same_proportions", [50, 30, 20], [5, 3, 2]),
                       ("moderate", [50, 30, 20], [40, 30, 30]),
                       ("zero_category_in_comparison", [50, 30, 20], [60, 40, 0]),
                       ("zero_category_in_both", [50, 0, 50], [30, 0, 70]),
                       ("single_category", [10], [99]),
                       ("large", [4_000_000, 3_000_000, 2_000_000, 1_000_000],
                        [1_001_000, 749_000, 500_500, 249_500])]:
        case = {"name": name, "reference": r, "comparison": c}
        case.update(psi_of_counts(r, c))
        cases.append(case)
    return cases


def psi_histogram_cases():
    rng = np.random.default_rng(3)
    bounds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, math.inf]
    cases = []
    for shift in (0.0, 0.2, 0.8):
        ref = np.bincount(np.searchsorted(bounds, np.exp(rng.normal(-3, 1, 5000)), side="left"),
                          minlength=len(bounds))
        cmp = np.bincount(np.searchsorted(bounds, np.exp(rng.normal(-3 + shift, 1, 1200)),
                                          side="left"), minlength=len(bounds))
        case = {"name": f"lognormal_shift_{shift}",
                "upper_bounds": [None if math.isinf(b) else b for b in bounds],
                "reference": [int(v) for v in np.cumsum(ref)],
                "comparison": [int(v) for v in np.cumsum(cmp)]}
        case.update(psi_of_counts(ref, cmp))
        cases.append(case)
    return cases


def main():
    fixtures = {
        "generator": "gen_stats_fixtures.py", "scipy": scipy.__version__, "numpy": np.__version__,
        "ks": ks_cases(), "ks_bucketed": ks_bucketed_cases(), "chi2": chi2_cases(),
        "binomial": binomial_cases(), "error_rate": error_rate_cases(),
        "psi_scores": psi_score_cases(), "psi_counts": psi_count_cases(),
        "psi_histograms": psi_histogram_cases(),
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        json.dump(fixtures, f, indent=None, separators=(",", ":"))
        f.write("\n")
    print(f"wrote {OUT}: " + ", ".join(f"{k} {len(v)}" for k, v in fixtures.items()
                                         if isinstance(v, list)))


if __name__ == "__main__":
    main()
