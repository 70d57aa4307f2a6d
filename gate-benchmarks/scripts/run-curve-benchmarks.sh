#!/usr/bin/env bash
# Runs the threshold-curve benchmark and its two references, and prints the ratios:
#   curve / Arrays.sort of the same scores   (goal: at most 1.5)
#   scikit-learn precision_recall_curve / curve   (goal: at least 5)
# Needs Java 17+, Maven 3.8+ and Debian's /usr/bin/python3 with scikit-learn and numpy.
# Takes about 2 minutes and a 4 GB Java heap. Usage: gate-benchmarks/scripts/run-curve-benchmarks.sh
set -euo pipefail
cd "$(dirname "$0")/../.."

out=gate-benchmarks/target
mvn -B -q -pl gate-benchmarks -am -DskipTests package
java -jar "$out/benchmarks.jar" ThresholdCurveBenchmark -f 1 -wi 3 -i 5 \
  -rf json -rff "$out/curve-jmh.json"
/usr/bin/python3 gate-benchmarks/scripts/sklearn_curve_reference.py --json "$out/curve-sklearn.json"

/usr/bin/python3 - "$out/curve-jmh.json" "$out/curve-sklearn.json" <<'PY'
import json
import sys

jmh = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open(sys.argv[1]))}
sklearn_ms = json.load(open(sys.argv[2]))["mean_ms"]
sort, curve, weighted = (jmh[name]["score"] for name in ("sortReference", "curve", "weightedCurve"))
print()
for name in ("sortReference", "curve", "weightedCurve"):
    m = jmh[name]
    print(f"{name:>15}: {m['score']:8.0f} ± {m['scoreError']:.0f} ms")
print(f"{'sklearn PR curve':>15}: {sklearn_ms:8.0f} ms")
print(f"curve / sort           = {curve / sort:5.2f}  (goal <= 1.5)")
print(f"weighted curve / sort  = {weighted / sort:5.2f}  (no goal)")
print(f"sklearn / curve        = {sklearn_ms / curve:5.2f}  (goal >= 5)")
print(f"sklearn / weighted     = {sklearn_ms / weighted:5.2f}")
PY
