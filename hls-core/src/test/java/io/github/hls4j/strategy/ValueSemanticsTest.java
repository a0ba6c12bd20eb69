package io.github.hls4j.strategy;

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
            ImmutablePriorityTheme.class)
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
  }
}
