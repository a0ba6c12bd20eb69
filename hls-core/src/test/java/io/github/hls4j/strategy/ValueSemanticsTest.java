package io.github.hls4j.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.NullPointerTester;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class ValueSemanticsTest {

  @Test
  void valueTypes_equalByEveryAttribute() {
    EqualsVerifier.forClasses(
            ImmutableStrategyId.class,
            ImmutablePriorityId.class,
            ImmutablePriority.class,
            ImmutableStrategy.class,
            ImmutableAlignmentLink.class,
            ImmutableStrategyAlignment.class,
            ImmutablePriorityTheme.class,
            ImmutableDeliveryRef.class)
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }

  @Test
  void publicFactories_rejectNull() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(PriorityId.class, PriorityId.of("p"));
    tester.testAllPublicStaticMethods(StrategyId.class);
    tester.testAllPublicStaticMethods(PriorityId.class);
    tester.testAllPublicStaticMethods(AlignmentLink.class);
    tester.testAllPublicStaticMethods(DeliveryRef.class);
  }

  @Test
  void deliveryRef_byIdOrByName_andNeitherOrHalfAReferenceIsRefused() {
    DeliveryRef alliance = DeliveryRef.to(DeliveryKind.ARRANGEMENT, "homes-and-horizons");
    assertThat(alliance.kind()).contains(DeliveryKind.ARRANGEMENT);
    assertThat(alliance.id()).contains("homes-and-horizons");
    assertThat(alliance.name()).isEmpty();
    assertThat(DeliveryRef.named("Better Care Fund plan").kind()).isEmpty();

    assertThatThrownBy(() -> DeliveryRef.builder().kind(DeliveryKind.BOARD).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DeliveryRef.id");
    assertThatThrownBy(() -> DeliveryRef.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DeliveryRef.name");
    assertThatThrownBy(() -> DeliveryRef.to(DeliveryKind.PARTY, "two words"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DeliveryRef");
  }
}
