package dev.modelgate.core.internal.gate;

import dev.modelgate.core.FastTrack;
import dev.modelgate.core.VerdictContext;
import dev.modelgate.core.internal.reason.DecisionReason;
import java.util.ArrayList;
import java.util.List;

/** The reasons every verdict of a context starts with: the fast-track mark, if any. */
final class LeadingReasons {

  private LeadingReasons() {}

  /** A mutable list holding the leading reasons of {@code context}, for the verdict's reasons. */
  static List<String> of(VerdictContext context) {
    List<String> reasons = new ArrayList<>();
    FastTrack fastTrack = context.fastTrack();
    if (fastTrack != null) {
      reasons.add(DecisionReason.fastTrack(fastTrack));
    }
    return reasons;
  }
}
