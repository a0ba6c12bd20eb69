package io.github.hls4j.governance;

import com.google.common.testing.NullPointerTester;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class ValueSemanticsTest {

  @Test
  void valueTypes_equalByEveryAttribute() {
    EqualsVerifier.forClasses(
            ImmutableReportId.class,
            ImmutableBoardId.class,
            ImmutableCommitteeId.class,
            ImmutableCommittee.class,
            ImmutableBoard.class,
            ImmutableDecision.class,
            ImmutableRecommendation.class,
            ImmutableImplication.class,
            ImmutableEqualitiesStatement.class,
            ImmutableRiskAssessment.class,
            ImmutableListItem.class,
            ImmutableParagraph.class,
            ImmutableReportSection.class,
            ImmutableLink.class,
            ImmutableBackgroundPaper.class,
            ImmutableSignOffRole.class,
            ImmutableSignOff.class,
            ImmutableBoardReport.class)
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }

  @Test
  void publicFactories_rejectNull() {
    NullPointerTester tester = new NullPointerTester();
    for (Class<?> type :
        new Class<?>[] {
          ReportId.class,
          BoardId.class,
          CommitteeId.class,
          ListItem.class,
          Link.class,
          SignOffRole.class,
          GovernanceRules.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
  }
}
