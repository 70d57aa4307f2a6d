#!/usr/bin/env bash
# Runs ConfusionBenchmark (JMH) and its scikit-learn / numpy reference in one session and prints
# the ratios that the targets are stated in.
#
#   gate-benchmarks/scripts/run-confusion-benchmarks.sh
#
# Needs Java 17+, Maven 3.8+ and /usr/bin/python3 with numpy and scikit-learn. Short settings
# (one fork, 3 warm-up and 5 measured iterations of 1 s) keep it to about two minutes; on a
# shared machine run it more than once before trusting a ratio near its target.
set -euo pipefail
cd "$(dirname "$0")/../.."

mvn -B -q -pl gate-benchmarks -am -DskipTests package

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
java -jar gate-benchmarks/target/benchmarks.jar 'ConfusionBenchmark' -f 1 -wi 3 -i 5 \
  -rf json -rff "$out/jmh.json"
/usr/bin/python3 gate-benchmarks/scripts/sklearn_confusion_reference.py --json "$out/python.json"

/usr/bin/python3 - "$out/jmh.json" "$out/python.json" <<'PY'
import json, sys
jmh = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"]["score"] / 1000.0  # ms -> s
       for r in json.load(open(sys.argv[1]))}
py = json.load(open(sys.argv[2]))
binary, five = jmh["binaryF1AndNetBenefit"], jmh["fiveClassesMacroF1"]
rows = [
    ("binary / plain sum", binary / jmh["plainSumBinary"], "<= 2"),
    ("five classes / plain sum", five / jmh["plainSumFiveClasses"], "<= 3"),
    ("numpy bincount / ours, binary", py["numpy_bincount_binary"] / binary, "> 1"),
    ("scikit-learn / ours, binary", py["sklearn_binary"] / binary, ">= 500"),
    ("numpy bincount / ours, five", py["numpy_bincount_five"] / five, "(no target)"),
    ("scikit-learn / ours, five", py["sklearn_five"] / five, "(no target)"),
]
print()
for name, seconds in sorted(jmh.items()):
    print(f"{name:28s} {seconds * 1000:9.2f} ms")
print()
for name, ratio, target in rows:
    print(f"{name:32s} {ratio:9.2f}x   target {target}")
PY
