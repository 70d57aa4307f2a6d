#!/usr/bin/env bash
# Runs PairedBootstrapBenchmark (JMH) and the coverage simulation PairedBootstrapCoverage, and
# prints the ratios that the targets are stated in:
#   comparison (one pass + B = 10,000 resamples) / one-pass evaluation alone   (goal: at most 1.5),
#     against both references: the joint-table pass, and two confusion matrices over the rows
#   row-resampling bootstrap, B = 10,000 / comparison   (extrapolated from single resamples: the
#     naive loop is timed per resample and multiplied by 10,000, not run 10,000 times)
# Ratios use the median of the measured iterations, which a busy machine disturbs less than the
# mean. Needs Java 17+ and Maven 3.8+; no Python packages beyond the standard library.
#
#   gate-benchmarks/scripts/run-paired-benchmarks.sh [repetitions] [resamples]
#
# The optional arguments go to the coverage simulation (defaults 1000 and 2000). Short settings
# (one fork, 3 warm-up and 5 measured iterations of 1 s) keep the whole run to about three minutes
# with a 1 GB heap; on a shared machine run it more than once before trusting a ratio near its goal.
set -euo pipefail
cd "$(dirname "$0")/../.."

mvn -B -q -pl gate-benchmarks -am -DskipTests package

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
java -jar gate-benchmarks/target/benchmarks.jar 'PairedBootstrapBenchmark' -f 1 -wi 3 -i 5 \
  -rf json -rff "$out/jmh.json"

python3 - "$out/jmh.json" <<'PY'
import json, statistics, sys
runs = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open(sys.argv[1]))}
median = {name: statistics.median(v for fork in m["rawData"] for v in fork) for name, m in runs.items()}
print()
for name in sorted(runs):
    m = runs[name]
    print(f"{name:32s} mean {m['score']:9.2f} ± {m['scoreError']:7.2f} ms   median {median[name]:9.2f} ms")
comparison = median["comparison"]
naive = median["rowResamplingOneResample"] * 10_000
print()
print(f"comparison / joint-table pass                 {comparison / median['jointTable']:6.2f}x   goal <= 1.5")
print(f"comparison / two confusion matrices           {comparison / median['twoConfusionMatrices']:6.2f}x   goal <= 1.5")
print(f"(joint-table pass + bootstrap) / pass         {(median['jointTable'] + median['bootstrapOnly']) / median['jointTable']:6.2f}x   (sum of the parts)")
print(f"row-resampling bootstrap, B = 10,000 (extrapolated): {naive / 1000:7.1f} s"
      f" = {naive / comparison:,.0f}x the comparison")
PY

echo
java -Xmx1g -cp gate-benchmarks/target/benchmarks.jar \
  dev.modelgate.benchmarks.PairedBootstrapCoverage "${1:-1000}" "${2:-2000}"
