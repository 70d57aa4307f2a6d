#!/usr/bin/env python3
"""Writes the reference fixture for dev.modelgate.metrics.testset (seeded split, fingerprint).

How to run, from the repository root (standard library only, any Python 3.8+):

    /usr/bin/python3 gate-metrics/src/test/python/testset_fixtures.py

It reads  gate-metrics/src/test/resources/testset/german_credit.csv
and writes gate-metrics/src/test/resources/testset/testset_fixtures.json.
Deterministic: fixed seeds, no clock, stable JSON key order; re-running it gives the same bytes.

This is a second implementation of the algorithms documented in TestSetSplit and Fingerprint,
written from their Javadoc, so the JUnit tests check that the Java code and this text agree
(and therefore that the split and fingerprint are reproducible outside the JVM).
"""
import hashlib
import json
import math
import os
import random
import struct

HERE = os.path.dirname(os.path.abspath(__file__))
RESOURCES = os.path.normpath(os.path.join(HERE, "..", "resources", "testset"))
FORMAT_TAG = b"modelgate-testset-fingerprint:v1\n"


def utf8(s):
    return s.encode("utf-8")  # raises on unpaired surrogates, as the Java code refuses them


def fingerprint(row_ids, labels):
    """SHA-256 over the tag, the row count, then (len id, id, len label, label) sorted by id bytes."""
    assert len(set(row_ids)) == len(row_ids) and row_ids
    rows = sorted(zip(row_ids, labels), key=lambda r: utf8(r[0]))
    h = hashlib.sha256()
    h.update(FORMAT_TAG)
    h.update(struct.pack(">q", len(rows)))
    for row_id, label in rows:
        for text in (utf8(row_id), utf8(label)):
            h.update(struct.pack(">I", len(text)))
            h.update(text)
    return "sha256:" + h.hexdigest()


def key(seed, row_id):
    """First 8 bytes, big-endian unsigned, of SHA-256(UTF-8(str(seed) + ":" + row_id))."""
    return int.from_bytes(hashlib.sha256(utf8(str(seed) + ":" + row_id)).digest()[:8], "big")


def test_rows(fraction, n):
    x = fraction * n  # IEEE 754 double product, as in Java
    floor = math.floor(x)
    return floor + (1 if x - floor >= 0.5 else 0)


def split(row_ids, labels, seed, fraction, stratified):
    """Sorted 0-based test indices, or None when a stratum cannot give a test and a train row."""
    strata = {}
    for i, label in enumerate(labels):
        strata.setdefault(label if stratified else "", []).append(i)
    test = []
    for name in sorted(strata, key=utf8):
        rows = strata[name]
        t = test_rows(fraction, len(rows))
        if t < 1 or t > len(rows) - 1:
            return None
        rows = sorted(rows, key=lambda i: (key(seed, row_ids[i]), utf8(row_ids[i])))
        test.extend(rows[:t])
    return sorted(test)


def read_german():
    with open(os.path.join(RESOURCES, "german_credit.csv"), encoding="utf-8", newline="") as f:
        lines = f.read().split("\n")
    header = lines[0].split(",")
    id_col, label_col = header.index("row_id"), header.index("Class")
    rows = [line.split(",") for line in lines[1:] if line]
    return [r[id_col] for r in rows], [r[label_col] for r in rows]


def split_case(name, data, row_ids, labels, seed, fraction, stratified):
    test = split(row_ids, labels, seed, fraction, stratified)
    case = {"name": name, "data": data, "seed": seed, "testFraction": fraction,
            "stratified": stratified}
    if data == "inline":
        case["rowIds"], case["labels"] = row_ids, labels
    case["testIndices"] = test
    case["testSize"] = len(test)
    case["fingerprint"] = fingerprint([row_ids[i] for i in test], [labels[i] for i in test])
    counts = {}
    for i in test:
        counts[labels[i]] = counts.get(labels[i], 0) + 1
    case["testRowsByLabel"] = dict(sorted(counts.items()))
    return case


def synthetic(rng, n, label_weights):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789-_é€𝄞\uffff"
    ids = set()
    while len(ids) < n:
        ids.add("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 8))))
    row_ids = sorted(ids)
    rng.shuffle(row_ids)
    labels = rng.choices(list(label_weights), weights=list(label_weights.values()), k=n)
    return row_ids, labels


def main():
    german_ids, german_labels = read_german()
    rng = random.Random(20240542)
    cases = [
        split_case("german credit, stratified, seed 42, 0.2", "german_credit.csv",
                   german_ids, german_labels, 42, 0.2, True),
        split_case("german credit, unstratified, seed 42, 0.2", "german_credit.csv",
                   german_ids, german_labels, 42, 0.2, False),
        split_case("german credit, stratified, seed 7, 0.25", "german_credit.csv",
                   german_ids, german_labels, 7, 0.25, True),
    ]
    for i, (n, seed, fraction, stratified) in enumerate([
            (40, 0, 0.15, True), (40, -5, 1 / 3, True), (57, 9223372036854775807, 0.5, False),
            (57, -9223372036854775808, 0.25, True), (120, 42, 0.1, False)]):
        ids, labels = synthetic(rng, n, {"A": 5, "B": 3, "c": 2})
        cases.append(split_case(f"synthetic {i}: {n} rows, seed {seed}, {fraction}", "inline",
                                ids, labels, seed, fraction, stratified))
    fingerprints = [
        {"name": "three rows", "rowIds": ["1", "2", "3"], "labels": ["Good", "Bad", "Good"]},
        {"name": "one row a/bc", "rowIds": ["a"], "labels": ["bc"]},
        {"name": "one row ab/c", "rowIds": ["ab"], "labels": ["c"]},
        {"name": "code point order, not UTF-16 order",
         "rowIds": ["\uffff", "\U0001d11e", "é", "z", "Z", "za"], "labels": ["x", "y", "x", "y", "x", "y"]},
        {"name": "german credit, all rows", "data": "german_credit.csv"},
    ]
    for f in fingerprints:
        ids, labels = (german_ids, german_labels) if "data" in f else (f["rowIds"], f["labels"])
        f["fingerprint"] = fingerprint(ids, labels)
    keys = [{"seed": seed, "rowId": row_id, "key": format(key(seed, row_id), "016x")}
            for seed in (42, 0, -1, 9223372036854775807, -9223372036854775808)
            for row_id in ("1", "17", "é", "\U0001d11e", "a:b")]
    out = {"generator": "gate-metrics/src/test/python/testset_fixtures.py",
           "keys": keys, "fingerprints": fingerprints, "splits": cases}
    with open(os.path.join(RESOURCES, "testset_fixtures.json"), "w", encoding="utf-8",
              newline="\n") as f:
        json.dump(out, f, ensure_ascii=True, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
