package io.github.hls4j.examples;

import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Committee;
import io.github.hls4j.governance.CommitteeId;
import io.github.hls4j.governance.EqualitiesStatement;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.Link;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.RiskAssessment;
import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.party.ContactDetails;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import java.util.EnumSet;

/**
 * The Somerset Board report "Taking a Human Learning Systems approach for the work of the Board",
 * modelled completely and as it stands, flaws included: every sign-off undated with the template
 * prompt left in, paragraph 4.2 empty, two background-paper links pointing at {@code #}, every
 * strategy priority ticked with no rationale for any, implications that name no money and no law,
 * "no current risks identified" for a new approach, recommendations with no timescale or
 * report-back, paragraph 2.1 counting "two" priorities where the table ticks four, and the cut-off
 * title "Homes and Horizons - Human L".
 *
 * <p>Text is copied from the document as written, including its spelling.
 */
public final class SomersetReport {

  /** The template prompt left in every date cell of the sign-off table. */
  static final String DATE_PROMPT = "Click or tap to enter a date.";

  static final String RECOMMENDATION_1 =
      "A multi-agency working group begins work to define and develop what this means for the"
          + " Somerset system.";
  static final String RECOMMENDATION_2 =
      "Once defined and approved by the Somerset Board the group identifies opportunities to"
          + " implement the approach.";
  static final String RECOMMENDATION_3 =
      "That Board members will consider themselves to be 'system stewards' and facilitate the"
          + " implementation of the approach through their leadership: shaping the strategic"
          + " direction; creating space for learning from staff and setting the pace for change.";

  private SomersetReport() {}

  /**
   * Returns the Improving Lives in Somerset strategy, with its four priorities.
   *
   * @return the strategy
   */
  public static Strategy improvingLives() {
    return Strategy.builder()
        .id(StrategyId.of("improving-lives"))
        .title("The Improving Lives in Somerset Strategy")
        .addPriority(
            priority(
                "il-county-infrastructure",
                "A County infrastructure that drives productivity, supports economic prosperity and"
                    + " sustainable public services"))
        .addPriority(
            priority(
                "il-safe-vibrant-communities",
                "Safe, vibrant and well-balanced communities able to enjoy and benefit from the"
                    + " natural environment"))
        .addPriority(
            priority("il-fairer-life-chances", "Fairer life chances and opportunity for all"))
        .addPriority(
            priority(
                "il-healthy-independent-lives",
                "Improved health and wellbeing and more people living healthy and independent lives"
                    + " for longer"))
        .build();
  }

  /**
   * Returns the Integrated Health and Care Strategy, with its five priorities.
   *
   * @return the strategy
   */
  public static Strategy integratedHealthAndCare() {
    return Strategy.builder()
        .id(StrategyId.of("integrated-health-and-care"))
        .title("Integrated Health and Care Strategy")
        .addPriority(
            priority(
                "ihc-health-and-wellbeing",
                "Improve the health and wellbeing of the population",
                "Enable people to live socially connected, healthy, independent lives, promote early"
                    + " intervention and prevent avoidable illness."))
        .addPriority(
            priority(
                "ihc-best-care-and-support",
                "Provide the best care and support to children and adults",
                "Ensure safe, sustainable, effective, high quality person-centred support in the most"
                    + " appropriate setting."))
        .addPriority(
            priority(
                "ihc-local-communities",
                "Strengthen care and support in local communities",
                "Develop and enhance support in local neighbourhood areas and bring care and support"
                    + " closer to home."))
        .addPriority(
            priority(
                "ihc-reduce-inequalities",
                "Reduce Inequalities",
                "Value all people alike, target our resources and attention to where it is most"
                    + " needed, giving equal priority to physical and mental health."))
        .addPriority(
            priority(
                "ihc-complex-needs",
                "Respond well to complex needs",
                "Improve outcomes for children and adults with complex needs through personalised,"
                    + " co-ordinated support."))
        .build();
  }

  /**
   * Returns the Somerset Board: the Health and Wellbeing Board and the Integrated Care Partnership
   * sitting as committees in common.
   *
   * @return the board
   */
  public static Board somersetBoard() {
    return Board.builder()
        .id(BoardId.of("somerset-board"))
        .name("Somerset Board")
        .addCommitteesInCommon(
            Committee.builder()
                .id(CommitteeId.of("somerset-hwbb"))
                .name("Somerset Health and Wellbeing Board")
                .build(),
            Committee.builder()
                .id(CommitteeId.of("somerset-icp"))
                .name("Somerset Integrated Care Partnership")
                .build())
        .build();
  }

  /**
   * Returns the report.
   *
   * @return the Somerset Board report, as it stands
   */
  public static BoardReport report() {
    return BoardReport.builder()
        .id(ReportId.of("somerset-board-hls-approach"))
        .title("Taking a Human Learning Systems approach for the work of the Board")
        .board(somersetBoard())
        // The header gives the lead officer by surname only.
        .leadOfficer(
            Person.builder()
                .id(PartyId.of("munro"))
                .name("Munro")
                .roleTitle("Consultant in Public Health")
                .build())
        .author(
            Person.builder()
                .id(PartyId.of("alice-munro"))
                .name("Alice Munro")
                .roleTitle("Consultant in Public Health")
                .build())
        .contact(ContactDetails.email("alice.munro@somerset.gov.uk"))
        .addSummary(
            "During the Somerset Board Members workshop in September 2024 Gary Wallace, Plymouth"
                + " Health Determinants Research Collaboration, gave a presentation on the"
                + " complexities of system working and the application of a Human Learning Systems"
                + " approach to work within a complex system.",
            "The approach was met with enthusiasm at the workshop and this report details the ask"
                + " of the Board to develop and adopt this approach for the Somerset health and"
                + " wellbeing system through its application to the work of the Somerset Board, and"
                + " subsequently that of its Board members.",
            "Human Learning Systems focus on learning as a continuous process. “What works” is a"
                + " continuous process of learning and adaptation, where a positive error culture is"
                + " created with informal and formal spaces for learning.",
            "The other fundamental principle is “healthy systems produce better outcomes” with"
                + " system stewards (as opposed to system leaders) looking after the health of a"
                + " system.",
            "Adopting this approach offers the Board the opportunity to apply an evidence-based"
                + " approach to working within complex systems whilst meeting the aims within its"
                + " constitution.")
        .recommendationsPreamble("That the Somerset Board approves:")
        .addRecommendations(
            Recommendation.builder()
                .number(1)
                .action(RECOMMENDATION_1)
                .carriedOutBy("A multi-agency working group")
                .build(),
            Recommendation.builder()
                .number(2)
                .action(RECOMMENDATION_2)
                .carriedOutBy("The multi-agency working group")
                .addDependsOn(1)
                .build(),
            Recommendation.builder()
                .number(3)
                .action(RECOMMENDATION_3)
                .carriedOutBy("Board members")
                .build())
        .addReasons(
            "These recommendations are made in line with discussions at Board workshop.",
            "There is a lot of work happening across Somerset which could be pulled together"
                + " through the working group and a plan developed to optimise work to date and"
                + " develop the approach at a system level going forwards.")
        .addStrategyAlignment(tickedEveryPriority(improvingLives()).build())
        .addStrategyAlignment(
            tickedEveryPriority(integratedHealthAndCare())
                .statement(
                    "The approach can be adopted across the system which will positively impact on"
                        + " a wide range of health and wellbeing and health and care outcomes.")
                .build())
        .addImplication(
            Implication.builder()
                .areas(EnumSet.allOf(ImplicationArea.class))
                .statement(
                    "The approach described at the workshop is that work delivered through this"
                        + " approach must be “safe and legal”. Empowering our workforce to adopt a"
                        + " positive error culture through continual learning, and the sharing of"
                        + " the learning will mean working in a different way.")
                .build())
        .equalities(
            EqualitiesStatement.builder()
                .impactAssessment(ImpactAssessment.NOT_NEEDED)
                .statement(
                    "An equalities impact assessment is not considered necessary for this decision"
                        + " as there are no immediate impacts, and equalities will be a due"
                        + " consideration of any decisions that are made as a result of adopting a"
                        + " human learning systems approach.")
                .build())
        .riskAssessment(
            RiskAssessment.builder()
                .statement(
                    "This is a decision to take a new approach to how services are commissioned,"
                        + " managed and provided. There are no current risks identified from the"
                        + " recommendations made at this stage of developing the new approach. There"
                        + " may be risks associated with future decisions on implementation, which"
                        + " will be risk assessed on a case-by-case basis.")
                .build())
        .addSections(background(), prioritiesAndOutcomes(), consultations(), requestOfTheBoard())
        .addBackgroundPapers(
            BackgroundPaper.builder()
                .title(
                    "Centre for Public Impact, Human Learning Systems: Public Service for the Real"
                        + " World")
                .link(Link.of("Human Learning Systems - Public Service for the Real World", "#"))
                .build(),
            BackgroundPaper.builder()
                .title("Somerset Annual Director of Public Health Report 2023: Housing and Health")
                .link(
                    Link.of(
                        "Enc-F-Somerset-Annual-Report-of-the-Director-of-Public-Health-2023-Homes-and-Health.pdf",
                        "#"))
                .build(),
            // An embedded document whose label the conversion cut short; it has no link.
            BackgroundPaper.builder().title("Homes and Horizons - Human L").build())
        .addSignOffs(
            undated(
                SignOffRole.required(
                    "Relevant Senior Manager / Lead Officer (Director Level)",
                    SignOffRoleKind.LEAD_OFFICER),
                "Trudi Grant"),
            undated(
                SignOffRole.required("HWBB chair & Leader of the Council", SignOffRoleKind.CHAIR),
                "Bill Revans"),
            undated(
                SignOffRole.ifApplicable(
                    "Executive Member (if applicable)", SignOffRoleKind.EXECUTIVE_MEMBER),
                "Graham Oakes"),
            undated(
                SignOffRole.required(
                    "Monitoring Officer (Somerset Council)", SignOffRoleKind.MONITORING_OFFICER),
                "David Clark"),
            undated(
                SignOffRole.required(
                    "Somerset Integrated Care Partnership Chair", SignOffRoleKind.CHAIR),
                "Paul Von Der Heyde"))
        .build();
  }

  private static ReportSection background() {
    return ReportSection.builder()
        .number(1)
        .heading("Background")
        .kind(SectionKind.BACKGROUND)
        .addParagraphs(
            Paragraph.builder()
                .number("1.1")
                .addText(
                    "The Somerset Board have agreed that Housing is the number one priority to take"
                        + " forward in the coming year. Priorities under this theme include"
                        + " supporting independent living in the context of a rapidly ageing"
                        + " population, reducing homelessness and rough sleeping, and implementing a"
                        + " county-wide health impact assessment policy for new housing"
                        + " developments.",
                    "For the Board workshop, officers from across the Council and external providers"
                        + " shared case studies and local analysis that illustrate how the Somerset"
                        + " 'system' as a whole, including Council, NHS, VCFSE, and other statutory"
                        + " services, sometimes do not meet the needs of our residents in ways that"
                        + " are optimal, which can contribute to worse outcomes and unnecessary"
                        + " costs.",
                    "In many cases, partners are already seeking to work in ways that are"
                        + " person-centred, joining up support for individuals who do not always fit"
                        + " service pathways and thresholds that have not been designed around their"
                        + " needs. However, operational staff can face barriers to working"
                        + " differently that are created by the system and service in which they"
                        + " work. We need to reduce these barriers to empower and enable the Somerset"
                        + " workforce to work flexibly across organisational boundaries, providing"
                        + " the right services at the right time.")
                .build(),
            Paragraph.builder()
                .number("1.2")
                .addText(
                    "The Human Learning Systems approach offers an alternative to the “Markets,"
                        + " Managers and Metrics” approach of New Public Management. The human is at"
                        + " the centre, the approach seeks to enable services to address the complex"
                        + " realities of the lives of people being served. This may mean allowing"
                        + " flexible thresholds for support, joint commissioning between services,"
                        + " greater flexibility in spending, and reducing siloes between services,"
                        + " all with a focus on outcomes rather than inputs. This has a further"
                        + " effect of increasing job satisfaction that motivates people to go into"
                        + " public service.",
                    "The Learning in Human Learning Systems involves creating an environment in"
                        + " which performance improvement is driven by continuous learning and"
                        + " adaptation. This learning is both horizontal, within and between"
                        + " services, and vertical, escalating learning to the level that would"
                        + " enable the barriers to delivery to be address.",
                    "Finally, taken together this fosters in leaders a sense of responsibility for"
                        + " looking after the health of the systems that shape how we work, and it is"
                        + " these systems which create positive outcomes in people’s lives."
                        + " www.humanlearning.systems",
                    "The Homes for Horizon programme led by Children’s Services used human learning"
                        + " system methods to inform commissioning and delivery. It will be used as a"
                        + " working example during the Board meeting.")
                .build())
        .build();
  }

  private static ReportSection prioritiesAndOutcomes() {
    return ReportSection.builder()
        .number(2)
        .heading("Improving Lives and Integrated Health and Care Priorities and Outcomes")
        .kind(SectionKind.PRIORITIES_AND_OUTCOMES)
        .addParagraphs(
            Paragraph.builder()
                .number("2.1")
                .addText(
                    "The Human Learning Systems approach was positively received following"
                        + " discussions about cross-cutting issues that affect the relationship"
                        + " between housing and health in Somerset. Housing has been agreed as the"
                        + " number 1 priority theme for the Somerset Board this year and connects"
                        + " with two of the Improving Lives Strategy priorities: Fairer life chances"
                        + " and opportunity for all; and improved health and wellbeing and more"
                        + " people living healthy and independent lives for longer.")
                .build())
        .build();
  }

  private static ReportSection consultations() {
    return ReportSection.builder()
        .number(3)
        .heading("Consultations undertaken")
        .kind(SectionKind.CONSULTATIONS)
        .addParagraphs(
            Paragraph.builder()
                .number("3.1")
                .addText(
                    "Somerset Board members participated in a workshop to learn about and discuss"
                        + " the relevance of an HLS approach. They heard from workforce"
                        + " representatives in person or via case studies about some of the"
                        + " progress being made towards service integration, but also examples of"
                        + " where we have not met a person's needs, sometimes at significant cost to"
                        + " the Somerset system.")
                .build())
        .build();
  }

  private static ReportSection requestOfTheBoard() {
    return ReportSection.builder()
        .number(4)
        .heading("Request of the Board and its members")
        .kind(SectionKind.REQUEST_OF_THE_BOARD)
        .addParagraphs(
            Paragraph.builder()
                .number("4.1")
                .addText("That the Somerset Board approves:")
                .addItems(
                    ListItem.of("(1)", RECOMMENDATION_1),
                    ListItem.of("(2)", RECOMMENDATION_2),
                    ListItem.of("(3)", RECOMMENDATION_3))
                .build(),
            // 4.2 is numbered and left empty in the document.
            Paragraph.builder().number("4.2").build())
        .build();
  }

  private static StrategyAlignment.Builder tickedEveryPriority(Strategy strategy) {
    StrategyAlignment.Builder alignment = StrategyAlignment.builder().strategy(strategy);
    for (Priority p : strategy.priorities()) {
      alignment.addLink(AlignmentLink.to(p.id()));
    }
    return alignment;
  }

  private static Priority priority(String id, String title) {
    return Priority.builder().id(PriorityId.of(id)).title(title).build();
  }

  private static Priority priority(String id, String title, String description) {
    return Priority.builder().id(PriorityId.of(id)).title(title).description(description).build();
  }

  private static SignOff undated(SignOffRole role, String name) {
    return SignOff.builder().role(role).name(name).dateText(DATE_PROMPT).build();
  }
}
