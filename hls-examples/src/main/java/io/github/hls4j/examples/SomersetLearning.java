package io.github.hls4j.examples;

import io.github.hls4j.commissioning.Arrangement;
import io.github.hls4j.commissioning.ArrangementId;
import io.github.hls4j.commissioning.ArrangementKind;
import io.github.hls4j.commissioning.ArrangementMember;
import io.github.hls4j.commissioning.Money;
import io.github.hls4j.commissioning.ReplacedContract;
import io.github.hls4j.commissioning.YearValue;
import io.github.hls4j.learning.AgreementId;
import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.DataSharingAgreement;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.EscalationId;
import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.Experiment;
import io.github.hls4j.learning.ExperimentDecision;
import io.github.hls4j.learning.Flex;
import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningPhase;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.LearningSpace;
import io.github.hls4j.learning.Measure;
import io.github.hls4j.learning.MeasureUse;
import io.github.hls4j.learning.PhaseChange;
import io.github.hls4j.learning.RecordId;
import io.github.hls4j.learning.RecordKind;
import io.github.hls4j.learning.SafeAndLegalConfirmation;
import io.github.hls4j.learning.ShareTargetKind;
import io.github.hls4j.learning.SpaceKind;
import io.github.hls4j.learning.Visibility;
import io.github.hls4j.party.Group;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Sector;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.MemberRole;
import io.github.hls4j.stewardship.Remit;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.DeliveryKind;
import io.github.hls4j.strategy.DeliveryRef;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import io.github.hls4j.system.LearningSystem;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Learning loops in the Somerset system: the Homes and Horizons programme (the report's working
 * example, "Homes for Horizon" in the report) run as a learning cycle, and barriers that housing
 * and health practitioners raise, routed to the stewards who can remove them.
 *
 * <p><strong>Illustrative data.</strong> The partnership (Somerset Council, Homes2Inspire of Shaw
 * Trust, Somerset NHS Foundation Trust), the involvement of care-experienced young people in
 * partner selection and the steering group, and the figures in the evidence are public facts about
 * the programme. The phases and their dates, the experiments, the learning spaces, the housing
 * stewards, the records' dates, the barriers and the escalations are invented to show the shape of
 * the data, as {@link #ILLUSTRATIVE} says.
 */
public final class SomersetLearning {

  /** What in this example is not from the documents, as printed with it. */
  static final String ILLUSTRATIVE =
      "Illustrative: the programme's partners, young people's involvement and the figures are"
          + " public; phases, dates (the records' too), experiments, spaces, housing stewards, barriers, escalations"
          + " and the commissioning arrangement's terms and values are examples.";

  static final CycleId HOMES = CycleId.of("homes-and-horizons");
  static final CycleId HOUSING_PRACTICE = CycleId.of("housing-and-health-practice");
  static final PartyId HOMES2INSPIRE = PartyId.of("homes2inspire");
  static final PartyId YOUNG_PEOPLE = PartyId.of("care-experienced-young-people");

  private SomersetLearning() {}

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  /**
   * Returns the Somerset system with its learning loops.
   *
   * @return the system
   */
  public static LearningSystem system() {
    LearningSystem base = SomersetSystem.system();
    return LearningSystem.builder()
        .from(base)
        .addParties(
            Organisation.builder()
                .id(HOMES2INSPIRE)
                .name("Homes2Inspire (Shaw Trust)")
                .sector(Sector.VCFSE)
                .build(),
            Group.builder().id(YOUNG_PEOPLE).name("Care-experienced young people").build())
        .addStewards(
            SystemSteward.builder()
                .id(StewardId.of("childrens-commissioning"))
                .heldBy(SomersetSystem.COUNCIL)
                .type(StewardType.LEADERSHIP)
                .scale(SystemScale.SERVICE)
                .addResponsibilities("Commissioning children's homes as learning")
                .remit(
                    Remit.builder()
                        .addBarrierKinds(BarrierKind.SPENDING_FLEXIBILITY)
                        .addOrganisations(SomersetSystem.COUNCIL)
                        .build())
                .build(),
            SystemSteward.builder()
                .id(StewardId.of("housing-team-lead"))
                .heldBy(SomersetSystem.COUNCIL)
                .type(StewardType.PRACTITIONER)
                .scale(SystemScale.TEAM)
                .addResponsibilities(
                    "Convening housing and health practitioners to share what they learn")
                .remit(
                    Remit.builder()
                        .addBarrierKinds(BarrierKind.THRESHOLDS)
                        .addOrganisations(SomersetSystem.COUNCIL)
                        .build())
                .build())
        .addCycles(homesAndHorizons(), housingPractice())
        .addAgreements(
            DataSharingAgreement.builder()
                .id(AgreementId.of("somerset-children-dsa"))
                .addParties(SomersetSystem.COUNCIL, SomersetSystem.NHS)
                .addPurposes("Planning therapeutic support for children in care")
                .build())
        .addShares(
            shareFromHomes(
                    "Somerset NHS Foundation Trust",
                    SomersetSystem.NHS,
                    "Planning therapeutic support for children in care")
                .addRecords(youngPersonStory())
                .agreement(AgreementId.of("somerset-children-dsa"))
                .build(),
            // The provider is not party to the agreement: personal data may not go this way.
            shareFromHomes("Homes2Inspire", HOMES2INSPIRE, "Improving transitions between homes")
                .addRecords(youngPersonStory())
                .build(),
            // The redacted copy carries no personal data, and needs no agreement.
            shareFromHomes("Homes2Inspire", HOMES2INSPIRE, "Improving transitions between homes")
                .addRecords(youngPersonStory().redacted())
                .build())
        .addAllEscalations(housingEscalations())
        .addArrangements(homesAndHorizonsAlliance())
        .addStrategies(improvingLivesRefresh())
        .build();
  }

  /**
   * A revision of the Improving Lives strategy, as a council refreshes one: it supersedes the
   * version the report ticks and keeps its four priorities' ids. The refresh is illustrative; the
   * report and the working group still tick the earlier version, which the rules then point out.
   */
  static Strategy improvingLivesRefresh() {
    Strategy earlier = SomersetReport.improvingLives();
    return Strategy.builder()
        .from(earlier)
        .id(StrategyId.of("improving-lives-2026"))
        .title("The Improving Lives in Somerset Strategy (illustrative 2026 refresh)")
        .version("2026 refresh")
        .supersedes(earlier.id())
        // the refresh says what delivers its first priority: the alliance, by id, and a plan by
        // name
        .priorities(
            IntStream.range(0, earlier.priorities().size())
                .mapToObj(
                    i ->
                        i > 0
                            ? earlier.priorities().get(i)
                            : Priority.builder()
                                .from(earlier.priorities().get(i))
                                .addDeliveredThrough(
                                    DeliveryRef.to(
                                        DeliveryKind.ARRANGEMENT, "homes-and-horizons-alliance"),
                                    DeliveryRef.named(
                                        "Somerset's Homes and Horizons programme plan (illustrative)"))
                                .build())
                .toList())
        .build();
  }

  /**
   * Homes and Horizons as it might be commissioned: the report says the programme used HLS "to
   * inform commissioning and delivery". Its terms, values and roles are illustrative.
   */
  static Arrangement homesAndHorizonsAlliance() {
    return Arrangement.builder()
        .id(ArrangementId.of("homes-and-horizons-alliance"))
        .kind(ArrangementKind.ALLIANCE)
        .title("Homes and Horizons alliance (illustrative terms)")
        .addMembers(
            // The council commissions the alliance and runs homes of its own in it.
            ArrangementMember.of(
                SomersetSystem.COUNCIL, MemberRole.COMMISSIONER, MemberRole.PROVIDER),
            ArrangementMember.of(HOMES2INSPIRE, MemberRole.LEAD_PROVIDER),
            ArrangementMember.of(SomersetSystem.NHS, MemberRole.PARTNER))
        .addReplaces(
            ReplacedContract.named(
                "Spot-purchased placements in children's homes outside Somerset"))
        .start(date("2023-04-01"))
        .termYears(5)
        .addExtensionYears(2, 2)
        .addValueByYear(
            YearValue.of(2023, Money.pounds(2_400_000)),
            YearValue.of(2024, Money.of(2_472_000, 0)),
            YearValue.of(2025, Money.of(2_546_160, 50)))
        .addSharedOutcomes(
            "Children in care live in stable homes in Somerset, close to the people who matter to them",
            "Young people shape their own moves between homes")
        .addMeasures(Measure.of("Planned moves without a placement breakdown", MeasureUse.LEARNING))
        .addLearningCycles(HOMES)
        .build();
  }

  private static HorizontalShare.Builder shareFromHomes(
      String to, PartyId organisation, String purpose) {
    return HorizontalShare.builder()
        .fromCycle(HOMES)
        .fromOrganisation(SomersetSystem.COUNCIL)
        .toKind(ShareTargetKind.ORGANISATION)
        .to(to)
        .toOrganisation(organisation)
        .purpose(purpose);
  }

  static LearningRecord youngPersonStory() {
    return LearningRecord.builder()
        .kind(RecordKind.INSIGHT)
        .whatHappened(
            "A young person's move between homes went well when they chose the day and met the carers first")
        .recordedOn(date("2025-04-02"))
        .learned("Let young people shape their own transitions")
        .addEvidence(
            Evidence.personalStory(
                "Account of J., 15, moving from a home in Taunton (named, with dates)"),
            Evidence.number(
                    "3 of 4 planned moves this year without a placement breakdown (illustrative)")
                .notPersonal())
        .build();
  }

  static LearningCycle homesAndHorizons() {
    return LearningCycle.builder()
        .id(HOMES)
        .name("Homes and Horizons")
        .scale(SystemScale.SERVICE)
        .owner(StewardId.of("childrens-commissioning"))
        .purpose(
            "Homes in Somerset, with therapeutic education, for children in care, commissioned and run as learning")
        .addActors(SomersetSystem.COUNCIL, HOMES2INSPIRE, SomersetSystem.NHS, YOUNG_PEOPLE)
        .addPhases(
            PhaseChange.of(LearningPhase.CREATE_SHARED_PURPOSE, date("2021-09-01")),
            PhaseChange.of(LearningPhase.UNDERSTAND_THE_SYSTEM, date("2021-12-01")),
            PhaseChange.of(LearningPhase.CO_DESIGN_EXPERIMENTS, date("2022-04-01")),
            PhaseChange.of(LearningPhase.EMBED_AND_INFLUENCE, date("2023-07-01")),
            // Moving back is normal: new homes bring new questions.
            PhaseChange.of(LearningPhase.CO_DESIGN_EXPERIMENTS, date("2024-09-01")))
        .addExperiments(
            Experiment.builder()
                .question(
                    "Will partners chosen with care-experienced young people on the panel keep children closer to home?")
                .whatWasDone(
                    "Young people sat on the partner selection panel and the steering group, and chose the project's name")
                .observed("Young people's questions changed which bids scored highest")
                .learned(
                    "Involve young people in every commissioning decision that shapes where they live")
                .decision(ExperimentDecision.ADOPT)
                .build(),
            Experiment.builder()
                .question(
                    "Can a home's budget follow a child's plan rather than a fixed placement fee?")
                .whatWasDone("A pooled budget line for therapeutic support across two homes")
                .decision(ExperimentDecision.ADAPT)
                .learned(
                    "Pooling works within one provider; across providers it needs a new contract clause")
                .addFlexes(Flex.SPENDING_LINE)
                .safeAndLegal(
                    SafeAndLegalConfirmation.of(
                        StewardId.of("childrens-commissioning"),
                        date("2022-06-15"),
                        "Within the partnership contract's variation clause; finance and legal sign-off"))
                .build())
        .addRecords(
            LearningRecord.builder()
                .id(RecordId.of("mj-award"))
                .kind(RecordKind.SUCCESS)
                .whatHappened("The partnership won the MJ Award for Innovation in Partnerships")
                .recordedOn(date("2025-02-14"))
                .learned("A ten-year partnership gives providers room to learn")
                .addEvidence(
                    Evidence.number(
                            "6 homes bought and a 7th in progress; 67 staff recruited and 55 trained (scrutiny, 12 July 2023)")
                        .notPersonal(),
                    Evidence.number("£5.2m saved over two years, set-up costs excluded")
                        .notPersonal())
                .build(),
            LearningRecord.builder()
                .id(RecordId.of("home-before-education"))
                .kind(RecordKind.ERROR)
                .whatHappened(
                    "A home opened before its education site was ready, and two children waited a term")
                .recordedOn(date("2025-03-10"))
                .learned(
                    "Open a home only when its education place is ready; plan the two together")
                .build(),
            // A multi-agency cycle keeps the story without its personal evidence, and the words the
            // young person agreed the Board may hear.
            LearningRecord.builder()
                .from(youngPersonStory().redacted())
                .addEvidence(
                    Evidence.story(
                            "I picked the day I moved and met my carers first, so it felt like my move, not a placement")
                        .notPersonal()
                        .withConsentToShareWithBoard())
                .build())
        .addSpaces(
            LearningSpace.of("Steering group with young people", SpaceKind.FORMAL, "monthly"),
            LearningSpace.of("Carers' reflective practice", SpaceKind.INFORMAL, "fortnightly"))
        .addMeasures(Measure.of("Days from referral to a home in Somerset", MeasureUse.LEARNING))
        .addStrategyAlignment(
            StrategyAlignment.builder()
                .strategy(SomersetReport.integratedHealthAndCare())
                .addLink(
                    AlignmentLink.builder()
                        .priority(PriorityId.of("ihc-best-care-and-support"))
                        .rationale("Children in care live in homes near their families and schools")
                        .build())
                .build())
        .nextReview(date("2025-09-01"))
        .build();
  }

  static LearningCycle housingPractice() {
    return LearningCycle.builder()
        .id(HOUSING_PRACTICE)
        .name("Housing and health practice")
        .scale(SystemScale.TEAM)
        .owner(StewardId.of("housing-team-lead"))
        .purpose("Join up housing and health support for people whose needs fit no single pathway")
        .addActors(SomersetSystem.COUNCIL, SomersetSystem.NHS, SomersetSystem.VCFSE)
        .addPhases(
            PhaseChange.of(LearningPhase.CREATE_SHARED_PURPOSE, date("2025-01-10")),
            PhaseChange.of(LearningPhase.UNDERSTAND_THE_SYSTEM, date("2025-03-01")))
        .addSpaces(LearningSpace.of("Case huddle", SpaceKind.INFORMAL, "weekly"))
        // Housing, the Board's number-one theme, connects with this Improving Lives priority.
        .addStrategyAlignment(
            StrategyAlignment.builder()
                .strategy(SomersetReport.improvingLives())
                .addLink(
                    AlignmentLink.builder()
                        .priority(PriorityId.of("il-healthy-independent-lives"))
                        .rationale(
                            "People leaving hospital without a home get housing and health support together")
                        .build())
                .build())
        .nextReview(date("2025-05-15"))
        .build();
  }

  static List<Escalation> housingEscalations() {
    return List.of(
        escalation(
                "thresholds",
                BarrierKind.THRESHOLDS,
                SomersetSystem.COUNCIL,
                "Support thresholds exclude people just below the line")
            .answered(
                "Team leads may waive the threshold for a case with a named worker",
                date("2025-03-20"))
            .fedBack(date("2025-03-27")),
        escalation(
                "joint-commissioning",
                BarrierKind.COMMISSIONING,
                SomersetSystem.COUNCIL,
                "Housing and health commission support separately")
            .answered(
                "The working group will propose a joint commissioning pilot", date("2025-04-30")),
        escalation(
            "spending",
            BarrierKind.SPENDING_FLEXIBILITY,
            SomersetSystem.NHS,
            "NHS budgets cannot pay for a deposit that keeps someone out of hospital"),
        escalation(
            "silos",
            BarrierKind.WORKFORCE,
            SomersetSystem.OTHER_STATUTORY,
            "Staff in other statutory services cannot join case huddles in work time"),
        escalation(
                "legislation",
                BarrierKind.LEGISLATION,
                SomersetSystem.COUNCIL,
                "Allocation law gives no priority to people leaving hospital without a home")
            .madeVisible(
                Visibility.builder()
                    .to("the Ministry of Housing, Communities and Local Government")
                    .on(date("2025-03-20"))
                    .build()),
        // illustrative: a national barrier, made visible by the Board and still waiting for a reply
        Escalation.builder()
            .from(
                escalation(
                    "funding-regime",
                    BarrierKind.FUNDING_REGIME,
                    SomersetSystem.COUNCIL,
                    "Prevention grant is confirmed a year at a time, so the pilot cannot offer posts beyond March"))
            .routedTo(BOARD_MEMBERS)
            .raisedOn(date("2025-01-06"))
            .respondBy(date("2025-07-01"))
            .addMadeVisible(
                Visibility.builder()
                    .to("the Ministry of Housing, Communities and Local Government")
                    .on(date("2025-01-20"))
                    .build())
            .build());
  }

  private static Escalation escalation(
      String id, BarrierKind kind, PartyId organisation, String description) {
    return Escalation.builder()
        .id(EscalationId.of(id))
        .barrier(
            Barrier.builder()
                .kind(kind)
                .organisation(organisation)
                .description(description)
                .build())
        .raisedBy(HOUSING_PRACTICE)
        .raisedOn(date("2025-03-05"))
        .respondBy(date("2025-05-01"))
        .build();
  }

  private static final StewardId BOARD_MEMBERS = StewardId.of("somerset-board-members");
}
