package io.github.hls4j.learning;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.hls4j.internal.ConstantWords;
import io.github.hls4j.internal.TextWalk;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.BarrierLevel;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.Rule;
import io.github.hls4j.validation.RuleContext;
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
            "phases",
            i,
            MessageArguments.of(
                "cycle", cycle.id(), "phase", phases.get(i).phase(), "skipped", to - from - 1));
      }
    }
  }

  static void experimentWithoutLearning(LearningCycle cycle, RuleContext context) {
    List<Experiment> experiments = cycle.experiments();
    for (int i = 0; i < experiments.size(); i++) {
      Experiment e = experiments.get(i);
      if (e.decision().isPresent() && blank(e.learned())) {
        context
            .at("experiments", i)
            .report(
                "learned",
                MessageArguments.of("question", e.question(), "decision", e.decision().get()));
      }
    }
  }

  static void errorWithoutLearning(LearningCycle cycle, RuleContext context) {
    List<LearningRecord> records = cycle.records();
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).kind() == RecordKind.ERROR && blank(records.get(i).learned())) {
        context.at("records", i).report("learned", MessageArguments.of("cycle", cycle.id()));
      }
    }
  }

  static void safeAndLegalUnconfirmed(LearningCycle cycle, RuleContext context) {
    List<Experiment> experiments = cycle.experiments();
    for (int i = 0; i < experiments.size(); i++) {
      Experiment e = experiments.get(i);
      if (!e.flexes().isEmpty() && e.safeAndLegal().isEmpty()) {
        context
            .at("experiments", i)
            .report(
                "safeAndLegal",
                MessageArguments.of(
                    "question", e.question(), "flexes", e.flexes().stream().sorted().toList()));
      }
    }
  }

  static void reviewOverdue(LearningCycle cycle, RuleContext context, LocalDate today) {
    Optional<LocalDate> review = cycle.nextReview();
    if (review.isPresent() && review.get().isBefore(today)) {
      context.report(
          "nextReview",
          MessageArguments.of("cycle", cycle.id(), "due", review.get(), "today", today));
    }
  }

  static void measureAsTarget(LearningCycle cycle, RuleContext context) {
    List<Measure> measures = cycle.measures();
    for (int i = 0; i < measures.size(); i++) {
      if (measures.get(i).use() != MeasureUse.LEARNING) {
        context
            .at("measures", i)
            .report(
                "use",
                MessageArguments.of(
                    "measure", measures.get(i).name(), "use", measures.get(i).use()));
      }
    }
  }

  /** The rule for the shares of one system: each that carries personal data needs an agreement. */
  static Rule<HorizontalShare> shareWithoutAgreement(LearningLoops loops) {
    Map<AgreementId, List<DataSharingAgreement>> agreements = loops.agreementsById();
    return (share, context) -> {
      if (share.carriesPersonalDataAcrossOrganisations() && !covered(share, agreements, null)) {
        context.report(
            "agreement",
            MessageArguments.of(
                "from",
                share.fromOrganisation(),
                "to",
                share.toOrganisation(),
                "purpose",
                share.purpose()));
      }
    };
  }

  /**
   * Every free text of a share that crosses ({@link TextWalk}: its recipient, purpose and records),
   * but the evidence marked personal, which {@code learning/share-without-agreement} answers for.
   */
  static void personalIdentifierShared(HorizontalShare share, RuleContext context) {
    if (share.fromOrganisation().equals(share.toOrganisation())) {
      return;
    }
    TextWalk.forEach(
        share,
        (owner, property, path, text) -> {
          if (owner instanceof Evidence e && e.personalData()) {
            return;
          }
          List<PersonalIdentifiers.Found> found = PersonalIdentifiers.find(text);
          if (!found.isEmpty()) {
            context.report(
                path.get(),
                MessageArguments.of(
                    "kinds",
                        found.stream()
                            .map(f -> f.kind().words())
                            .distinct()
                            .collect(Collectors.joining(", ")),
                    "from", share.fromOrganisation(),
                    "to", share.toOrganisation()));
          }
        });
  }

  /**
   * The rule for the shares of one system: each sensitive share needs an agreement at that marking.
   * The agreements are asked for at the first sensitive share, as most systems share none.
   */
  static Rule<HorizontalShare> sensitiveShareUnagreed(LearningLoops loops) {
    Supplier<Map<AgreementId, List<DataSharingAgreement>>> agreements =
        Suppliers.memoize(loops::agreementsById);
    return (share, context) -> {
      if (!share.fromOrganisation().equals(share.toOrganisation())
          && sensitive(share.records())
          && !covered(share, requireNonNull(agreements.get()), Sensitivity.OFFICIAL_SENSITIVE)) {
        context.report(
            "agreement",
            MessageArguments.of(
                "from",
                share.fromOrganisation(),
                "to",
                share.toOrganisation(),
                "purpose",
                share.purpose()));
      }
    };
  }

  private static boolean sensitive(List<LearningRecord> records) {
    for (LearningRecord record : records) {
      if (record.sensitivity() == Sensitivity.OFFICIAL_SENSITIVE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an agreement with the id the share names covers it, and its marking when one is given.
   */
  private static boolean covered(
      HorizontalShare share,
      Map<AgreementId, List<DataSharingAgreement>> agreements,
      @Nullable Sensitivity marking) {
    List<DataSharingAgreement> named = share.agreement().map(agreements::get).orElse(null);
    if (named == null) {
      return false;
    }
    for (DataSharingAgreement agreement : named) {
      if (marking == null
          ? agreement.covers(share.fromOrganisation(), share.toOrganisation(), share.purpose())
          : agreement.covers(
              share.fromOrganisation(), share.toOrganisation(), share.purpose(), marking)) {
        return true;
      }
    }
    return false;
  }

  /** The rule for the escalations of one system: each barrier needs a steward to route it to. */
  static Rule<Escalation> escalationUnrouted(LearningLoops loops) {
    EscalationRouter router = EscalationRouter.of(loops.stewards());
    return (escalation, context) -> {
      Barrier b = escalation.barrier();
      SystemScale raisedAt = loops.raisedAt(escalation);
      if (!router.routes(b, raisedAt)) {
        context.report(
            "barrier",
            MessageArguments.of(
                "kind",
                b.kind(),
                "organisation",
                b.organisation(),
                "scale",
                ConstantWords.of(raisedAt.name()),
                "reason",
                unroutedReason(router.route(b, raisedAt).basis())));
      }
    };
  }

  static void escalationUnanswered(Escalation e, RuleContext context, LocalDate today) {
    if (e.status() == Escalation.Status.OPEN && e.respondBy().isBefore(today)) {
      context.report(
          "answer",
          MessageArguments.of("escalation", e.id(), "due", e.respondBy(), "today", today));
    }
  }

  static void escalationNotFedBack(Escalation e, RuleContext context) {
    if (e.status() == Escalation.Status.ANSWERED) {
      context.report("fedBackOn", MessageArguments.of("escalation", e.id(), "cycle", e.raisedBy()));
    }
  }

  static void nationalBarrierRemovedLocally(Escalation e, RuleContext context) {
    if (e.barrier().removableOnlyNationally()
        && e.status() != Escalation.Status.OPEN
        && e.madeVisible().isEmpty()) {
      context.report(
          "madeVisible", MessageArguments.of("escalation", e.id(), "kind", e.barrier().kind()));
    }
  }

  static Rule<Escalation> escalationMisrouted(LearningLoops loops) {
    EscalationRouter router = EscalationRouter.of(loops.stewards());
    return (escalation, context) -> {
      Optional<StewardId> recorded = escalation.routedTo();
      if (recorded.isEmpty()) {
        return;
      }
      SystemScale raisedAt = loops.raisedAt(escalation);
      Route route = router.route(escalation.barrier(), raisedAt);
      Optional<SystemSteward> routed = route.steward();
      if (routed.isPresent() && !routed.get().id().equals(recorded.get())) {
        context.report(
            "routedTo",
            MessageArguments.of(
                "escalation",
                escalation.id(),
                "scale",
                ConstantWords.of(raisedAt.name()),
                "recorded",
                recorded.get(),
                "routed",
                routed.get().id(),
                "reason",
                misroutedReason(route.basis())));
      }
    };
  }

  /**
   * Why a barrier has no route, as a fixed phrase of the rule's message: the rule messages word it
   * in each language through its {@code value.} key; the barrier's kind, organisation and scale are
   * the finding's own arguments.
   */
  static String unroutedReason(Route.Basis basis) {
    return switch (basis) {
      case LEGISLATION ->
          "legislation goes to the top of the system to be made visible, but the system has no leadership steward";
      case NATIONAL ->
          "a national barrier goes to the top of the system to be made visible, but the system has no leadership steward";
      case REGIONAL ->
          "a regional barrier goes to a steward at system scale, and none there has a remit over it";
      case LOCAL -> "no steward at that scale or above has a remit over it";
    };
  }

  /** Why the router sends a barrier to its steward, as a fixed phrase of the rule's message. */
  static String misroutedReason(Route.Basis basis) {
    return switch (basis) {
      case LEGISLATION -> "legislation goes to the top of the system to be made visible";
      case NATIONAL -> "a national barrier goes to the top of the system to be made visible";
      case REGIONAL ->
          "a regional barrier goes to the lowest steward at system scale whose remit covers it";
      case LOCAL ->
          "a barrier goes to the lowest steward at or above the scale that raised it whose remit covers it";
    };
  }

  static void nationalBarrierFiledLocal(Escalation e, RuleContext context) {
    Barrier b = e.barrier();
    // Legislation goes to the top of the system whatever its level says, so it cannot escape.
    if (b.kind().usualLevel() == BarrierLevel.NATIONAL
        && b.kind() != BarrierKind.LEGISLATION
        && b.level() == BarrierLevel.LOCAL) {
      context.report("barrier.level", MessageArguments.of("escalation", e.id(), "kind", b.kind()));
    }
  }

  static void nationalBarrierHidden(Escalation e, RuleContext context) {
    if (e.barrier().removableOnlyNationally()
        && e.status() == Escalation.Status.OPEN
        && e.madeVisible().isEmpty()) {
      context.report(
          "madeVisible", MessageArguments.of("escalation", e.id(), "kind", e.barrier().kind()));
    }
  }

  static void visibleBarrierUnanswered(Escalation e, RuleContext context, LocalDate today) {
    List<Visibility> visible = e.madeVisible();
    for (int j = 0; j < visible.size(); j++) {
      Visibility v = visible.get(j);
      if (v.response().isEmpty() && v.respondBy().isBefore(today)) {
        context
            .at("madeVisible", j)
            .report(
                "response",
                MessageArguments.of(
                    "escalation", e.id(), "to", v.to(), "due", v.respondBy(), "today", today));
      }
    }
  }

  private static boolean blank(Optional<String> text) {
    return text.isEmpty() || text.get().isBlank();
  }
}
