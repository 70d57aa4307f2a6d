package dev.modelgate.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.ZeroDivision;
import org.junit.jupiter.api.Test;

/** Paired evidence that is not of the two evaluations is refused, never used. */
class PairedEvidenceMatchTest {

  private static final QualityPolicy POLICY = TestEvaluations.comparingPolicy(g -> g.withConfidence(0.95));
  private static final PairedSamples SAMPLES = PairedSamples.clearlyBetter();
  private static final PairedEvaluation PAIRED =
      Evaluator.forPolicy(POLICY).evaluatePaired(SAMPLES.champion(), SAMPLES.candidate());

  @Test
  void should_refuse_evidence_of_champion_and_candidate_swapped() {
    PairedEvaluation swapped =
        Evaluator.forPolicy(POLICY).evaluatePaired(SAMPLES.candidate(), SAMPLES.champion());
    Champion champion = Champion.of("7", PAIRED.champion()).withEvidence(swapped.evidence());

    assertThatThrownBy(() -> ConfidenceGateTest.decide(POLICY, PAIRED, champion))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the paired evidence is not of these evaluations: the candidate's accuracy is 0.825 in the"
            + " evidence but 0.8875 in its evaluation (are champion and candidate swapped?)");
  }

  @Test
  void should_refuse_evidence_of_another_test_set() {
    PairedEvidence elsewhere = PairedEvidence.of(
        TestEvaluations.OTHER_TEST_SET, PAIRED.evidence().table(), "Bad", null, ZeroDivision.NAN);

    assertThatThrownBy(() -> Champion.of("7", PAIRED.champion()).withEvidence(elsewhere))
        .isInstanceOf(DifferentTestSetsException.class);
  }

  @Test
  void should_refuse_evidence_of_another_number_of_rows() {
    PairedEvidence fewer = Evaluator.forPolicy(POLICY)
        .evaluatePaired(PairedSamples.rows(2, "Bad", "Bad", "Bad", 1, "Good", "Good", "Good").champion(),
            PairedSamples.rows(2, "Bad", "Bad", "Bad", 1, "Good", "Good", "Good").candidate())
        .evidence();
    PairedEvidence sameTestSet = PairedEvidence.of(
        PAIRED.champion().testSetFingerprint(), fewer.table(), "Bad", null, ZeroDivision.NAN);

    assertThatThrownBy(() -> Champion.of("7", PAIRED.champion()).withEvidence(sameTestSet))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the paired evidence has 3 rows, but the champion's evaluation has 400");
  }

  @Test
  void should_keep_the_evidence_when_the_champion_gets_its_version() {
    Champion champion = PAIRED.champion(null).withVersion("7");

    assertThat(champion.paired()).isEqualTo(PAIRED.evidence());
  }
}
