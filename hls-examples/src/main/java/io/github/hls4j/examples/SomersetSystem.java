package io.github.hls4j.examples;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.party.Group;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.party.Sector;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.RecommendationRef;
import io.github.hls4j.stewardship.Remit;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.stewardship.WorkingGroupId;
import io.github.hls4j.stewardship.WorkingGroupMember;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.PriorityTheme;
import io.github.hls4j.system.LearningSystem;
import java.util.EnumSet;

/**
 * The Somerset learning system as the Board report describes it: the Board (the Health and
 * Wellbeing Board and the Integrated Care Partnership as committees in common), its members acting
 * as leadership stewards with the three responsibilities the report names, the multi-agency working
 * group of recommendation 1, both strategies, the Housing theme, and the report itself.
 *
 * <p><strong>Illustrative data.</strong> The report names the sectors of the working group's
 * members but no organisation in the VCFSE or other statutory sectors, and it gives the Board no
 * remit. Those organisations and the Board's remit are illustrative, and so marked in their names
 * and in {@link #ILLUSTRATIVE}. The report does not answer the stewardship questions; the model
 * leaves them unanswered, and validation says so.
 */
public final class SomersetSystem {

  /** What in this example is not from the report, as printed with it. */
  static final String ILLUSTRATIVE =
      "Illustrative: the VCFSE and other statutory organisations and the Board's remit are"
          + " examples; the report names neither.";

  static final PartyId COUNCIL = PartyId.of("somerset-council");
  static final PartyId NHS = PartyId.of("nhs-somerset");
  static final PartyId VCFSE = PartyId.of("somerset-vcfse");
  static final PartyId OTHER_STATUTORY = PartyId.of("somerset-other-statutory");
  static final PartyId BOARD_MEMBERS = PartyId.of("somerset-board-members");

  private SomersetSystem() {}

  /**
   * Returns the Somerset learning system.
   *
   * @return the system
   */
  public static LearningSystem system() {
    BoardReport report = SomersetReport.report();
    return LearningSystem.builder()
        .place("Somerset")
        .addParties(
            Organisation.builder()
                .id(COUNCIL)
                .name("Somerset Council")
                .sector(Sector.COUNCIL)
                .build(),
            Organisation.builder().id(NHS).name("NHS Somerset").sector(Sector.NHS).build(),
            Organisation.builder()
                .id(VCFSE)
                .name("Somerset VCFSE partners (illustrative)")
                .sector(Sector.VCFSE)
                .build(),
            Organisation.builder()
                .id(OTHER_STATUTORY)
                .name("Other statutory services (illustrative)")
                .sector(Sector.OTHER_STATUTORY)
                .build(),
            Organisation.builder()
                .id(PartyId.of("plymouth-hdrc"))
                .name("Plymouth Health Determinants Research Collaboration")
                .sector(Sector.RESEARCH)
                .build(),
            person("bill-revans", "Bill Revans", "HWBB chair & Leader of the Council", COUNCIL),
            person(
                "paul-von-der-heyde",
                "Paul Von Der Heyde",
                "Somerset Integrated Care Partnership Chair",
                null),
            person(
                "trudi-grant",
                "Trudi Grant",
                "Relevant Senior Manager / Lead Officer (Director Level)",
                COUNCIL),
            person("alice-munro", "Alice Munro", "Consultant in Public Health", COUNCIL),
            Group.builder()
                .id(BOARD_MEMBERS)
                .name("Somerset Board members")
                .addMembers(PartyId.of("bill-revans"), PartyId.of("paul-von-der-heyde"))
                .build())
        .addBoards(SomersetReport.somersetBoard())
        // Recommendation 3: "Board members will consider themselves to be 'system stewards' and
        // facilitate the implementation of the approach through their leadership: shaping the
        // strategic direction; creating space for learning from staff and setting the pace for
        // change."
        .addStewards(
            SystemSteward.builder()
                .id(StewardId.of("somerset-board-members"))
                .heldBy(BOARD_MEMBERS)
                .type(StewardType.LEADERSHIP)
                .scale(SystemScale.SYSTEM)
                .addResponsibilities(
                    "Shaping the strategic direction",
                    "Creating space for learning from staff",
                    "Setting the pace for change")
                // Illustrative: the report gives the Board no remit.
                .remit(
                    Remit.builder()
                        .barrierKinds(
                            EnumSet.of(
                                BarrierKind.THRESHOLDS,
                                BarrierKind.COMMISSIONING,
                                BarrierKind.SPENDING_FLEXIBILITY,
                                BarrierKind.DATA_SHARING))
                        .addOrganisations(COUNCIL, NHS)
                        .build())
                .build())
        // Recommendation 1: "A multi-agency working group begins work to define and develop what
        // this means for the Somerset system." Section 1.1 names the system's parts: "Council, NHS,
        // VCFSE, and other statutory services".
        .addWorkingGroups(
            WorkingGroup.builder()
                .id(WorkingGroupId.of("hls-working-group"))
                .name("Human Learning Systems working group")
                .multiAgency(true)
                .addMembers(
                    WorkingGroupMember.from(COUNCIL),
                    WorkingGroupMember.from(NHS),
                    WorkingGroupMember.from(VCFSE),
                    WorkingGroupMember.from(OTHER_STATUTORY))
                .reportsTo(SomersetReport.somersetBoard().id())
                .createdBy(RecommendationRef.of(report.id(), 1))
                .build())
        .addStrategies(SomersetReport.improvingLives(), SomersetReport.integratedHealthAndCare())
        // 1.1 and 2.1: Housing is the number one priority theme and connects with two Improving
        // Lives priorities.
        .addThemes(
            PriorityTheme.builder()
                .rank(1)
                .title("Housing")
                .addSubPriorities(
                    "Supporting independent living in the context of a rapidly ageing population",
                    "Reducing homelessness and rough sleeping",
                    "Implementing a county-wide health impact assessment policy for new housing"
                        + " developments")
                .addConnectsWith(
                    PriorityId.of("il-fairer-life-chances"),
                    PriorityId.of("il-healthy-independent-lives"))
                .build())
        .addReports(report)
        .build();
  }

  private static Person person(String id, String name, String role, PartyId organisation) {
    Person.Builder person = Person.builder().id(PartyId.of(id)).name(name).roleTitle(role);
    if (organisation != null) {
      person.organisation(organisation);
    }
    return person.build();
  }
}
