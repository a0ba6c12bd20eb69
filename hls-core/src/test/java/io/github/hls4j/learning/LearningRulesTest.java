package io.github.hls4j.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.NullPointerTester;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.jqno.equalsverifier.EqualsVerifier;
import nl.jqno.equalsverifier.Warning;
import org.junit.jupiter.api.Test;

class LearningRulesTest {

  static final Clock JUNE = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneOffset.UTC);
  static final PartyId COUNCIL = PartyId.of("council");
  static final PartyId NHS = PartyId.of("nhs");

  static LearningCycle.Builder cycle() {
    return LearningCycle.builder()
        .id(CycleId.of("cycle"))
        .name("Cycle")
        .scale(SystemScale.TEAM)
        .owner(StewardId.of("lead"))
        .purpose("Learn")
        .addPhases(PhaseChange.of(LearningPhase.CREATE_SHARED_PURPOSE, LocalDate.of(2025, 1, 1)))
        .nextReview(LocalDate.of(2025, 6, 1));
  }

  private static ValidationResult validate(LearningCycle cycle) {
    return Validator.builder(LearningRules.learningCycle(JUNE))
        .profile(Profile.PUBLISHED)
        .build()
        .validate(cycle);
  }

  private static List<org.assertj.core.groups.Tuple> findings(ValidationResult result) {
    return result.violations().stream()
        .map(v -> tuple(v.rule().toString(), v.path(), v.severity()))
        .toList();
  }

  @Test
  void wellKeptCycle_hasNoFindings() {
    assertThat(validate(cycle().build()).isEmpty()).isTrue();
  }

  @Test
  void moveTo_addsToTheHistory_andMovingBackIsNormal() {
    LearningCycle c =
        cycle()
            .build()
            .moveTo(LearningPhase.UNDERSTAND_THE_SYSTEM, LocalDate.of(2025, 2, 1))
            .moveTo(LearningPhase.CO_DESIGN_EXPERIMENTS, LocalDate.of(2025, 3, 1))
            .moveTo(LearningPhase.UNDERSTAND_THE_SYSTEM, LocalDate.of(2025, 4, 1));

    assertThat(c.currentPhase()).contains(LearningPhase.UNDERSTAND_THE_SYSTEM);
    assertThat(c.phases()).hasSize(4);
    assertThat(validate(c).isEmpty()).isTrue();
    assertThat(cycle().phases(List.of()).build().currentPhase()).isEmpty();
  }

  @Test
  void phaseSkipped_isAWarningAtTheMove() {
    LearningCycle skipping =
        cycle().build().moveTo(LearningPhase.EMBED_AND_INFLUENCE, LocalDate.of(2025, 2, 1));
    LearningCycle startingLate =
        cycle()
            .phases(
                List.of(
                    PhaseChange.of(LearningPhase.CO_DESIGN_EXPERIMENTS, LocalDate.of(2025, 1, 1))))
            .build();

    assertThat(findings(validate(skipping)))
        .containsExactly(tuple("learning/phase-skipped", "phases[1]", Severity.WARNING));
    assertThat(validate(skipping).violations().get(0).arguments()).containsEntry("skipped", "2");
    assertThat(findings(validate(startingLate)))
        .containsExactly(tuple("learning/phase-skipped", "phases[0]", Severity.WARNING));
  }

  @Test
  void experiments_needLearningAndSafeAndLegalConfirmation() {
    LearningCycle c =
        cycle()
            .addExperiments(
                Experiment.builder()
                    .question("Q1")
                    .decision(ExperimentDecision.ABANDON)
                    .learned(" ")
                    .build(),
                Experiment.builder().question("Q2").addFlexes(Flex.THRESHOLD, Flex.RULE).build(),
                Experiment.builder()
                    .question("Q3")
                    .addFlexes(Flex.SPENDING_LINE)
                    .safeAndLegal(
                        SafeAndLegalConfirmation.of(
                            StewardId.of("lead"), LocalDate.of(2025, 1, 5), "Legal advice"))
                    .decision(ExperimentDecision.ADOPT)
                    .learned("It works")
                    .build(),
                Experiment.builder().question("Q4").build())
            .build();

    assertThat(findings(validate(c)))
        .containsExactly(
            tuple(
                "learning/safe-and-legal-unconfirmed",
                "experiments[1].safeAndLegal",
                Severity.ERROR),
            tuple(
                "learning/experiment-without-learning",
                "experiments[0].learned",
                Severity.WARNING));
    assertThat(
            validate(c)
                .withRule(LearningRules.SAFE_AND_LEGAL_UNCONFIRMED.id())
                .violations()
                .get(0)
                .arguments())
        .containsEntry("flexes", "[THRESHOLD, RULE]");
  }

  @Test
  void errorWithoutLearning_isReported_errorsWithLearningAreNot() {
    LearningCycle c =
        cycle()
            .addRecords(
                LearningRecord.builder()
                    .kind(RecordKind.ERROR)
                    .whatHappened("A child waited a term")
                    .build(),
                LearningRecord.builder()
                    .kind(RecordKind.ERROR)
                    .whatHappened("A move failed")
                    .learned("Plan moves with the child")
                    .build(),
                LearningRecord.builder()
                    .kind(RecordKind.SURPRISE)
                    .whatHappened("Carers stayed longer")
                    .build())
            .build();

    assertThat(findings(validate(c)))
        .containsExactly(
            tuple("learning/error-without-learning", "records[0].learned", Severity.WARNING));
  }

  @Test
  void reviewOverdue_readsTodayFromTheClock() {
    LearningCycle c = cycle().nextReview(LocalDate.of(2025, 5, 31)).build();

    assertThat(findings(validate(c)))
        .containsExactly(tuple("learning/review-overdue", "nextReview", Severity.WARNING));
    assertThat(validate(c).violations().get(0).arguments())
        .containsEntry("due", "2025-05-31")
        .containsEntry("today", "2025-06-01");
    Clock may = Clock.fixed(Instant.parse("2025-05-30T12:00:00Z"), ZoneOffset.UTC);
    assertThat(Validator.builder(LearningRules.learningCycle(may)).build().validate(c).isEmpty())
        .isTrue();
  }

  @Test
  void reviewOverdue_inTheLoops_comparesEveryCycleWithOneToday() {
    // A clock that moves on a day each time it is read.
    Clock moving =
        new Clock() {
          private Instant now = Instant.parse("2025-06-01T12:00:00Z");

          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException();
          }

          @Override
          public Instant instant() {
            Instant read = now;
            now = now.plusSeconds(86_400);
            return read;
          }
        };
    List<LearningCycle> cycles =
        List.of(
            cycle().id(CycleId.of("first")).nextReview(LocalDate.of(2025, 5, 31)).build(),
            cycle().id(CycleId.of("second")).nextReview(LocalDate.of(2025, 5, 30)).build(),
            cycle().id(CycleId.of("third")).nextReview(LocalDate.of(2025, 5, 29)).build());
    LearningLoops threeCycles = loops(cycles, List.of(), List.of(), List.of(), List.of());

    ValidationResult result =
        Validator.builder(LearningRules.learningLoops(moving)).build().validate(threeCycles);

    assertThat(result.violations())
        .extracting(v -> v.rule().toString(), Violation::path, v -> v.arguments().get("today"))
        .containsExactly(
            tuple("learning/review-overdue", "cycles[0].nextReview", "2025-06-01"),
            tuple("learning/review-overdue", "cycles[1].nextReview", "2025-06-01"),
            tuple("learning/review-overdue", "cycles[2].nextReview", "2025-06-01"));
  }

  @Test
  void measureAsTargetOrPayment_isAnError() {
    LearningCycle c =
        cycle()
            .addMeasures(
                Measure.of("Days to a home", MeasureUse.LEARNING),
                Measure.of("Placements per month", MeasureUse.TARGET),
                Measure.of("Outcome payments", MeasureUse.PAYMENT_TRIGGER))
            .build();

    assertThat(findings(validate(c)))
        .containsExactly(
            tuple("learning/measure-as-target", "measures[1].use", Severity.ERROR),
            tuple("learning/measure-as-target", "measures[2].use", Severity.ERROR));
  }

  @Test
  void records_redactedCopyDropsPersonalDataAndSaysSo() {
    LearningRecord record =
        LearningRecord.builder()
            .kind(RecordKind.INSIGHT)
            .whatHappened("Moves go well when chosen")
            .addEvidence(
                Evidence.personalStory("J., 15, named"),
                Evidence.number("3 of 4").notPersonal(),
                Evidence.story("A carer's account").notPersonal())
            .sensitivity(Sensitivity.OFFICIAL_SENSITIVE)
            .build();

    LearningRecord redacted = record.redacted();

    assertThat(record.containsPersonalData()).isTrue();
    assertThat(redacted.containsPersonalData()).isFalse();
    assertThat(redacted.evidence())
        .extracting(Evidence::text)
        .containsExactly("3 of 4", "A carer's account");
    assertThat(redacted.redactionNote())
        .contains(
            "Redacted: 1 piece(s) of evidence holding personal data and 0 personal identifier(s) in the text removed");
    assertThat(redacted.sensitivity()).isEqualTo(Sensitivity.OFFICIAL_SENSITIVE);
    assertThat(redacted.redacted()).isSameAs(redacted);
  }

  @Test
  void escalation_movesFromOpenToAnsweredToClosed() {
    Escalation open =
        Escalation.builder()
            .id(EscalationId.of("e"))
            .barrier(
                EscalationRouterTest.barrier(BarrierKind.THRESHOLDS, COUNCIL, SystemScale.TEAM)
                    .barrier())
            .raisedBy(EscalationRouterTest.CYCLE)
            .raisedOn(LocalDate.of(2025, 1, 1))
            .respondBy(LocalDate.of(2025, 2, 1))
            .build();

    assertThat(open.status()).isEqualTo(Escalation.Status.OPEN);
    Escalation answered = open.answered("Waive it", LocalDate.of(2025, 1, 20));
    assertThat(answered.status()).isEqualTo(Escalation.Status.ANSWERED);
    assertThat(answered.fedBack(LocalDate.of(2025, 1, 25)).status())
        .isEqualTo(Escalation.Status.CLOSED);
    assertThatThrownBy(() -> open.fedBack(LocalDate.of(2025, 1, 25)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Escalation e must be answered before it is fed back");
    assertThatThrownBy(() -> Escalation.builder().from(open).answer("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Escalation.answeredOn (empty) must be given exactly when Escalation.answer (x) is");
    assertThatThrownBy(
            () -> Escalation.builder().from(open).fedBackOn(LocalDate.of(2025, 1, 2)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Escalation.fedBackOn (2025-01-02) needs an answer to feed back");
  }

  /** Loops that hold one cycle, the given shares and escalations, and the given stewards. */
  static LearningLoops loops(
      List<HorizontalShare> shares,
      List<DataSharingAgreement> agreements,
      List<Escalation> escalations,
      List<SystemSteward> stewards) {
    return loops(List.of(cycle().build()), shares, agreements, escalations, stewards);
  }

  static LearningLoops loops(
      List<LearningCycle> cycles,
      List<HorizontalShare> shares,
      List<DataSharingAgreement> agreements,
      List<Escalation> escalations,
      List<SystemSteward> stewards) {
    return new LearningLoops() {
      @Override
      public List<LearningCycle> cycles() {
        return cycles;
      }

      @Override
      public List<HorizontalShare> shares() {
        return shares;
      }

      @Override
      public List<DataSharingAgreement> agreements() {
        return agreements;
      }

      @Override
      public List<Escalation> escalations() {
        return escalations;
      }

      @Override
      public List<SystemSteward> stewards() {
        return stewards;
      }
    };
  }

  static HorizontalShare share(PartyId to, LearningRecord record, String agreement) {
    HorizontalShare.Builder share =
        HorizontalShare.builder()
            .fromCycle(CycleId.of("cycle"))
            .fromOrganisation(COUNCIL)
            .toKind(ShareTargetKind.ORGANISATION)
            .to(to.value())
            .toOrganisation(to)
            .purpose("Planning support")
            .addRecords(record);
    if (agreement != null) {
      share.agreement(AgreementId.of(agreement));
    }
    return share.build();
  }

  static final LearningRecord PERSONAL =
      LearningRecord.builder()
          .kind(RecordKind.INSIGHT)
          .whatHappened("x")
          .addEvidence(Evidence.personalStory("named"))
          .build();

  @Test
  void shares_personalDataAcrossOrganisations_needsACoveringAgreement() {
    DataSharingAgreement dsa =
        DataSharingAgreement.builder()
            .id(AgreementId.of("dsa"))
            .addParties(COUNCIL, NHS)
            .addPurposes("Planning support")
            .build();
    List<HorizontalShare> shares =
        List.of(
            share(NHS, PERSONAL, "dsa"),
            share(NHS, PERSONAL, null),
            share(PartyId.of("provider"), PERSONAL, "dsa"),
            share(COUNCIL, PERSONAL, null),
            share(PartyId.of("provider"), PERSONAL.redacted(), null),
            share(NHS, PERSONAL, "unknown"));

    ValidationResult result =
        Validator.builder(LearningRules.learningLoops(JUNE))
            .build()
            .validate(loops(shares, List.of(dsa), List.of(), List.of()));

    assertThat(result.withRule(LearningRules.SHARE_WITHOUT_AGREEMENT.id()).violations())
        .extracting(Violation::path)
        .containsExactly("shares[1].agreement", "shares[2].agreement", "shares[5].agreement");
    assertThat(dsa.covers(COUNCIL, NHS, "Other purpose")).isFalse();
  }

  @Test
  void shares_anAgreementIdGivenTwice_coversWhatEitherAgreementCovers() {
    DataSharingAgreement planning =
        DataSharingAgreement.builder()
            .id(AgreementId.of("dsa"))
            .addParties(COUNCIL, NHS)
            .addPurposes("Planning support")
            .build();
    DataSharingAgreement provider =
        DataSharingAgreement.builder()
            .from(planning)
            .parties(List.of(COUNCIL, PartyId.of("provider")))
            .build();
    List<HorizontalShare> shares =
        List.of(
            share(NHS, PERSONAL, "dsa"),
            share(PartyId.of("provider"), PERSONAL, "dsa"),
            share(PartyId.of("school"), PERSONAL, "dsa"));

    ValidationResult result =
        Validator.builder(LearningRules.learningLoops(JUNE))
            .build()
            .validate(loops(shares, List.of(planning, provider), List.of(), List.of()));

    assertThat(result.withRule(LearningRules.SHARE_WITHOUT_AGREEMENT.id()).violations())
        .extracting(Violation::path)
        .containsExactly("shares[2].agreement");
  }

  @Test
  void escalations_unroutedUnansweredAndNotFedBack() {
    SystemSteward lead =
        EscalationRouterTest.steward("lead", SystemScale.TEAM, BarrierKind.THRESHOLDS, COUNCIL);
    Escalation base =
        Escalation.builder()
            .id(EscalationId.of("e1"))
            .barrier(
                EscalationRouterTest.barrier(BarrierKind.THRESHOLDS, COUNCIL, SystemScale.TEAM)
                    .barrier())
            .raisedBy(EscalationRouterTest.CYCLE)
            .raisedOn(LocalDate.of(2025, 4, 1))
            .respondBy(LocalDate.of(2025, 6, 1))
            .build();
    List<Escalation> escalations =
        List.of(
            base,
            Escalation.builder()
                .from(base)
                .id(EscalationId.of("e2"))
                .respondBy(LocalDate.of(2025, 5, 31))
                .build(),
            Escalation.builder()
                .from(base)
                .id(EscalationId.of("e3"))
                .barrier(
                    EscalationRouterTest.barrier(
                            BarrierKind.DATA_SHARING, COUNCIL, SystemScale.TEAM)
                        .barrier())
                .raisedBy(EscalationRouterTest.CYCLE)
                .build(),
            base.answered("Yes", LocalDate.of(2025, 5, 1)),
            base.answered("Yes", LocalDate.of(2025, 5, 1)).fedBack(LocalDate.of(2025, 5, 2)));

    ValidationResult result =
        Validator.builder(LearningRules.learningLoops(JUNE))
            .build()
            .validate(loops(List.of(), List.of(), escalations, List.of(lead)));

    assertThat(findings(result))
        .containsExactly(
            tuple("learning/escalation-unrouted", "escalations[2].barrier", Severity.ERROR),
            tuple("learning/escalation-unanswered", "escalations[1].answer", Severity.WARNING),
            tuple(
                "learning/escalation-not-fed-back", "escalations[3].fedBackOn", Severity.WARNING));
  }

  @Test
  void escalations_nationalBarrierAnsweredLocallyAndVisibilityUnanswered() {
    SystemSteward board =
        EscalationRouterTest.steward(
            "board", SystemScale.SYSTEM, BarrierKind.FUNDING_REGIME, COUNCIL);
    Escalation national =
        Escalation.builder()
            .id(EscalationId.of("funding"))
            .barrier(
                EscalationRouterTest.barrier(BarrierKind.FUNDING_REGIME, COUNCIL, SystemScale.TEAM)
                    .barrier())
            .raisedBy(EscalationRouterTest.CYCLE)
            .routedTo(StewardId.of("board"))
            .raisedOn(LocalDate.of(2025, 1, 1))
            .respondBy(LocalDate.of(2025, 12, 1))
            .build();
    Visibility letter =
        Visibility.builder().to("Department for Education").on(LocalDate.of(2025, 2, 1)).build();
    Visibility answered =
        Visibility.builder()
            .from(letter)
            .response("Under review")
            .respondedOn(LocalDate.of(2025, 3, 1))
            .build();
    Visibility recent = Visibility.builder().to("Local MP").on(LocalDate.of(2025, 3, 2)).build();
    List<Escalation> escalations =
        List.of(
            national.answered("We will work around it", LocalDate.of(2025, 2, 1)),
            national
                .madeVisible(letter)
                .madeVisible(answered)
                .madeVisible(recent)
                .answered("Raised", LocalDate.of(2025, 2, 2)),
            national,
            Escalation.builder()
                .from(national)
                .barrier(
                    EscalationRouterTest.barrier(
                            BarrierKind.FUNDING_REGIME,
                            COUNCIL,
                            SystemScale.TEAM,
                            BarrierLevel.LOCAL)
                        .barrier())
                .raisedBy(EscalationRouterTest.CYCLE)
                .build()
                .answered("Solved here", LocalDate.of(2025, 2, 1)));

    ValidationResult result =
        Validator.builder(LearningRules.learningLoops(JUNE))
            .build()
            .validate(loops(List.of(), List.of(), escalations, List.of(board)));

    assertThat(findings(result))
        .containsExactly(
            tuple(
                "learning/national-barrier-removed-locally",
                "escalations[0].madeVisible",
                Severity.ERROR),
            tuple("learning/escalation-not-fed-back", "escalations[0].fedBackOn", Severity.WARNING),
            tuple("learning/escalation-not-fed-back", "escalations[1].fedBackOn", Severity.WARNING),
            tuple(
                "learning/visible-barrier-unanswered",
                "escalations[1].madeVisible[0].response",
                Severity.WARNING),
            tuple(
                "learning/national-barrier-hidden", "escalations[2].madeVisible", Severity.WARNING),
            tuple(
                "learning/national-barrier-filed-local",
                "escalations[3].barrier.level",
                Severity.WARNING),
            tuple(
                "learning/escalation-not-fed-back", "escalations[3].fedBackOn", Severity.WARNING));
    assertThat(
            result
                .withRule(LearningRules.VISIBLE_BARRIER_UNANSWERED.id())
                .violations()
                .get(0)
                .message())
        .isEqualTo(
            "Escalation funding was made visible to Department for Education; a response was due by 2025-05-01 and none is recorded; today is 2025-06-01");
    assertThat(
            result
                .withRule(LearningRules.NATIONAL_BARRIER_REMOVED_LOCALLY.id())
                .violations()
                .get(0)
                .message())
        .isEqualTo(
            "Escalation funding answers a national FUNDING_REGIME barrier locally; make it visible to whoever can remove it");
    assertThat(recent.respondBy()).isEqualTo(LocalDate.of(2025, 6, 2));
  }

  @Test
  void escalationMisrouted_recordedStewardIsNotTheRoute_warnsAtRoutedTo() {
    SystemSteward executive =
        EscalationRouterTest.steward(
            "council-executive", SystemScale.ORGANISATION, BarrierKind.POLICY, COUNCIL);
    SystemSteward board =
        EscalationRouterTest.steward(
            "board", SystemScale.SYSTEM, List.of(BarrierKind.values()), List.of(COUNCIL, NHS));
    Escalation national =
        Escalation.builder()
            .id(EscalationId.of("funding"))
            .barrier(
                EscalationRouterTest.barrier(BarrierKind.FUNDING_REGIME, COUNCIL, SystemScale.TEAM)
                    .barrier())
            .raisedBy(EscalationRouterTest.CYCLE)
            .routedTo(StewardId.of("council-executive"))
            .raisedOn(LocalDate.of(2025, 5, 1))
            .respondBy(LocalDate.of(2025, 7, 1))
            .build()
            .madeVisible(
                Visibility.builder()
                    .to("Department for Education")
                    .on(LocalDate.of(2025, 5, 2))
                    .build());
    Escalation wellRouted =
        Escalation.builder()
            .from(national)
            .id(EscalationId.of("well-routed"))
            .routedTo(StewardId.of("board"))
            .build();
    Escalation unrecorded =
        Escalation.builder()
            .from(national)
            .id(EscalationId.of("unrecorded"))
            .routedTo(java.util.Optional.empty())
            .build();

    ValidationResult result =
        Validator.builder(LearningRules.learningLoops(JUNE))
            .profile(Profile.PUBLISHED)
            .build()
            .validate(
                loops(
                    List.of(),
                    List.of(),
                    List.of(national, wellRouted, unrecorded),
                    List.of(executive, board)));

    assertThat(findings(result))
        .containsExactly(
            tuple("learning/escalation-misrouted", "escalations[0].routedTo", Severity.WARNING));
    Violation v = result.violations().get(0);
    assertThat(v.arguments())
        .containsEntry("escalation", "funding")
        .containsEntry("recorded", "council-executive")
        .containsEntry("routed", "board")
        .containsEntry("reason", LearningChecks.misroutedReason(Route.Basis.NATIONAL));
  }

  @Test
  void escalationUnrouted_noRemit_givesTheScaleAndTheRoutersReason_inEnglishAndWelsh() {
    Escalation e =
        Escalation.builder()
            .id(EscalationId.of("policy"))
            .barrier(
                EscalationRouterTest.barrier(BarrierKind.POLICY, NHS, SystemScale.TEAM).barrier())
            .raisedBy(EscalationRouterTest.CYCLE)
            .raisedOn(LocalDate.of(2025, 5, 1))
            .respondBy(LocalDate.of(2025, 7, 1))
            .build();

    Violation v =
        Validator.builder(LearningRules.learningLoops(JUNE))
            .build()
            .validate(loops(List.of(), List.of(), List.of(e), List.of()))
            .violations()
            .get(0);
    io.github.hls4j.validation.Phrasebook welsh =
        io.github.hls4j.validation.RuleMessages.phrasebook(java.util.Locale.forLanguageTag("cy"));

    assertThat(v.rule().value()).isEqualTo("learning/escalation-unrouted");
    assertThat(v.arguments())
        .containsEntry("kind", "POLICY")
        .containsEntry("organisation", NHS.value())
        .containsEntry("scale", "team")
        .containsEntry("reason", LearningChecks.unroutedReason(Route.Basis.LOCAL));
    assertThat(io.github.hls4j.validation.RuleMessages.message(v, welsh))
        .contains("ar raddfa tîm")
        .doesNotContain(v.arguments().get("reason"));
  }

  @Test
  void routeReasons_everyBasis_hasItsOwnWelshPhrase_andEveryScaleItsWelshWord() {
    java.util.Map<String, String> welsh =
        io.github.hls4j.validation.Phrasebook.readOwn(
            io.github.hls4j.validation.RuleMessages.class::getResourceAsStream, "messages", "cy");
    List<String> values = new java.util.ArrayList<>();
    for (Route.Basis basis : Route.Basis.values()) {
      values.add(LearningChecks.unroutedReason(basis));
      values.add(LearningChecks.misroutedReason(basis));
    }
    for (SystemScale scale : SystemScale.values()) {
      values.add(io.github.hls4j.internal.ConstantWords.of(scale.name()));
    }

    assertThat(values).doesNotHaveDuplicates();
    for (String value : values) {
      String key = io.github.hls4j.validation.RuleMessages.VALUE_PREFIX + value;
      assertThat(welsh).as(key).containsKey(key);
    }
  }

  @Test
  void escalationMisrouted_barrierWithNoRoute_isLeftToEscalationUnrouted() {
    Escalation e =
        Escalation.builder()
            .id(EscalationId.of("policy"))
            .barrier(
                EscalationRouterTest.barrier(BarrierKind.POLICY, NHS, SystemScale.TEAM).barrier())
            .raisedBy(EscalationRouterTest.CYCLE)
            .routedTo(StewardId.of("council-executive"))
            .raisedOn(LocalDate.of(2025, 5, 1))
            .respondBy(LocalDate.of(2025, 7, 1))
            .build();
    SystemSteward executive =
        EscalationRouterTest.steward(
            "council-executive", SystemScale.ORGANISATION, BarrierKind.POLICY, COUNCIL);

    ValidationResult result =
        Validator.builder(LearningRules.learningLoops(JUNE))
            .profile(Profile.PUBLISHED)
            .build()
            .validate(loops(List.of(), List.of(), List.of(e), List.of(executive)));

    assertThat(findings(result))
        .containsExactly(
            tuple("learning/escalation-unrouted", "escalations[0].barrier", Severity.ERROR));
  }

  @Test
  void nationalBarrierFiledLocal_eachNationalKindFiledLocal_warnsAtTheLevel() {
    SystemSteward board =
        EscalationRouterTest.steward(
            "board", SystemScale.SYSTEM, List.of(BarrierKind.values()), List.of(COUNCIL));
    List<Escalation> escalations = new java.util.ArrayList<>();
    List<org.assertj.core.groups.Tuple> expected = new java.util.ArrayList<>();
    for (BarrierKind kind : BarrierKind.values()) {
      int i = escalations.size();
      escalations.add(
          Escalation.builder()
              .id(EscalationId.of("e-" + i))
              .barrier(
                  EscalationRouterTest.barrier(kind, COUNCIL, SystemScale.TEAM, BarrierLevel.LOCAL)
                      .barrier())
              .raisedBy(EscalationRouterTest.CYCLE)
              .raisedOn(LocalDate.of(2025, 5, 1))
              .respondBy(LocalDate.of(2025, 7, 1))
              .build());
      if (kind.usualLevel() == BarrierLevel.NATIONAL && kind != BarrierKind.LEGISLATION) {
        expected.add(
            tuple(
                "learning/national-barrier-filed-local",
                "escalations[" + i + "].barrier.level",
                Severity.WARNING));
      }
    }

    ValidationResult result =
        Validator.builder(LearningRules.learningLoops(JUNE))
            .profile(Profile.DRAFT)
            .build()
            .validate(loops(List.of(), List.of(), escalations, List.of(board)));

    assertThat(findings(result.withRule(LearningRules.NATIONAL_BARRIER_FILED_LOCAL.id())))
        .containsExactlyElementsOf(expected);
    assertThat(expected).hasSize(4);
    assertThat(
            result
                .withRule(LearningRules.NATIONAL_BARRIER_FILED_LOCAL.id())
                .violations()
                .get(0)
                .arguments())
        .containsEntry("kind", "NATIONAL_POLICY");
  }

  @Test
  void nationalBarrierHidden_openAndNeverMadeVisible_warnsWhenDecisionReady() {
    SystemSteward board =
        EscalationRouterTest.steward(
            "board", SystemScale.SYSTEM, List.of(BarrierKind.values()), List.of(COUNCIL));
    Escalation hidden =
        Escalation.builder()
            .id(EscalationId.of("hidden"))
            .barrier(
                EscalationRouterTest.barrier(
                        BarrierKind.CENTRAL_LOCAL_RELATIONS, COUNCIL, SystemScale.TEAM)
                    .barrier())
            .raisedBy(EscalationRouterTest.CYCLE)
            .raisedOn(LocalDate.of(2025, 5, 1))
            .respondBy(LocalDate.of(2025, 7, 1))
            .build();
    Escalation visible =
        Escalation.builder()
            .from(hidden)
            .id(EscalationId.of("visible"))
            .build()
            .madeVisible(
                Visibility.builder()
                    .to("Ministry of Housing, Communities and Local Government")
                    .on(LocalDate.of(2025, 5, 5))
                    .build());
    Escalation local =
        Escalation.builder()
            .from(hidden)
            .id(EscalationId.of("local"))
            .barrier(
                EscalationRouterTest.barrier(BarrierKind.WORKFORCE, COUNCIL, SystemScale.TEAM)
                    .barrier())
            .raisedBy(EscalationRouterTest.CYCLE)
            .build();
    LearningLoops loops =
        loops(List.of(), List.of(), List.of(hidden, visible, local), List.of(board));

    ValidationResult ready =
        Validator.builder(LearningRules.learningLoops(JUNE))
            .profile(Profile.DECISION_READY)
            .build()
            .validate(loops);
    ValidationResult draft =
        Validator.builder(LearningRules.learningLoops(JUNE))
            .profile(Profile.DRAFT)
            .build()
            .validate(loops);

    assertThat(findings(ready))
        .containsExactly(
            tuple(
                "learning/national-barrier-hidden",
                "escalations[0].madeVisible",
                Severity.WARNING));
    assertThat(ready.violations().get(0).arguments())
        .containsEntry("escalation", "hidden")
        .containsEntry("kind", "CENTRAL_LOCAL_RELATIONS");
    assertThat(draft.isEmpty()).isTrue();
  }

  @Test
  void madeVisible_recordsWhoAndWhen_withAResponseDueThreeMonthsLater() {
    Escalation escalation =
        Escalation.builder()
            .id(EscalationId.of("funding"))
            .barrier(
                EscalationRouterTest.barrier(BarrierKind.FUNDING_REGIME, COUNCIL, SystemScale.TEAM)
                    .barrier())
            .raisedBy(EscalationRouterTest.CYCLE)
            .raisedOn(LocalDate.of(2025, 1, 6))
            .respondBy(LocalDate.of(2025, 7, 1))
            .build();
    // snippet: made-visible
    Escalation made =
        escalation.madeVisible(
            Visibility.builder()
                .to("Ministry of Housing, Communities and Local Government")
                .on(LocalDate.of(2025, 1, 20))
                .build());
    // end snippet

    assertThat(made.madeVisible())
        .extracting(Visibility::to, Visibility::respondBy)
        .containsExactly(
            tuple(
                "Ministry of Housing, Communities and Local Government",
                LocalDate.of(2025, 4, 20)));
    assertThat(escalation.madeVisible()).isEmpty();
    assertThat(made.barrier().level()).isEqualTo(BarrierLevel.NATIONAL);
  }

  @Test
  void visibility_rejectsMalformedValues() {
    assertThatThrownBy(() -> Visibility.builder().to(" ").on(LocalDate.of(2025, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Visibility.to ( ) must not be blank");
    assertThatThrownBy(
            () ->
                Visibility.builder()
                    .to("DfE")
                    .on(LocalDate.of(2025, 1, 2))
                    .respondBy(LocalDate.of(2025, 1, 1))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Visibility.respondBy (2025-01-01) must not be before Visibility.on (2025-01-02)");
    assertThatThrownBy(
            () ->
                Visibility.builder().to("DfE").on(LocalDate.of(2025, 1, 2)).response("Yes").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Visibility.respondedOn (empty) must be given exactly when Visibility.response (Yes) is");
  }

  @Test
  void loops_runTheCycleRulesAtCyclePaths() {
    assertThat(LearningRules.learningLoops(JUNE).descriptors())
        .contains(LearningRules.REVIEW_OVERDUE, LearningRules.ESCALATION_UNROUTED);
    assertThat(LearningRules.descriptors()).hasSize(17);
  }

  @Test
  void experiment_isDated_andCannotBeDecidedBeforeItStarted() {
    Experiment dated =
        Experiment.builder()
            .question("Does a named worker help?")
            .startedOn(LocalDate.of(2025, 1, 6))
            .decidedOn(LocalDate.of(2025, 4, 1))
            .decision(ExperimentDecision.ADOPT)
            .learned("Continuity builds trust")
            .build();

    assertThat(dated.startedOn()).contains(LocalDate.of(2025, 1, 6));
    assertThat(dated.decidedOn()).contains(LocalDate.of(2025, 4, 1));
    assertThatThrownBy(
            () -> Experiment.builder().from(dated).decidedOn(LocalDate.of(2025, 1, 5)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Experiment.decidedOn (2025-01-05) must not be before Experiment.startedOn (2025-01-06)");
  }

  @Test
  void visibility_mayNameThePartyItWasMadeVisibleTo() {
    Visibility letter =
        Visibility.builder()
            .to("Department for Education")
            .toParty(PartyId.of("dfe"))
            .on(LocalDate.of(2025, 2, 1))
            .build();

    assertThat(letter.toParty()).contains(PartyId.of("dfe"));
    assertThat(
            Visibility.builder().from(letter).toParty(java.util.Optional.empty()).build().toParty())
        .isEmpty();
  }

  @Test
  void construction_rejectsBlankText() {
    assertThatThrownBy(() -> cycle().purpose(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("LearningCycle.purpose ( ) must not be blank");
    assertThatThrownBy(() -> Evidence.story(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Evidence.text () must not be blank");
    assertThatThrownBy(
            () -> SafeAndLegalConfirmation.of(StewardId.of("s"), LocalDate.of(2025, 1, 1), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SafeAndLegalConfirmation.basis ( ) must not be blank");
    assertThatThrownBy(() -> CycleId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("CycleId.value ( ) must be");
    assertThat(AgreementId.of("a")).isLessThan(AgreementId.of("b")).hasToString("a");
    assertThat(EscalationId.of("b")).isGreaterThan(EscalationId.of("a"));
    assertThat(LearningSpace.of("Huddle", SpaceKind.INFORMAL, "weekly").cadence())
        .contains("weekly");
  }

  @Test
  void valueTypes_equalByEveryAttribute() {
    EqualsVerifier.forClasses(
            ImmutableCycleId.class,
            ImmutableAgreementId.class,
            ImmutableEscalationId.class,
            ImmutablePhaseChange.class,
            ImmutableLearningSpace.class,
            ImmutableSafeAndLegalConfirmation.class,
            ImmutableExperiment.class,
            ImmutableEvidence.class,
            ImmutableLearningRecord.class,
            ImmutableMeasure.class,
            ImmutableLearningCycle.class,
            ImmutableDataSharingAgreement.class,
            ImmutableHorizontalShare.class,
            ImmutableBarrier.class,
            ImmutableEscalation.class,
            ImmutableRoute.class,
            ImmutableVisibility.class)
        .suppress(Warning.NULL_FIELDS)
        .verify();
  }

  @Test
  void publicFactories_rejectNull() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(StewardId.class, StewardId.of("s"))
            .setDefault(LocalDate.class, LocalDate.of(2025, 1, 1))
            .setDefault(java.time.Clock.class, java.time.Clock.systemUTC());
    for (Class<?> type :
        new Class<?>[] {
          CycleId.class,
          PhaseChange.class,
          LearningSpace.class,
          SafeAndLegalConfirmation.class,
          Evidence.class,
          Measure.class,
          LearningRules.class,
          EscalationRouter.class
        }) {
      tester.testAllPublicStaticMethods(type);
    }
  }
}
