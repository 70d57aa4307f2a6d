"""Writes the net-benefit fixtures read by the tests in dev.modelgate.metrics.cost.

Run from the repository root with Debian's Python (scikit-learn 1.2.1, statsmodels 0.13.5, numpy):

    /usr/bin/python3 gate-metrics/src/test/python/cost_fixtures.py

It reads the bundled copy gate-metrics/src/test/resources/testset/german_credit.csv, or the path in the environment
variable GERMAN_CREDIT_CSV, and checks its SHA-256 against the datasets README.

Deterministic: the German credit model is a plain maximum-likelihood logistic regression on a fixed
split (test = rows with row_id % 5 == 0), and the random cases use numpy's generator with seed 42.
Expected money is computed with Python's exact Decimal (inexact operations trap) and Fraction,
independently of the Java code; scaled values are rounded once, half to even, as Fraction's round
does.

Writes:
  gate-metrics/src/test/resources/fixtures/cost-german-credit.json
  gate-metrics/src/test/resources/fixtures/cost-random.json
"""
import csv
import decimal
import hashlib
import json
import math
import os
from decimal import Decimal
from fractions import Fraction

import numpy as np
import statsmodels.api as sm
from sklearn.metrics import confusion_matrix

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.join(HERE, "..", "resources", "fixtures")
DATA = os.environ.get(
    "GERMAN_CREDIT_CSV",
    os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "resources", "testset", "german_credit.csv"),
)
DATA_SHA256 = "7f62c9874426a350561b08a859abf94e5bfaccf8277419ef509e4a80a2695c7e"
EXACT = decimal.Context(prec=1000, traps=[decimal.Inexact, decimal.Rounded])
MINOR_DIGITS = {"USD": 2, "DEM": 2, "EUR": 2, "JPY": 0, "BHD": 3}


def plain(d):
    """An exact decimal as plain text (no exponent)."""
    return format(d, "f")


def scaled(total, volume, count, currency):
    """total * volume / count, rounded once, half to even, to the currency's minor unit."""
    digits = MINOR_DIGITS[currency]
    q = round(Fraction(total) * volume / Fraction(count), digits)
    with decimal.localcontext(EXACT):
        return plain((Decimal(q.numerator) / Decimal(q.denominator)).quantize(Decimal(1).scaleb(-digits)))


def net_benefit(k, truth, predicted, amounts_minor, values, rates, currency, counts=None):
    """Per-cell count, amount (currency units) and contribution, plus the total, exactly."""
    digits = MINOR_DIGITS[currency]
    with decimal.localcontext(EXACT):
        if counts is None:
            counts = [[Decimal(0)] * k for _ in range(k)]
            for t, p in zip(truth, predicted):
                counts[t][p] += 1
        sums = [[0] * k for _ in range(k)]
        if amounts_minor is not None:
            for t, p, a in zip(truth, predicted, amounts_minor):
                sums[t][p] += a
        cells, total, count = [], Decimal(0), Decimal(0)
        for t in range(k):
            for p in range(k):
                amount = Decimal(sums[t][p]).scaleb(-digits)
                contribution = Decimal(values[t][p]) * counts[t][p] + Decimal(rates[t][p]) * amount
                cells.append({"truth": t, "predicted": p, "count": plain(counts[t][p]),
                              "amount": plain(amount), "contribution": plain(contribution)})
                total += contribution
                count += counts[t][p]
    return cells, total, count


def german_credit():
    with open(DATA, "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    if digest != DATA_SHA256:
        raise SystemExit(f"{DATA} has SHA-256 {digest}, expected {DATA_SHA256}")
    rows = list(csv.DictReader(open(DATA, encoding="utf-8")))
    features = [c for c in rows[0] if c not in ("row_id", "Class")]
    x = sm.add_constant(np.array([[float(r[c]) for c in features] for r in rows]), has_constant="add")
    y = np.array([1.0 if r["Class"] == "Bad" else 0.0 for r in rows])
    test = np.array([int(r["row_id"]) % 5 == 0 for r in rows])
    model = sm.GLM(y[~test], x[~test], family=sm.families.Binomial()).fit()
    p_bad = model.predict(x[test])
    test_rows = [r for r, keep in zip(rows, test) if keep]
    labels = ["Bad", "Good"]  # sorted, as scikit-learn orders them: positive Bad is index 0
    fixed = {"tp": "0", "fp": "0", "fn": "-500", "tn": "100"}
    statlog = {"tp": "0", "fp": "-1", "fn": "-5", "tn": "0"}
    per_amount = {"tp": "0", "fp": "0", "fn": "-1", "tn": "0.1"}
    truth = [labels.index(r["Class"]) for r in test_rows]
    amounts = [int(r["Amount"]) * 100 for r in test_rows]  # DM in pfennig

    def place(c):  # positive Bad = 0: [[tp, fn], [fp, tn]]
        return [[c["tp"], c["fn"]], [c["fp"], c["tn"]]]

    zeros = [["0", "0"], ["0", "0"]]
    rules = []
    for name, threshold in (("glm, decline if p > 0.5", 0.5), ("glm, decline if p > 1/6", 1 / 6)):
        predicted = [0 if p > threshold else 1 for p in p_bad]
        cm = confusion_matrix([labels[t] for t in truth], [labels[p] for p in predicted], labels=labels)
        _, nb_fixed, count = net_benefit(2, truth, predicted, None, place(fixed), zeros, "USD")
        _, nb_statlog, _ = net_benefit(2, truth, predicted, None, place(statlog), zeros, "USD")
        cells, nb_amount, _ = net_benefit(2, truth, predicted, amounts, zeros, place(per_amount), "DEM")
        rules.append({
            "rule": name, "predicted": predicted,
            "confusion_matrix": cm.tolist(),
            "tp": int(cm[0][0]), "fp": int(cm[1][0]), "fn": int(cm[0][1]), "tn": int(cm[1][1]),
            "net_benefit_usd": plain(nb_fixed),
            "net_benefit_usd_per_month_10000": scaled(nb_fixed, 10000, count, "USD"),
            "statlog_cost": plain(nb_statlog),
            "per_amount_dem": plain(nb_amount),
            "per_amount_dem_per_month_10000": scaled(nb_amount, 10000, count, "DEM"),
            "per_amount_cells": cells,
        })
    return {
        "source": "german_credit.csv, test = row_id % 5 == 0, statsmodels GLM Binomial on all 61 features",
        "labels": labels, "positive": "Bad",
        "fixed_costs_usd": fixed, "statlog_costs": statlog, "per_amount_rates_dem": per_amount,
        "row_id": [int(r["row_id"]) for r in test_rows],
        "truth": truth,
        "amount_dem": [r["Amount"] for r in test_rows],
        "rules": rules,
    }


def decimal_text(rng, digits, low, high):
    """A random decimal in [low, high] with at most `digits` decimal places, as text."""
    units = int(rng.integers(low * 10 ** digits, high * 10 ** digits + 1))
    return plain(Decimal(units).scaleb(-digits))


def random_cases():
    rng = np.random.default_rng(42)
    cases = []
    for i in range(24):
        k = int(rng.integers(2, 5))
        n = int(rng.integers(1, 400))
        currency = ["USD", "EUR", "JPY", "BHD"][i % 4]
        weighted = i % 3 == 2
        truth = [int(v) for v in rng.integers(0, k, n)]
        predicted = [int(v) for v in rng.integers(0, k, n)]
        values = [[decimal_text(rng, 2, -1000, 1000) for _ in range(k)] for _ in range(k)]
        volume = int(rng.integers(1, 1_000_000))
        case = {"classes": k, "currency": currency, "truth": truth, "predicted": predicted,
                "values": values, "volume": volume}
        if weighted:
            weights = [float(w) for w in rng.uniform(0, 3, n)]
            cell_weights = [[[] for _ in range(k)] for _ in range(k)]
            for t, p, w in zip(truth, predicted, weights):
                cell_weights[t][p].append(w)
            # ConfusionAccumulator sums each cell's weights exactly and rounds once, as math.fsum does
            counts = [[Decimal(math.fsum(ws)) for ws in row] for row in cell_weights]
            zeros = [["0"] * k for _ in range(k)]
            cells, total, count = net_benefit(k, truth, predicted, None, values, zeros, currency, counts)
            case.update({"weights": weights, "rates": zeros})
        else:
            rates = [[decimal_text(rng, 4, -2, 2) for _ in range(k)] for _ in range(k)]
            amounts = [int(a) for a in rng.integers(-10 ** 6, 10 ** 9, n)]
            cells, total, count = net_benefit(k, truth, predicted, amounts, values, rates, currency)
            case.update({"amounts": amounts, "rates": rates})
        case.update({"expected_total": plain(total), "expected_count": plain(count),
                     "expected_scaled": scaled(total, volume, count, currency),
                     "expected_cells": cells})
        cases.append(case)
    return {"source": "numpy default_rng(42); exact Decimal oracle", "cases": cases}


def write(name, content):
    """Writes JSON with one line per field of each case, so that arrays stay on one line."""
    def value(v, depth):
        if isinstance(v, dict) and depth < 3:
            pad = " " * (depth + 1)
            return "{\n" + ",\n".join(f"{pad}{json.dumps(k)}: {value(x, depth + 1)}"
                                       for k, x in v.items()) + "\n" + " " * depth + "}"
        if isinstance(v, list) and v and isinstance(v[0], dict) and depth < 2:
            pad = " " * (depth + 1)
            return "[\n" + ",\n".join(pad + value(x, depth + 1) for x in v) + "\n" + " " * depth + "]"
        return json.dumps(v)

    path = os.path.normpath(os.path.join(FIXTURES, name))
    text = value(content, 0) + "\n"
    assert json.loads(text) == content
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote", path)


if __name__ == "__main__":
    write("cost-german-credit.json", german_credit())
    write("cost-random.json", random_cases())
