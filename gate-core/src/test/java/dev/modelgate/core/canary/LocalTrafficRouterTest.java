package dev.modelgate.core.canary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.modelgate.core.spi.TrafficSplit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LocalTrafficRouterTest {

  private static List<ModelRole> route(LocalTrafficRouter router, int requests) {
    List<ModelRole> roles = new ArrayList<>();
    for (int i = 0; i < requests; i++) {
      roles.add(router.route());
    }
    return roles;
  }

  @Test
  void should_send_nothing_to_the_canary_before_a_share_is_set() {
    LocalTrafficRouter router = LocalTrafficRouter.counting("credit");

    assertThat(route(router, 100)).containsOnly(ModelRole.CHAMPION);
    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(0, true));
  }

  @Test
  void should_send_exactly_every_fifth_request_to_a_twenty_percent_canary() {
    LocalTrafficRouter router = LocalTrafficRouter.counting("credit");
    router.setCanaryShare(20);

    List<ModelRole> roles = route(router, 1000);

    assertThat(Collections.frequency(roles, ModelRole.CANARY)).isEqualTo(200);
    assertThat(roles.subList(0, 5)).containsExactly(
        ModelRole.CHAMPION, ModelRole.CHAMPION, ModelRole.CHAMPION, ModelRole.CHAMPION, ModelRole.CANARY);
    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(20, true));
  }

  @Test
  void should_draw_requests_from_a_seeded_generator_reproducibly() {
    LocalTrafficRouter one = LocalTrafficRouter.random("credit", new SplittableRandom(42));
    LocalTrafficRouter two = LocalTrafficRouter.random("credit", new SplittableRandom(42));
    one.setCanaryShare(20);
    two.setCanaryShare(20);

    List<ModelRole> roles = route(one, 10_000);

    assertThat(roles).isEqualTo(route(two, 10_000));
    assertThat(Collections.frequency(roles, ModelRole.CANARY)).isBetween(1_900, 2_100);
  }

  @Test
  void should_send_everything_to_the_canary_after_promotion_and_nothing_after_rollback() {
    LocalTrafficRouter router = LocalTrafficRouter.counting("credit");
    router.setCanaryShare(50);

    router.promoteCanary();
    assertThat(route(router, 10)).containsOnly(ModelRole.CANARY);
    assertThat(router.observedSplit()).isEqualTo(new TrafficSplit(100, true));

    router.rollback();
    router.rollback();
    assertThat(route(router, 10)).containsOnly(ModelRole.CHAMPION);
    assertThat(router.name()).isEqualTo("local:credit");
  }

  @Test
  void should_refuse_a_share_outside_zero_to_a_hundred() {
    assertThatThrownBy(() -> LocalTrafficRouter.counting("credit").setCanaryShare(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent = 101 is not a share between 0 and 100");
  }
}
