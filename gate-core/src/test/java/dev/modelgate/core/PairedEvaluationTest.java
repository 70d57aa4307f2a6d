package dev.modelgate.core;

import static dev.modelgate.core.PairedSamples.BAD;
import static dev.modelgate.core.PairedSamples.GOOD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.metrics.ZeroDivision;
import dev.modelgate.metrics.cost.BinaryCosts;
import org.junit.jupiter.api.Test;

/** {@link Evaluator#evaluatePaired}: both evaluations and the joint table of the same rows. */
class PairedEvaluationTest {

  private static final CostModel COSTS = new CostModel(BinaryCosts.of("0", "0", "-500", "100"), BAD, null);
  private static final Evaluator EVALUATOR = Evaluator.withCosts(COSTS);

  @Test
  void should_evaluate_each_model_exactly_as_evaluate_does() {
    PairedSamples samples = PairedSamples.clearlyBetter();

    PairedEvaluation paired = EVALUATOR.evaluatePaired(samples.champion(), samples.candidate());

    assertThat(paired.champion()).isEqualTo(EVALUATOR.evaluate(samples.champion()));
    assertThat(paired.candidate()).isEqualTo(EVALUATOR.evaluate(samples.candidate()));
  }

  @Test
  void should_count_the_rows_of_each_cell_in_the_joint_table() {
    PairedSamples samples = PairedSamples.clearlyBetter();

    PairedEvidence evidence = EVALUATOR.evaluatePaired(samples.champion(), samples.candidate()).evidence();

    // labels sorted: Bad = 0, Good = 1; count(truth, champion, candidate)
    assertThat(evidence.table().count(0, 0, 0)).isEqualTo(78);
    assertThat(evidence.table().count(0, 1, 0)).isEqualTo(22);
    assertThat(evidence.table().count(1, 0, 1)).isEqualTo(10);
    assertThat(evidence.table().championOnly()).isEqualTo(7);
    assertThat(evidence.table().candidateOnly()).isEqualTo(32);
    assertThat(evidence.rows()).isEqualTo(400);
    assertThat(evidence.positiveLabel()).isEqualTo(BAD);
    assertThat(evidence.costs()).isEqualTo(COSTS);
    assertThat(evidence.zeroDivision()).isEqualTo(ZeroDivision.NAN);
    assertThat(evidence.testSetFingerprint()).isEqualTo(EVALUATOR.evaluate(samples.champion()).testSetFingerprint());
  }

  @Test
  void should_match_the_rows_by_id_whatever_their_order() {
    String[] ids = {"a", "b", "c", "d"};
    String[] truth = {BAD, BAD, GOOD, GOOD};
    Predictions champion = Predictions.of(ids, truth, new String[] {BAD, GOOD, GOOD, GOOD});
    Predictions candidate = Predictions.of(ids, truth, new String[] {GOOD, BAD, GOOD, BAD});
    Predictions reversed =
        Predictions.of(new String[] {"d", "c", "b", "a"}, new String[] {GOOD, GOOD, BAD, BAD},
            new String[] {BAD, GOOD, BAD, GOOD});

    PairedEvidence inOrder = EVALUATOR.evaluatePaired(champion, candidate).evidence();
    PairedEvidence shuffled = EVALUATOR.evaluatePaired(champion, reversed).evidence();

    assertThat(shuffled).isEqualTo(inOrder);
    assertThat(inOrder.table().championOnly()).as("rows a and d").isEqualTo(2);
    assertThat(inOrder.table().candidateOnly()).as("row b").isEqualTo(1);
  }

  @Test
  void should_refuse_predictions_of_other_rows_as_different_test_sets() {
    PairedSamples samples = PairedSamples.clearlyBetter();
    Predictions fewer = PairedSamples.rows(78, BAD, BAD, BAD, 5, GOOD, GOOD, GOOD).candidate();

    assertThatThrownBy(() -> EVALUATOR.evaluatePaired(samples.champion(), fewer))
        .isInstanceOf(DifferentTestSetsException.class)
        .hasMessageStartingWith("different test sets: this would compare data, not models");
  }

  @Test
  void should_refuse_weighted_predictions_naming_the_side() {
    PairedSamples samples = PairedSamples.rows(1, BAD, BAD, BAD, 1, GOOD, GOOD, GOOD);
    Predictions weighted = samples.candidate().withWeights(new double[] {1.0, 2.0});

    assertThatThrownBy(() -> EVALUATOR.evaluatePaired(samples.champion(), weighted))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the candidate's predictions have weights: paired evidence counts rows, so evaluate weighted"
            + " predictions one by one with evaluate");
  }

  @Test
  void should_give_the_champion_its_version_and_the_evidence() {
    PairedSamples samples = PairedSamples.clearlyBetter();
    PairedEvaluation paired = EVALUATOR.evaluatePaired(samples.champion(), samples.candidate());

    Champion champion = paired.champion("7");

    assertThat(champion.version()).isEqualTo("7");
    assertThat(champion.evaluation()).isEqualTo(paired.champion());
    assertThat(champion.paired()).isEqualTo(paired.evidence());
    assertThat(paired.candidate("credit-risk").evaluation()).isEqualTo(paired.candidate());
  }

  @Test
  void should_refuse_evidence_whose_positive_label_is_not_a_class_of_the_table() {
    PairedEvidence evidence = EVALUATOR.evaluatePaired(
        PairedSamples.clearlyBetter().champion(), PairedSamples.clearlyBetter().candidate()).evidence();

    assertThatThrownBy(() -> PairedEvidence.of(
            evidence.testSetFingerprint(), evidence.table(), "Risky", null, ZeroDivision.NAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("positive label Risky is not a class of the joint table [Bad, Good]");
    assertThatThrownBy(() -> PairedEvidence.of(
            evidence.testSetFingerprint(), evidence.table(), GOOD, COSTS, ZeroDivision.NAN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the costs are for positive label Bad, but the evidence is for Good");
  }
}
