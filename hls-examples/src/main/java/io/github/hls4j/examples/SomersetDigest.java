package io.github.hls4j.examples;

import io.github.hls4j.digest.LearningDigest;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import java.time.LocalDate;

/**
 * The Somerset Board's first learning digest, drafted from the Somerset learning system for the
 * period from 1 January to 31 May 2025, with the autumn and spring health rounds.
 *
 * <p><strong>Illustrative.</strong> The digest is drawn from the Somerset learning and health
 * examples, whose cycles' records, escalations and health scores are illustrative; so is the paper.
 */
public final class SomersetDigest {

  /** What in this example is not from the documents, as printed with it. */
  static final String ILLUSTRATIVE =
      "Illustrative: drafted from the illustrative records, escalations and health rounds of the"
          + " Somerset examples; no such paper has gone to the Somerset Board.";

  private SomersetDigest() {}

  /**
   * Returns the digest of the Somerset system for January to May 2025.
   *
   * @return the digest
   */
  public static LearningDigest digest() {
    // snippet: digest
    LearningDigest digest =
        LearningDigest.builder(SomersetLearning.system(), SomersetReport.somersetBoard().id())
            .since(LocalDate.of(2025, 1, 1))
            .until(LocalDate.of(2025, 5, 31))
            .clock(SomersetExample.AS_OF)
            .leadOfficer(
                Person.builder()
                    .id(PartyId.of("alice-munro"))
                    .name("Alice Munro")
                    .roleTitle("Consultant in Public Health")
                    .build())
            .healthRounds(SomersetHealth.autumn(), SomersetHealth.spring())
            .build();
    BoardReport paper = digest.draft();
    // end snippet
    return digest;
  }

  /**
   * Returns the drafted paper.
   *
   * @return the board report
   */
  public static BoardReport paper() {
    return digest().draft();
  }
}
