package io.github.hls4j.learning;

import com.google.common.collect.ImmutableMap;
import io.github.hls4j.validation.RuleContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The logic of the {@code learning/*} rules; {@link LearningRules} pairs it with ids. */
final class LearningChecks {

  private LearningChecks() {}

  // Phases are declared in the order a cycle moves through them; their positions are the point.
  @SuppressWarnings("EnumOrdinal")
  static void phaseSkipped(LearningCycle cycle, RuleContext context) {
    List<PhaseChange> phases = cycle.phases();
    for (int i = 0; i < phases.size(); i++) {
      int from = i == 0 ? -1 : phases.get(i - 1).phase().ordinal();
      int to = phases.get(i).phase().ordinal();
      if (to > from + 1) {
        context.report(
            "phases[" + i + "]",
            ImmutableMap.of("cycle", cycle.id(), "phase", phases.get(i).phase(), "skipped", to - from - 1));
      }
    }
  }

  static void experimentWithoutLearning(LearningCycle cycle, RuleContext context) {
    List<Experiment> experiments = cycle.experiments();
    for (int i = 0; i < experiments.size(); i++) {
      Experiment e = experiments.get(i);
      if (e.decision().isPresent() && blank(e.learned())) {
        context.report(
            "experiments[" + i + "].learned",
            ImmutableMap.of("question", e.question(), "decision", e.decision().get()));
      }
    }
  }

  static void errorWithoutLearning(LearningCycle cycle, RuleContext context) {
    List<LearningRecord> records = cycle.records();
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).kind() == RecordKind.ERROR && blank(records.get(i).learned())) {
        context.report("records[" + i + "].learned", ImmutableMap.of("cycle", cycle.id()));
      }
    }
  }

  static void safeAndLegalUnconfirmed(LearningCycle cycle, RuleContext context) {
    List<Experiment> experiments = cycle.experiments();
    for (int i = 0; i < experiments.size(); i++) {
      Experiment e = experiments.get(i);
      if (!e.flexes().isEmpty() && e.safeAndLegal().isEmpty()) {
        context.report(
            "experiments[" + i + "].safeAndLegal",
            ImmutableMap.of("question", e.question(), "flexes", e.flexes().stream().sorted().toList()));
      }
    }
  }

  static void reviewOverdue(LearningCycle cycle, RuleContext context, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    Optional<LocalDate> review = cycle.nextReview();
    if (review.isPresent() && review.get().isBefore(today)) {
      context.report("nextReview", ImmutableMap.of("cycle", cycle.id(), "due", review.get(), "today", today));
    }
  }

  static void measureAsTarget(LearningCycle cycle, RuleContext context) {
    List<Measure> measures = cycle.measures();
    for (int i = 0; i < measures.size(); i++) {
      if (measures.get(i).use() != MeasureUse.LEARNING) {
        context.report(
            "measures[" + i + "].use",
            ImmutableMap.of("measure", measures.get(i).name(), "use", measures.get(i).use()));
      }
    }
  }

  static void shareWithoutAgreement(LearningLoops loops, RuleContext context) {
    List<HorizontalShare> shares = loops.shares();
    Map<AgreementId, List<DataSharingAgreement>> agreements = loops.agreementsById();
    for (int i = 0; i < shares.size(); i++) {
      HorizontalShare share = shares.get(i);
      if (share.carriesPersonalDataAcrossOrganisations() && !covered(share, agreements, null)) {
        context.report(
            "shares[" + i + "].agreement",
            ImmutableMap.of(
                "from", share.fromOrganisation(), "to", share.toOrganisation(), "purpose", share.purpose()));
      }
    }
  }

  static void personalIdentifierShared(LearningLoops loops, RuleContext context) {
    List<HorizontalShare> shares = loops.shares();
    for (int i = 0; i < shares.size(); i++) {
      HorizontalShare share = shares.get(i);
      if (share.fromOrganisation().equals(share.toOrganisation())) {
        continue;
      }
      List<LearningRecord> records = share.records();
      for (int j = 0; j < records.size(); j++) {
        LearningRecord r = records.get(j);
        identifiers(share, i, j, ".whatHappened", r.whatHappened(), context);
        if (r.learned().isPresent()) {
          identifiers(share, i, j, ".learned", r.learned().get(), context);
        }
        List<Evidence> evidence = r.evidence();
        for (int k = 0; k < evidence.size(); k++) {
          if (!evidence.get(k).personalData()) {
            identifiers(share, i, j, ".evidence[" + k + "].text", evidence.get(k).text(), context);
          }
        }
      }
    }
  }

  /** Reports the identifiers in a record's text, at a path built only when there are some. */
  private static void identifiers(HorizontalShare share, int shareIndex, int recordIndex, String field, String text, RuleContext context) {
    List<PersonalIdentifiers.Found> found = PersonalIdentifiers.find(text);
    if (!found.isEmpty()) {
      context.report(
          "shares[" + shareIndex + "].records[" + recordIndex + "]" + field,
          ImmutableMap.of(
              "kinds", found.stream().map(f -> f.kind().words()).distinct().collect(Collectors.joining(", ")),
              "from", share.fromOrganisation(),
              "to", share.toOrganisation()));
    }
  }

  static void sensitiveShareUnagreed(LearningLoops loops, RuleContext context) {
    List<HorizontalShare> shares = loops.shares();
    // Asked for at the first sensitive share: most systems share none.
    Map<AgreementId, List<DataSharingAgreement>> agreements = null;
    for (int i = 0; i < shares.size(); i++) {
      HorizontalShare share = shares.get(i);
      if (share.fromOrganisation().equals(share.toOrganisation()) || !sensitive(share.records())) {
        continue;
      }
      if (agreements == null) {
        agreements = loops.agreementsById();
      }
      if (!covered(share, agreements, Sensitivity.OFFICIAL_SENSITIVE)) {
        context.report(
            "shares[" + i + "].agreement",
            ImmutableMap.of("from", share.fromOrganisation(), "to", share.toOrganisation(), "purpose", share.purpose()));
      }
    }
  }

  private static boolean sensitive(List<LearningRecord> records) {
    for (LearningRecord record : records) {
      if (record.sensitivity() == Sensitivity.OFFICIAL_SENSITIVE) {
        return true;
      }
    }
    return false;
  }

  /** Whether an agreement with the id the share names covers it, and its marking when one is given. */
  private static boolean covered(
      HorizontalShare share, Map<AgreementId, List<DataSharingAgreement>> agreements, @Nullable Sensitivity marking) {
    List<DataSharingAgreement> named = share.agreement().map(agreements::get).orElse(null);
    if (named == null) {
      return false;
    }
    for (DataSharingAgreement agreement : named) {
      if (marking == null
          ? agreement.covers(share.fromOrganisation(), share.toOrganisation(), share.purpose())
          : agreement.covers(share.fromOrganisation(), share.toOrganisation(), share.purpose(), marking)) {
        return true;
      }
    }
    return false;
  }

  static void escalationUnrouted(LearningLoops loops, RuleContext context) {
    List<Escalation> escalations = loops.escalations();
    if (escalations.isEmpty()) {
      return;
    }
    EscalationRouter router = EscalationRouter.of(loops.stewards());
    for (int i = 0; i < escalations.size(); i++) {
      if (!router.routes(escalations.get(i).barrier())) {
        Barrier b = escalations.get(i).barrier();
        Route route = router.route(b);
        context.report(
            "escalations[" + i + "].barrier",
            ImmutableMap.of("kind", b.kind(), "organisation", b.organisation(), "reason", route.reason()));
      }
    }
  }

  static void escalationUnanswered(LearningLoops loops, RuleContext context, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    List<Escalation> escalations = loops.escalations();
    for (int i = 0; i < escalations.size(); i++) {
      Escalation e = escalations.get(i);
      if (e.status() == Escalation.Status.OPEN && e.respondBy().isBefore(today)) {
        context.report(
            "escalations[" + i + "].answer",
            ImmutableMap.of("escalation", e.id(), "due", e.respondBy(), "today", today));
      }
    }
  }

  static void escalationNotFedBack(LearningLoops loops, RuleContext context) {
    List<Escalation> escalations = loops.escalations();
    for (int i = 0; i < escalations.size(); i++) {
      Escalation e = escalations.get(i);
      if (e.status() == Escalation.Status.ANSWERED) {
        context.report(
            "escalations[" + i + "].fedBackOn",
            ImmutableMap.of("escalation", e.id(), "cycle", e.barrier().raisedBy()));
      }
    }
  }

  static void nationalBarrierRemovedLocally(LearningLoops loops, RuleContext context) {
    List<Escalation> escalations = loops.escalations();
    for (int i = 0; i < escalations.size(); i++) {
      Escalation e = escalations.get(i);
      if (e.barrier().removableOnlyNationally() && e.status() != Escalation.Status.OPEN && e.madeVisible().isEmpty()) {
        context.report("escalations[" + i + "].madeVisible", ImmutableMap.of("escalation", e.id(), "kind", e.barrier().kind()));
      }
    }
  }

  static void visibleBarrierUnanswered(LearningLoops loops, RuleContext context, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    List<Escalation> escalations = loops.escalations();
    for (int i = 0; i < escalations.size(); i++) {
      Escalation e = escalations.get(i);
      List<Visibility> visible = e.madeVisible();
      for (int j = 0; j < visible.size(); j++) {
        Visibility v = visible.get(j);
        if (v.response().isEmpty() && v.respondBy().isBefore(today)) {
          context.report(
              "escalations[" + i + "].madeVisible[" + j + "].response",
              ImmutableMap.of("escalation", e.id(), "to", v.to(), "due", v.respondBy(), "today", today));
        }
      }
    }
  }

  private static boolean blank(Optional<String> text) {
    return text.isEmpty() || text.get().isBlank();
  }
}
