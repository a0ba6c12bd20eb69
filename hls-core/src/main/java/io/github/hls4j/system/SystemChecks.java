package io.github.hls4j.system;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.hls4j.commissioning.Arrangement;
import io.github.hls4j.commissioning.ArrangementMember;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.internal.Names;
import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.DataSharingAgreement;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.party.Group;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.Party;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.stewardship.RecommendationRef;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.StewardType;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.stewardship.WorkingGroupMember;
import io.github.hls4j.strategy.AlignmentMatrix;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.PriorityTheme;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.validation.RuleContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The logic of the rules that need a whole {@link LearningSystem}. */
final class SystemChecks {

  private SystemChecks() {}

  // system/duplicate-id

  static void duplicateId(LearningSystem system, RuleContext context) {
    duplicates("parties", system.parties(), Party::id, "party", context);
    duplicates("boards", system.boards(), Board::id, "board", context);
    duplicates("stewards", system.stewards(), SystemSteward::id, "steward", context);
    duplicates("workingGroups", system.workingGroups(), WorkingGroup::id, "working group", context);
    duplicates("strategies", system.strategies(), Strategy::id, "strategy", context);
    duplicates("reports", system.reports(), BoardReport::id, "report", context);
    duplicates("cycles", system.cycles(), LearningCycle::id, "cycle", context);
    duplicates("agreements", system.agreements(), DataSharingAgreement::id, "agreement", context);
    duplicates("escalations", system.escalations(), Escalation::id, "escalation", context);
    duplicates("arrangements", system.arrangements(), Arrangement::id, "arrangement", context);
    List<Strategy> strategies = system.strategies();
    // Where each priority id is first seen, as strategy and priority index; paths are built only
    // for the duplicates they name.
    Map<PriorityId, long[]> firstPriority = new HashMap<>();
    for (int i = 0; i < strategies.size(); i++) {
      List<Priority> priorities = strategies.get(i).priorities();
      for (int j = 0; j < priorities.size(); j++) {
        long[] first = firstPriority.putIfAbsent(priorities.get(j).id(), new long[] {i, j});
        if (first != null) {
          report(context, priorityPath(i, j), "priority", priorities.get(j).id(), priorityPath((int) first[0], (int) first[1]));
        }
      }
    }
  }

  private static <T> void duplicates(
      String property, List<T> values, Function<T, ?> id, String kind, RuleContext context) {
    Map<Object, Integer> first = new HashMap<>();
    for (int i = 0; i < values.size(); i++) {
      Object key = id.apply(values.get(i));
      Integer earlier = first.putIfAbsent(key, i);
      if (earlier != null) {
        report(context, property + "[" + i + "].id", kind, key, property + "[" + earlier + "].id");
      }
    }
  }

  private static String priorityPath(int strategy, int priority) {
    return "strategies[" + strategy + "].priorities[" + priority + "].id";
  }

  private static void report(RuleContext context, String path, String kind, Object id, String first) {
    context.report(path, ImmutableMap.of("kind", kind, "id", id, "first", first));
  }

  // system/unknown-reference

  static void unknownReference(LearningSystem system, RuleContext context) {
    List<Party> parties = system.parties();
    for (int i = 0; i < parties.size(); i++) {
      if (parties.get(i) instanceof Person person) {
        Optional<PartyId> organisation = person.organisation();
        if (organisation.isPresent()) {
          party(system, "parties[" + i + "].organisation", organisation.get(), context);
        }
      } else if (parties.get(i) instanceof Organisation organisation && organisation.succeededBy().isPresent()) {
        party(system, "parties[" + i + "].succeededBy", organisation.succeededBy().get(), context);
      } else if (parties.get(i) instanceof Group group) {
        List<PartyId> members = group.members();
        for (int j = 0; j < members.size(); j++) {
          party(system, "parties[" + i + "].members[" + j + "]", members.get(j), context);
        }
      }
    }
    List<SystemSteward> stewards = system.stewards();
    for (int i = 0; i < stewards.size(); i++) {
      party(system, "stewards[" + i + "].heldBy", stewards.get(i).heldBy(), context);
      int j = 0;
      for (PartyId organisation : stewards.get(i).remit().organisations()) {
        party(system, "stewards[" + i + "].remit.organisations[" + j++ + "]", organisation, context);
      }
    }
    List<WorkingGroup> groups = system.workingGroups();
    for (int i = 0; i < groups.size(); i++) {
      workingGroup(system, "workingGroups[" + i + "]", groups.get(i), context);
    }
    List<PriorityTheme> themes = system.themes();
    for (int i = 0; i < themes.size(); i++) {
      List<PriorityId> connects = themes.get(i).connectsWith();
      for (int j = 0; j < connects.size(); j++) {
        if (system.priority(connects.get(j)).isEmpty()) {
          unknown(context, "themes[" + i + "].connectsWith[" + j + "]", "priority", connects.get(j));
        }
      }
    }
    List<BoardReport> reports = system.reports();
    for (int i = 0; i < reports.size(); i++) {
      strategies(system, "reports[" + i + "]", reports.get(i).strategyAlignments(), context);
    }
    learning(system, context);
    arrangements(system, context);
  }

  private static void arrangements(LearningSystem system, RuleContext context) {
    List<Arrangement> arrangements = system.arrangements();
    for (int i = 0; i < arrangements.size(); i++) {
      Arrangement arrangement = arrangements.get(i);
      List<ArrangementMember> members = arrangement.members();
      for (int j = 0; j < members.size(); j++) {
        party(system, "arrangements[" + i + "].members[" + j + "].organisation", members.get(j).organisation(), context);
      }
      if (arrangement.governedBy().isPresent() && system.board(arrangement.governedBy().get()).isEmpty()) {
        unknown(context, "arrangements[" + i + "].governedBy", "board", arrangement.governedBy().get());
      }
      List<CycleId> cycles = arrangement.learningCycles();
      for (int j = 0; j < cycles.size(); j++) {
        if (system.cycle(cycles.get(j)).isEmpty()) {
          unknown(context, "arrangements[" + i + "].learningCycles[" + j + "]", "cycle", cycles.get(j));
        }
      }
    }
  }

  private static void learning(LearningSystem system, RuleContext context) {
    List<LearningCycle> cycles = system.cycles();
    for (int i = 0; i < cycles.size(); i++) {
      LearningCycle cycle = cycles.get(i);
      if (system.steward(cycle.owner()).isEmpty()) {
        unknown(context, "cycles[" + i + "].owner", "steward", cycle.owner());
      }
      List<PartyId> actors = cycle.actors();
      for (int j = 0; j < actors.size(); j++) {
        party(system, "cycles[" + i + "].actors[" + j + "]", actors.get(j), context);
      }
      strategies(system, "cycles[" + i + "]", cycle.strategyAlignments(), context);
    }
    List<HorizontalShare> shares = system.shares();
    for (int i = 0; i < shares.size(); i++) {
      HorizontalShare share = shares.get(i);
      if (system.cycle(share.fromCycle()).isEmpty()) {
        unknown(context, "shares[" + i + "].fromCycle", "cycle", share.fromCycle());
      }
      party(system, "shares[" + i + "].fromOrganisation", share.fromOrganisation(), context);
      party(system, "shares[" + i + "].toOrganisation", share.toOrganisation(), context);
      if (share.agreement().isPresent()
          && system.agreement(share.agreement().get()).isEmpty()) {
        unknown(context, "shares[" + i + "].agreement", "agreement", share.agreement().get());
      }
    }
    List<Escalation> escalations = system.escalations();
    for (int i = 0; i < escalations.size(); i++) {
      Barrier barrier = escalations.get(i).barrier();
      Optional<StewardId> routedTo = escalations.get(i).routedTo();
      if (routedTo.isPresent() && system.steward(routedTo.get()).isEmpty()) {
        unknown(context, "escalations[" + i + "].routedTo", "steward", routedTo.get());
      }
      if (system.cycle(barrier.raisedBy()).isEmpty()) {
        unknown(context, "escalations[" + i + "].barrier.raisedBy", "cycle", barrier.raisedBy());
      }
      party(system, "escalations[" + i + "].barrier.organisation", barrier.organisation(), context);
    }
  }

  private static void workingGroup(
      LearningSystem system, String path, WorkingGroup group, RuleContext context) {
    List<WorkingGroupMember> members = group.members();
    for (int j = 0; j < members.size(); j++) {
      party(system, path + ".members[" + j + "].organisation", members.get(j).organisation(), context);
      Optional<PartyId> person = members.get(j).person();
      if (person.isPresent()) {
        party(system, path + ".members[" + j + "].person", person.get(), context);
      }
    }
    if (group.reportsTo().isPresent() && system.board(group.reportsTo().get()).isEmpty()) {
      unknown(context, path + ".reportsTo", "board", group.reportsTo().get());
    }
    if (group.createdBy().isPresent()) {
      RecommendationRef ref = group.createdBy().get();
      Optional<BoardReport> report = system.report(ref.report());
      if (report.isEmpty()) {
        unknown(context, path + ".createdBy.report", "report", ref.report());
      } else if (report.get().recommendation(ref.number()).isEmpty()) {
        unknown(context, path + ".createdBy.number", "recommendation", ref.report() + " #" + ref.number());
      }
    }
    strategies(system, path, group.strategyAlignments(), context);
  }

  private static void strategies(
      LearningSystem system, String path, List<StrategyAlignment> alignments, RuleContext context) {
    for (int j = 0; j < alignments.size(); j++) {
      Strategy strategy = alignments.get(j).strategy();
      if (system.strategy(strategy.id()).isEmpty()) {
        unknown(context, path + ".strategyAlignments[" + j + "].strategy.id", "strategy", strategy.id());
      }
    }
  }

  private static void party(LearningSystem system, String path, PartyId id, RuleContext context) {
    if (system.party(id).isEmpty()) {
      unknown(context, path, "party", id);
    }
  }

  private static void unknown(RuleContext context, String path, String kind, Object id) {
    context.report(path, ImmutableMap.of("kind", kind, "id", id));
  }

  // stewardship/no-leadership-steward

  static void noLeadershipSteward(LearningSystem system, RuleContext context) {
    if (system.stewards().stream().noneMatch(s -> s.type() == StewardType.LEADERSHIP)) {
      context.report("stewards", ImmutableMap.of("place", system.place()));
    }
  }

  // alignment/uncovered-priority

  /** Returns the matrix of the system's strategies against its reports and working groups. */
  static AlignmentMatrix matrix(LearningSystem system) {
    AlignmentMatrix.Builder matrix = AlignmentMatrix.builder();
    Set<Object> seen = Sets.newHashSetWithExpectedSize(
        system.strategies().size() + system.reports().size() + system.workingGroups().size() + system.cycles().size());
    for (Strategy s : system.strategies()) {
      if (seen.add(s.id())) {
        matrix.strategy(s);
      }
    }
    for (BoardReport r : system.reports()) {
      if (seen.add(r.id())) {
        matrix.item("report " + r.id(), r);
      }
    }
    for (WorkingGroup g : system.workingGroups()) {
      if (seen.add(g.id())) {
        matrix.item("group " + g.id(), g);
      }
    }
    for (LearningCycle c : system.cycles()) {
      if (seen.add(c.id())) {
        matrix.item("cycle " + c.id(), c);
      }
    }
    return matrix.build();
  }

  static void uncoveredPriority(LearningSystem system, RuleContext context) {
    Set<PriorityId> gaps = ImmutableSet.copyOf(matrix(system).gaps());
    if (gaps.isEmpty()) {
      return;
    }
    List<Strategy> strategies = system.strategies();
    for (int i = 0; i < strategies.size(); i++) {
      List<Priority> priorities = strategies.get(i).priorities();
      for (int j = 0; j < priorities.size(); j++) {
        if (gaps.contains(priorities.get(j).id())) {
          context.report(
              "strategies[" + i + "].priorities[" + j + "]",
              ImmutableMap.of("priority", priorities.get(j).title(), "strategy", strategies.get(i).id()));
        }
      }
    }
  }

  // learning/personal-data-in-multi-agency-cycle

  static void personalDataInMultiAgencyCycle(LearningSystem system, RuleContext context) {
    List<LearningCycle> cycles = system.cycles();
    for (int i = 0; i < cycles.size(); i++) {
      LearningCycle cycle = cycles.get(i);
      Set<PartyId> organisations = new HashSet<>();
      for (PartyId actor : cycle.actors()) {
        Optional<Party> party = system.party(actor);
        if (party.isPresent() && party.get() instanceof Organisation) {
          organisations.add(actor);
        } else if (party.isPresent() && party.get() instanceof Person person) {
          person.organisation().ifPresent(organisations::add);
        }
      }
      if (organisations.size() < 2) {
        continue;
      }
      List<LearningRecord> records = cycle.records();
      for (int j = 0; j < records.size(); j++) {
        if (records.get(j).containsPersonalData()) {
          context.report(
              "cycles[" + i + "].records[" + j + "].evidence",
              ImmutableMap.of("cycle", cycle.id(), "organisations", organisations.size()));
        }
      }
    }
  }

  // learning/share-recipient-mismatch

  static void shareRecipientMismatch(LearningSystem system, RuleContext context) {
    List<HorizontalShare> shares = system.shares();
    if (shares.isEmpty()) {
      return;
    }
    Map<String, PartyId> byName = new HashMap<>();
    for (Party p : system.parties()) {
      if (p instanceof Organisation) {
        byName.putIfAbsent(Names.fold(p.name()).strip(), p.id());
      }
    }
    for (int i = 0; i < shares.size(); i++) {
      HorizontalShare share = shares.get(i);
      PartyId named = byName.get(Names.fold(share.to()).strip());
      if (named != null && !named.equals(share.toOrganisation())) {
        context.report(
            "shares[" + i + "].to",
            ImmutableMap.of("label", share.to(), "named", named, "toOrganisation", share.toOrganisation()));
      }
    }
  }

  // system/organisation-inactive

  static void organisationInactive(LearningSystem system, RuleContext context) {
    List<Escalation> escalations = system.escalations();
    for (int i = 0; i < escalations.size(); i++) {
      Escalation e = escalations.get(i);
      inactive(system, "escalations[" + i + "].barrier.organisation", e.barrier().organisation(), e.raisedOn(), context);
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
        inactive(system, "cycles[" + i + "].actors[" + j + "]", actors.get(j), latest, context);
      }
    }
    List<BoardReport> reports = system.reports();
    for (int i = 0; i < reports.size(); i++) {
      BoardReport report = reports.get(i);
      Optional<PartyId> employer = report.leadOfficer().organisation();
      if (report.meetingDate().isPresent() && employer.isPresent()) {
        inactive(system, "reports[" + i + "].leadOfficer.organisation", employer.get(), report.meetingDate().get(), context);
      }
    }
  }

  private static void inactive(LearningSystem system, String path, PartyId id, LocalDate day, RuleContext context) {
    Optional<Party> party = system.party(id);
    if (party.isPresent() && party.get() instanceof Organisation organisation && !organisation.activeOn(day)) {
      context.report(
          path,
          ImmutableMap.of(
              "organisation", organisation.name(),
              "date", day,
              "successor", organisation.succeededBy().map(s -> system.party(s).map(Party::name).orElse(s.value())).orElse("not named")));
    }
  }
}
