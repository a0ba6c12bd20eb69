package io.github.hls4j.system;

import io.github.hls4j.commissioning.Arrangement;
import io.github.hls4j.commissioning.ArrangementMember;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.internal.Names;
import io.github.hls4j.internal.TextWalk;
import io.github.hls4j.internal.privacy.PersonalNames;
import io.github.hls4j.learning.DataSharingAgreement;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.PersonalIdentifiers;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.Party;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.strategy.Alignable;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.AlignmentMatrix;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import io.github.hls4j.strategy.StrategyStatus;
import io.github.hls4j.validation.FindingPath;
import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.Rule;
import io.github.hls4j.validation.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The logic of the rules that need a whole {@link LearningSystem}. */
final class SystemChecks {

  private SystemChecks() {}

  // system/duplicate-id

  static void duplicateId(LearningSystem system, RuleContext context) {
    duplicates("parties", system.parties(), system.partyIndex(), Party::id, "party", context);
    duplicates("boards", system.boards(), null, Board::id, "board", context);
    duplicates(
        "stewards",
        system.stewards(),
        system.stewardIndex(),
        SystemSteward::id,
        "steward",
        context);
    duplicates(
        "workingGroups",
        system.workingGroups(),
        system.workingGroupIndex(),
        WorkingGroup::id,
        "working group",
        context);
    duplicates(
        "strategies",
        system.strategies(),
        system.strategyIndex(),
        Strategy::id,
        "strategy",
        context);
    duplicates(
        "reports", system.reports(), system.reportIndex(), BoardReport::id, "report", context);
    duplicates("cycles", system.cycles(), system.cycleIndex(), LearningCycle::id, "cycle", context);
    duplicates(
        "agreements",
        system.agreements(),
        system.agreementsById(),
        DataSharingAgreement::id,
        "agreement",
        context);
    duplicates(
        "escalations",
        system.escalations(),
        system.escalationIndex(),
        Escalation::id,
        "escalation",
        context);
    duplicates(
        "arrangements",
        system.arrangements(),
        system.arrangementIndex(),
        Arrangement::id,
        "arrangement",
        context);
    List<Strategy> strategies = system.strategies();
    int priorityCount = 0;
    for (Strategy strategy : strategies) {
      priorityCount += strategy.priorities().size();
    }
    if (system.priorityIndex().size() == priorityCount) {
      return;
    }
    // Where each priority id is first seen, as strategy and priority index; paths are built only
    // for the duplicates they name.
    // A revision may keep the priority ids of the version it supersedes: a repeat within one
    // lineage is the same priority carried forward, not a duplicate.
    Map<PriorityId, long[]> firstPriority = new HashMap<>();
    for (int i = 0; i < strategies.size(); i++) {
      List<Priority> priorities = strategies.get(i).priorities();
      for (int j = 0; j < priorities.size(); j++) {
        long[] first = firstPriority.putIfAbsent(priorities.get(j).id(), new long[] {i, j});
        if (first != null
            && !system.sameLineage(strategies.get((int) first[0]).id(), strategies.get(i).id())) {
          report(
              context.at("strategies", i).at("priorities", j),
              "priority",
              priorities.get(j).id(),
              FindingPath.of("strategies", (int) first[0], "priorities", (int) first[1], "id"));
        }
      }
    }
  }

  /**
   * Reports each value whose id an earlier value has. The system's index of the values by id, which
   * the look-ups build once per system, holds one entry per id: when it has as many as there are
   * values, no id repeats and nothing need be searched.
   */
  private static <T> void duplicates(
      String property,
      List<T> values,
      @Nullable Map<?, ?> index,
      Function<T, ?> id,
      String kind,
      RuleContext context) {
    if (index != null && index.size() == values.size()) {
      return;
    }
    Map<Object, Integer> first = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      Object key = id.apply(values.get(i));
      Integer earlier = first.putIfAbsent(key, i);
      if (earlier != null) {
        report(context.at(property, i), kind, key, FindingPath.of(property, earlier, "id"));
      }
    }
  }

  /** Reports the id of the value a context is at. */
  private static void report(RuleContext value, String kind, Object id, String first) {
    value.report("id", MessageArguments.of("kind", kind, "id", id, "first", first));
  }

  // stewardship/no-leadership-steward

  static void noLeadershipSteward(LearningSystem system, RuleContext context) {
    if (system.stewards().stream().noneMatch(s -> s.type() == StewardType.LEADERSHIP)) {
      context.report("stewards", MessageArguments.of("place", system.place()));
    }
  }

  // alignment/uncovered-priority

  /** Returns the matrix of the system's strategies against its reports and working groups. */
  static AlignmentMatrix matrix(LearningSystem system) {
    AlignmentMatrix.Builder matrix = AlignmentMatrix.builder();
    for (Strategy s : firstOfEachId(system.strategies(), system.strategyIndex(), Strategy::id)) {
      matrix.strategy(s);
    }
    for (BoardReport r : firstOfEachId(system.reports(), system.reportIndex(), BoardReport::id)) {
      matrix.item("report " + r.id().value(), r);
    }
    for (WorkingGroup g :
        firstOfEachId(system.workingGroups(), system.workingGroupIndex(), WorkingGroup::id)) {
      matrix.item("group " + g.id().value(), g);
    }
    for (LearningCycle c : firstOfEachId(system.cycles(), system.cycleIndex(), LearningCycle::id)) {
      matrix.item("cycle " + c.id().value(), c);
    }
    return matrix.build();
  }

  /**
   * The parts whose ids no earlier part has. The system's index of the parts by id, made once per
   * system, has one entry per id: when it has as many as there are parts, they are all first.
   */
  private static <T> List<T> firstOfEachId(List<T> parts, Map<?, ?> index, Function<T, ?> id) {
    if (index.size() == parts.size()) {
      return parts;
    }
    Set<Object> seen = new HashSet<>();
    return parts.stream().filter(p -> seen.add(id.apply(p))).toList();
  }

  static void uncoveredPriority(LearningSystem system, RuleContext context) {
    Set<PriorityId> gaps = gaps(system);
    if (gaps.isEmpty()) {
      return;
    }
    List<Strategy> strategies = system.strategies();
    Map<StrategyId, StrategyId> successors = system.successors();
    for (int i = 0; i < strategies.size(); i++) {
      if (strategies.get(i).status() == StrategyStatus.SUPERSEDED
          || successors.containsKey(strategies.get(i).id())) {
        continue;
      }
      List<Priority> priorities = strategies.get(i).priorities();
      for (int j = 0; j < priorities.size(); j++) {
        if (gaps.contains(priorities.get(j).id())) {
          context
              .at("strategies", i)
              .report(
                  "priorities",
                  j,
                  MessageArguments.of(
                      "priority", priorities.get(j).title(), "strategy", strategies.get(i).id()));
        }
      }
    }
  }

  /**
   * The priorities of the {@linkplain #matrix system's matrix} that nothing ticks: its gaps, found
   * without labelling its items, and found to be none as soon as every priority is ticked, as it is
   * in most systems after a few items.
   */
  private static Set<PriorityId> gaps(LearningSystem system) {
    Map<StrategyId, Strategy> strategies = system.strategyIndex();
    Set<PriorityId> untouched = StrategyLineageChecks.prioritiesInForce(system);
    List<List<? extends Alignable>> items =
        List.of(
            firstOfEachId(system.reports(), system.reportIndex(), BoardReport::id),
            firstOfEachId(system.workingGroups(), system.workingGroupIndex(), WorkingGroup::id),
            firstOfEachId(system.cycles(), system.cycleIndex(), LearningCycle::id));
    for (List<? extends Alignable> kind : items) {
      for (Alignable item : kind) {
        if (untouched.isEmpty()) {
          return untouched;
        }
        tick(item, strategies, untouched);
        for (Alignable part : item.alignedParts()) {
          tick(part, strategies, untouched);
        }
      }
    }
    return untouched;
  }

  /** Takes from the untouched priorities those an item ticks in a strategy that has them. */
  private static void tick(
      Alignable item, Map<StrategyId, Strategy> strategies, Set<PriorityId> untouched) {
    for (StrategyAlignment alignment : item.strategyAlignments()) {
      Strategy strategy = strategies.get(alignment.strategy().id());
      if (strategy != null) {
        for (AlignmentLink link : alignment.links()) {
          if (strategy.priority(link.priority()).isPresent()) {
            untouched.remove(link.priority());
          }
        }
      }
    }
  }

  // learning/personal-data-in-multi-agency-cycle

  /**
   * The rule for the learning cycles of one system: personal data may not enter a multi-agency
   * cycle.
   */
  static Rule<LearningCycle> personalDataInMultiAgencyCycle(LearningSystem system) {
    return (cycle, context) -> {
      if (!multiAgency(system, cycle.actors())) {
        return;
      }
      List<LearningRecord> records = cycle.records();
      for (int j = 0; j < records.size(); j++) {
        if (records.get(j).containsPersonalData()) {
          context
              .at("records", j)
              .report(
                  "evidence",
                  MessageArguments.of(
                      "cycle",
                      cycle.id(),
                      "organisations",
                      organisations(system, cycle.actors()).size()));
        }
      }
    };
  }

  /** Whether the actors come from two organisations or more, asked without collecting them. */
  private static boolean multiAgency(LearningSystem system, List<PartyId> actors) {
    PartyId first = null;
    for (PartyId actor : actors) {
      PartyId organisation = organisationOf(system, actor);
      if (organisation != null) {
        if (first == null) {
          first = organisation;
        } else if (!first.equals(organisation)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The organisations the actors come from: organisations themselves, and people's employers. */
  private static Set<PartyId> organisations(LearningSystem system, List<PartyId> actors) {
    Set<PartyId> organisations = new HashSet<>();
    for (PartyId actor : actors) {
      PartyId organisation = organisationOf(system, actor);
      if (organisation != null) {
        organisations.add(organisation);
      }
    }
    return organisations;
  }

  private static @Nullable PartyId organisationOf(LearningSystem system, PartyId actor) {
    Party party = system.partyIndex().get(actor);
    if (party instanceof Organisation) {
      return actor;
    }
    return party instanceof Person person ? person.organisation().orElse(null) : null;
  }

  // learning/share-recipient-mismatch

  /**
   * The rule for the shares of one system: a share's recipient, named in words, must not be a
   * different organisation of the system from the one it is sent to.
   */
  static Rule<HorizontalShare> shareRecipientMismatch(LearningSystem system) {
    // The organisation each label stands for: an organisation's own name, or the organisation of
    // a person named by name or id. Organisations are indexed first, so that their names win.
    Map<String, PartyId> byName = new HashMap<>();
    for (Party p : system.parties()) {
      if (p instanceof Organisation) {
        byName.putIfAbsent(Names.fold(p.name()).strip(), p.id());
      }
    }
    for (Party p : system.parties()) {
      if (p instanceof Person person && person.organisation().isPresent()) {
        byName.putIfAbsent(Names.fold(p.name()).strip(), person.organisation().get());
        byName.putIfAbsent(Names.fold(p.id().value()).strip(), person.organisation().get());
      }
    }
    return (share, context) -> {
      PartyId named = byName.get(Names.fold(share.to()).strip());
      if (named != null && !named.equals(share.toOrganisation())) {
        context.report(
            "to",
            MessageArguments.of(
                "label", share.to(), "named", named, "toOrganisation", share.toOrganisation()));
      }
    };
  }

  // system/personal-name-in-text

  static void personalNameInText(LearningSystem system, RuleContext context) {
    PersonalNames names = personalNames(system);
    if (names.isEmpty()) {
      return;
    }
    TextWalk.forEach(
        system,
        (owner, property, path, text) -> {
          if (owner instanceof Evidence e && e.personalData()) {
            return;
          }
          Set<PersonalNames.Known> whose = new LinkedHashSet<>();
          names.find(text).forEach(f -> whose.add(f.known()));
          for (PersonalNames.Known k : whose) {
            context.report(
                path.get(), MessageArguments.of("party", k.party(), "reason", k.reason().words()));
          }
        });
  }

  /**
   * The names known to be personal in a system: of its parties, by its records' personal evidence.
   */
  static PersonalNames personalNames(LearningSystem system) {
    List<LearningRecord> records = new ArrayList<>();
    system.cycles().forEach(c -> records.addAll(c.records()));
    system.shares().forEach(s -> records.addAll(s.records()));
    return PersonalNames.of(system.parties(), records);
  }

  // system/personal-identifier-in-text

  static void personalIdentifierInText(LearningSystem system, RuleContext context) {
    TextWalk.forEach(
        system,
        (owner, property, path, text) -> {
          if (owner instanceof Evidence e && e.personalData()) {
            return;
          }
          List<PersonalIdentifiers.Found> found = PersonalIdentifiers.find(text);
          if (found.isEmpty()) {
            return;
          }
          String at = path.get();
          if (!at.startsWith("shares[")) {
            context.report(
                at,
                MessageArguments.of(
                    "kinds",
                    found.stream()
                        .map(f -> f.kind().words())
                        .distinct()
                        .collect(Collectors.joining(", "))));
          }
        });
  }

  // system/organisation-inactive

  static void organisationInactive(LearningSystem system, RuleContext context) {
    // Only an organisation whose active dates are known can be inactive on a day. Most have none,
    // and references to them need not be looked up in the whole system's index.
    Map<PartyId, Organisation> dated = new HashMap<>();
    for (Party party : system.partyIndex().values()) {
      if (party instanceof Organisation o
          && (o.activeFrom().isPresent() || o.activeUntil().isPresent())) {
        dated.put(o.id(), o);
      }
    }
    if (dated.isEmpty()) {
      return;
    }
    List<Escalation> escalations = system.escalations();
    for (int i = 0; i < escalations.size(); i++) {
      Escalation e = escalations.get(i);
      Organisation inactive = inactiveOn(dated, e.barrier().organisation(), e.raisedOn());
      if (inactive != null) {
        reportInactive(
            system,
            context.at("escalations", i).at("barrier"),
            "organisation",
            inactive,
            e.raisedOn());
      }
    }
    List<LearningCycle> cycles = system.cycles();
    for (int i = 0; i < cycles.size(); i++) {
      LearningCycle cycle = cycles.get(i);
      if (cycle.phases().isEmpty()) {
        continue;
      }
      LocalDate latest = cycle.phases().get(cycle.phases().size() - 1).date();
      List<PartyId> actors = cycle.actors();
      for (int j = 0; j < actors.size(); j++) {
        Organisation inactive = inactiveOn(dated, actors.get(j), latest);
        if (inactive != null) {
          reportInactive(system, context.at("cycles", i).at("actors", j), "", inactive, latest);
        }
      }
    }
    List<Arrangement> arrangements = system.arrangements();
    for (int i = 0; i < arrangements.size(); i++) {
      Arrangement arrangement = arrangements.get(i);
      List<ArrangementMember> members = arrangement.members();
      for (int j = 0; j < members.size(); j++) {
        Organisation organisation = dated.get(members.get(j).organisation());
        if (organisation == null) {
          continue;
        }
        LocalDate day = firstInactiveDay(organisation, arrangement.start(), arrangement.endsOn());
        if (day != null) {
          reportInactive(
              system,
              context.at("arrangements", i).at("members", j),
              "organisation",
              organisation,
              day);
        }
      }
    }
    List<BoardReport> reports = system.reports();
    for (int i = 0; i < reports.size(); i++) {
      BoardReport report = reports.get(i);
      Optional<PartyId> employer = report.leadOfficer().organisation();
      if (report.meetingDate().isPresent() && employer.isPresent()) {
        Organisation inactive = inactiveOn(dated, employer.get(), report.meetingDate().get());
        if (inactive != null) {
          reportInactive(
              system,
              context.at("reports", i).at("leadOfficer"),
              "organisation",
              inactive,
              report.meetingDate().get());
        }
      }
    }
  }

  /**
   * The first day of an arrangement's term on which a member was not active: its start, if the
   * member was not yet formed or already abolished; or the day after the member was abolished, if
   * that falls within the term. Null if the member was active throughout.
   */
  private static @Nullable LocalDate firstInactiveDay(
      Organisation organisation, LocalDate start, LocalDate end) {
    if (!organisation.activeOn(start)) {
      return start;
    }
    Optional<LocalDate> until = organisation.activeUntil();
    return until.isPresent() && until.get().isBefore(end) ? until.get().plusDays(1) : null;
  }

  /** The dated organisation with the id if it was not active on the day; null for anything else. */
  private static @Nullable Organisation inactiveOn(
      Map<PartyId, Organisation> dated, PartyId id, LocalDate day) {
    Organisation organisation = dated.get(id);
    return organisation != null && !organisation.activeOn(day) ? organisation : null;
  }

  private static void reportInactive(
      LearningSystem system,
      RuleContext context,
      String property,
      Organisation organisation,
      LocalDate day) {
    if (organisation.succeededBy().isEmpty()) {
      context.reportForm(
          SystemRules.UNNAMED,
          property,
          MessageArguments.of("organisation", organisation.name(), "date", day));
      return;
    }
    PartyId successor = organisation.succeededBy().get();
    context.report(
        property,
        MessageArguments.of(
            "organisation", organisation.name(),
            "date", day,
            "successor", system.party(successor).map(Party::name).orElse(successor.value())));
  }
}
