/**
 * Policy files: a quality policy written by hand in YAML (or JSON), read strictly, written back
 * exactly, and described by a published JSON Schema. Start at {@link
 * dev.modelgate.core.policy.PolicyFiles}.
 *
 * <h2>The format, {@code apiVersion: modelgate.dev/v1}</h2>
 *
 * <pre>{@code
 * apiVersion: modelgate.dev/v1          # required; another version is refused
 * name: german-credit                   # required, not blank
 * fastTrack:                            # optional: marks an emergency variant
 *   reason: champion leaks PII, INC-4711
 *   approver: cto@example.com
 * metrics:                              # optional: directions of metrics that are not well-known
 *   uplift: higher_is_better
 * costs:                                # required when any check, guard or compareOn uses net_benefit
 *   positiveLabel: Bad                  # the positive class; a string, or a whole number such as 1
 *   values: {tp: 0, fp: 0, fn: -500, tn: 100}
 *   perRows: 10000                      # optional: net benefit per this many rows, at least 1
 * registration:                         # required; layer 1
 *   require:                            # every check must pass
 *     - {metric: net_benefit, greaterThan: 0}
 *     - {metric: f1, greaterThan: 0.20}
 *   anyOf:                              # in each group, at least one check must pass
 *     - - {metric: recall, atLeast: 0.5}
 *       - {metric: precision, atLeast: 0.6}
 * championChallenger:                   # optional; layer 2
 *   compareOn: net_benefit              # default net_benefit; strictly better, ties hold
 *   minImprovement: 100                 # optional, at least 0
 *   minRelativeImprovement: 0.01        # optional, a fraction of |champion|, at least 0
 *   confidence: 0.95                    # optional: promote only if the paired interval's lower
 *                                       # bound for the improvement lies above 0 (or the minimum)
 *   bootstrap: {resamples: 10000, seed: 42, method: percentile}   # optional, needs confidence; defaults
 *   guards:                             # optional: may not get worse by more than the bound
 *     - {metric: f1, mayNotDropBy: 0.05}
 *   firstModel: promote_if_registered   # or hold; default promote_if_registered
 * canary:                               # optional; layer 4, which cannot be switched off
 *   steps: [5, 20, 50]                  # canary shares in percent, increasing; default [20]
 *   intervalSeconds: 60                 # window length; default 60
 *   windowsPerStep: 5                   # passing windows per step; default 5
 *   failureLimit: 2                     # failed windows that roll back; default 2
 *   failureCounting: cumulative         # or consecutive; default cumulative
 *   minRequests: 100                    # per model and window; default 100
 *   inconclusiveLimit: 3                # inconclusive windows that end the run; default 3
 *   onInconclusive: rollback            # or hold; default rollback
 *   checks:                             # exactly these; left out, the defaults shown here
 *     maxErrorRate: 0.05
 *     errorRateVsChampion: {margin: 0, significance: 0.01}
 *     latency:
 *       - {percentile: p99, maxRatio: 1.25}   # and/or maxMillis; p50, p95 or p99
 *     psi: {max: 0.25, warn: 0.1}
 *     # ks: {maxStatistic: 0.2, minPValue: 0.01}    scores
 *     # chiSquare: {minPValue: 0.01}                class rates
 *     # errorRateSequential: {alpha: 0.05, margin: 0}             anytime-valid, across windows
 *     # latencySequential: {sloMillis: 250, alpha: 0.05, margin: 0}  needs counts over the SLO
 * }</pre>
 *
 * <ul>
 *   <li><b>Checks</b> have a {@code metric} and exactly one of {@code greaterThan}, {@code
 *       atLeast}, {@code lessThan}, {@code atMost}; a registration gate needs at least one check
 *       under {@code require} or {@code anyOf}, and an {@code anyOf} group at least one check.
 *   <li><b>Metrics</b> are named. The well-known ones ({@link dev.modelgate.core.Metrics#all()}:
 *       {@code f1}, {@code net_benefit}, {@code error_rate}, …) carry their direction; any other
 *       name is declared once under {@code metrics} with {@code higher_is_better} or {@code
 *       lower_is_better}, so one name has one direction everywhere in the file. Declaring a
 *       well-known metric, or declaring one that nothing uses, is a problem.
 *   <li><b>Numbers</b> are exact decimals as written: {@code 0.20} keeps its two decimals, money
 *       stays money. Infinities and NaN are refused; {@code perRows} is a whole number.
 *   <li><b>Guards</b> name each metric once and never the metric {@code compareOn} compares.
 *   <li><b>Confidence</b> is a level strictly between 0 and 1 and needs a {@code compareOn} with
 *       paired intervals (accuracy, error_rate, precision, recall, f1, net_benefit); {@code
 *       bootstrap} needs {@code confidence}, and the writer writes it only when it is not the
 *       defaults. See {@link dev.modelgate.core.Confidence}.
 *   <li><b>Canary</b> settings default one by one; {@code checks}, when written, replace the
 *       default checks, and need at least one. The writer leaves the section out when the policy
 *       has the default canary gate, and writes it whole otherwise. See {@link
 *       dev.modelgate.core.canary.CanaryGate}. The sequential tests ({@code errorRateSequential},
 *       {@code latencySequential}) default {@code alpha} to 0.05 and {@code margin} to 0; see {@link
 *       dev.modelgate.core.canary.SequentialErrorRate}.
 *   <li>JSON files may carry a {@code $schema} string for editors; it is otherwise ignored.
 * </ul>
 *
 * <p>YAML is read as Jackson reads it: {@code yes}, {@code no}, {@code on}, {@code off} are
 * booleans, so a label or name spelled like one is quoted ({@code positiveLabel: "No"}). Aliases
 * ({@code *name}) and second documents are refused.
 *
 * <h2>Problems</h2>
 *
 * Each problem is one line, {@code file:line:column: field.path: message}, and a file's problems
 * come together, sorted by position. This file
 *
 * <pre>{@code
 * apiVersion: modelgate.dev/v1
 * name: ""
 * registration:
 *   require:
 *     - {metric: f1, greaterThan: high}
 *     - {metric: recall, atLeast: 0.5, atMost: 0.9}
 * championChallenger: {compareOn: f1, guards: [{metric: recall}]}
 * extra: true
 * }</pre>
 *
 * gives
 *
 * <pre>
 * policy.yaml:2:7: name: must not be blank
 * policy.yaml:5:33: registration.require[0].greaterThan: expected a number, got "high"
 * policy.yaml:6:7: registration.require[1]: atLeast and atMost on one check: a check has exactly one comparison
 * policy.yaml:7:46: championChallenger.guards[0].mayNotDropBy: required field is missing
 * policy.yaml:8:1: extra: unknown field; expected one of $schema, apiVersion, name, fastTrack, metrics, costs, registration, championChallenger, canary
 * </pre>
 *
 * A missing field is reported where its mapping starts, an unknown or repeated field at its name,
 * anything else at the value.
 */
@NullMarked
package dev.modelgate.core.policy;

import org.jspecify.annotations.NullMarked;
