package dev.modelgate.core.report;

import dev.modelgate.core.QualityPolicy;
import dev.modelgate.core.internal.report.PolicyCodec;
import java.util.Objects;

/**
 * What identifies the policy that decided: its name, its canonical JSON definition, and the
 * SHA-256 of that definition. Two policies that are equal values have the same hash; any change to
 * a bound, a metric, the costs or the fast-track mark changes it. Reports carry the snapshot, and
 * a gate run tags the candidate's version with the hash. Immutable and thread-safe.
 *
 * <p>The canonical form is the definition written without whitespace, keys sorted at every level,
 * decimals as written in plain notation ({@code 0.20} stays {@code 0.20}, so a policy written with
 * {@code 0.2} is another policy), UTF-8; see {@code docs/report-format.md}.
 *
 * @param name the policy's name
 * @param sha256 {@code sha256:<64 hex>} of {@code canonicalJson} in UTF-8
 * @param canonicalJson the policy's definition in canonical form
 */
public record PolicySnapshot(String name, String sha256, String canonicalJson) {

  /** Checks that no part is null. */
  public PolicySnapshot {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(canonicalJson, "canonicalJson");
  }

  /** The snapshot of {@code policy}. */
  public static PolicySnapshot of(QualityPolicy policy) {
    String canonical = PolicyCodec.canonicalJson(Objects.requireNonNull(policy, "policy"));
    return new PolicySnapshot(policy.name(), PolicyCodec.sha256(policy), canonical);
  }
}
