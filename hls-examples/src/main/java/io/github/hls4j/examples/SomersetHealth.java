package io.github.hls4j.examples;

import io.github.hls4j.health.BehaviourScore;
import io.github.hls4j.health.HealthAssessment;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.party.PartyId;
import java.time.LocalDate;

/**
 * <strong>Illustrative data.</strong> A Somerset Board self-assessment of the nine system
 * behaviours in two rounds. The report commits the Board to looking after the health of the system
 * but records no assessment: every assessor, score and story here is invented to show the shape of
 * the data, and says so in {@link #ILLUSTRATIVE}.
 *
 * <p>In the first round the council, the NHS and a VCFSE partner score the system and one behaviour
 * is left unscored; no resident is heard. In the second round residents and frontline staff join,
 * and see power and accountability lower than the organisations do.
 */
public final class SomersetHealth {

  /** What in this example is not from the report, as printed with it. */
  static final String ILLUSTRATIVE =
      "Illustrative: the report records no health assessment; every assessor and score here is"
          + " invented to show the shape of the data.";

  private static final SystemBehaviour[] BEHAVIOURS = SystemBehaviour.values();

  private SomersetHealth() {}

  /**
   * Returns the first round, after the Board's workshop.
   *
   * @return the round
   */
  public static HealthRound autumn() {
    return HealthRound.builder()
        .name("Autumn 2024 (illustrative)")
        .addAssessments(
            assessment(
                "council-officer",
                StakeholderGroup.COUNCIL,
                "2024-11-05",
                6,
                5,
                6,
                4,
                4,
                5,
                6,
                5,
                4),
            assessment(
                "public-health-team",
                StakeholderGroup.COUNCIL,
                "2024-11-05",
                7,
                6,
                5,
                5,
                4,
                4,
                6,
                6,
                5),
            assessment("nhs-lead", StakeholderGroup.NHS, "2024-11-06", 6, 5, 5, 4, 3, 4, 5, 5, 4),
            // A behaviour left unscored: 0 stands for "not scored" in this table.
            assessment(
                "vcfse-partner", StakeholderGroup.VCFSE, "2024-11-07", 4, 7, 4, 3, 3, 0, 5, 4, 5))
        .build();
  }

  /**
   * Returns the second round, with residents and frontline staff heard.
   *
   * @return the round
   */
  public static HealthRound spring() {
    return HealthRound.builder()
        .name("Spring 2025 (illustrative)")
        .addAssessments(
            assessment(
                "council-officer",
                StakeholderGroup.COUNCIL,
                "2025-04-08",
                7,
                6,
                7,
                5,
                5,
                6,
                7,
                6,
                6),
            assessment(
                "public-health-team",
                StakeholderGroup.COUNCIL,
                "2025-04-08",
                7,
                7,
                6,
                5,
                5,
                5,
                7,
                6,
                6),
            assessment("nhs-lead", StakeholderGroup.NHS, "2025-04-09", 6, 6, 6, 5, 4, 5, 6, 6, 5),
            assessment(
                "vcfse-partner", StakeholderGroup.VCFSE, "2025-04-10", 5, 7, 5, 4, 4, 4, 6, 5, 6),
            assessment(
                "residents-panel",
                StakeholderGroup.RESIDENTS,
                "2025-04-12",
                4,
                5,
                3,
                2,
                2,
                2,
                4,
                3,
                4),
            assessment(
                "frontline-staff",
                StakeholderGroup.FRONTLINE_STAFF,
                "2025-04-14",
                5,
                6,
                4,
                3,
                2,
                3,
                5,
                4,
                5))
        .build();
  }

  private static HealthAssessment assessment(
      String assessor, StakeholderGroup group, String date, int... scores) {
    HealthAssessment.Builder a =
        HealthAssessment.builder()
            .assessor(PartyId.of(assessor))
            .speaksFor(group)
            .date(LocalDate.parse(date));
    for (int i = 0; i < scores.length; i++) {
      if (scores[i] != 0) {
        a.addScores(
            BehaviourScore.of(BEHAVIOURS[i], scores[i], "Illustrative story of " + assessor));
      }
    }
    return a.build();
  }
}
