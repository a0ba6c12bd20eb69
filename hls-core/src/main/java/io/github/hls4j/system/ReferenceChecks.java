package io.github.hls4j.system;

import io.github.hls4j.commissioning.Arrangement;
import io.github.hls4j.commissioning.ArrangementId;
import io.github.hls4j.commissioning.ArrangementMember;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.SourceKind;
import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.Visibility;
import io.github.hls4j.party.Group;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.Party;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.stewardship.RecommendationRef;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.stewardship.WorkingGroupMember;
import io.github.hls4j.strategy.DeliveryKind;
import io.github.hls4j.strategy.DeliveryRef;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.PriorityTheme;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import io.github.hls4j.validation.MessageArguments;
import io.github.hls4j.validation.Rule;
import io.github.hls4j.validation.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * The logic of {@code system/unknown-reference}: every id the system refers to names something in
 * it.
 */
final class ReferenceChecks {

  private ReferenceChecks() {}

  // system/unknown-reference

  static void unknownReference(LearningSystem system, RuleContext context) {
    List<Party> parties = system.parties();
    for (int i = 0; i < parties.size(); i++) {
      if (parties.get(i) instanceof Person person) {
        Optional<PartyId> organisation = person.organisation();
        if (organisation.isPresent() && !system.partyIndex().containsKey(organisation.get())) {
          unknown(context.at("parties", i), "organisation", "party", organisation.get());
        }
      } else if (parties.get(i) instanceof Organisation organisation
          && organisation.succeededBy().isPresent()
          && !system.partyIndex().containsKey(organisation.succeededBy().get())) {
        unknown(context.at("parties", i), "succeededBy", "party", organisation.succeededBy().get());
      } else if (parties.get(i) instanceof Group group) {
        List<PartyId> members = group.members();
        for (int j = 0; j < members.size(); j++) {
          if (!system.partyIndex().containsKey(members.get(j))) {
            unknown(context.at("parties", i).at("members", j), "", "party", members.get(j));
          }
        }
      }
    }
    List<SystemSteward> stewards = system.stewards();
    for (int i = 0; i < stewards.size(); i++) {
      if (!system.partyIndex().containsKey(stewards.get(i).heldBy())) {
        unknown(context.at("stewards", i), "heldBy", "party", stewards.get(i).heldBy());
      }
      int j = 0;
      for (PartyId organisation : stewards.get(i).remit().organisations()) {
        if (!system.partyIndex().containsKey(organisation)) {
          unknown(
              context.at("stewards", i).at("remit").at("organisations", j),
              "",
              "party",
              organisation);
        }
        j++;
      }
    }
    List<Strategy> strategies = system.strategies();
    for (int i = 0; i < strategies.size(); i++) {
      List<Priority> priorities = strategies.get(i).priorities();
      for (int j = 0; j < priorities.size(); j++) {
        List<DeliveryRef> delivery = priorities.get(j).deliveredThrough();
        for (int k = 0; k < delivery.size(); k++) {
          DeliveryRef ref = delivery.get(k);
          if (ref.kind().isPresent()
              && ref.id().isPresent()
              && !holds(system, ref.kind().get(), ref.id().get())) {
            unknown(
                context.at("strategies", i).at("priorities", j).at("deliveredThrough", k),
                "id",
                ref.kind().get().name().toLowerCase(java.util.Locale.ROOT),
                ref.id().get());
          }
        }
      }
    }
    List<PriorityTheme> themes = system.themes();
    for (int i = 0; i < themes.size(); i++) {
      List<PriorityId> connects = themes.get(i).connectsWith();
      for (int j = 0; j < connects.size(); j++) {
        if (!system.priorityIndex().containsKey(connects.get(j))) {
          unknown(context.at("themes", i).at("connectsWith", j), "", "priority", connects.get(j));
        }
      }
    }
    arrangements(system, context);
  }

  /** The part of {@code system/unknown-reference} for the reports of one system. */
  static Rule<BoardReport> unknownInReports(LearningSystem system) {
    return (report, context) -> {
      strategies(system, report.strategyAlignments(), context);
      List<Recommendation> recommendations = report.recommendations();
      for (int i = 0; i < recommendations.size(); i++) {
        List<SourceRef> sources = recommendations.get(i).basedOn();
        for (int j = 0; j < sources.size(); j++) {
          SourceRef source = sources.get(j);
          if (!system.resolves(source)) {
            unknown(
                context.at("recommendations", i).at("basedOn", j),
                "id",
                kind(source.kind()),
                source.id());
          }
        }
      }
    };
  }

  /** The part of {@code system/unknown-reference} for the learning cycles of one system. */
  static Rule<LearningCycle> unknownInCycles(LearningSystem system) {
    return (cycle, context) -> {
      if (!system.stewardIndex().containsKey(cycle.owner())) {
        unknown(context, "owner", "steward", cycle.owner());
      }
      List<PartyId> actors = cycle.actors();
      for (int j = 0; j < actors.size(); j++) {
        if (!system.partyIndex().containsKey(actors.get(j))) {
          unknown(context.at("actors", j), "", "party", actors.get(j));
        }
      }
      strategies(system, cycle.strategyAlignments(), context);
    };
  }

  /** The part of {@code system/unknown-reference} for the horizontal shares of one system. */
  static Rule<HorizontalShare> unknownInShares(LearningSystem system) {
    return (share, context) -> {
      if (!system.cycleIndex().containsKey(share.fromCycle())) {
        unknown(context, "fromCycle", "cycle", share.fromCycle());
      }
      if (!system.partyIndex().containsKey(share.fromOrganisation())) {
        unknown(context, "fromOrganisation", "party", share.fromOrganisation());
      }
      if (!system.partyIndex().containsKey(share.toOrganisation())) {
        unknown(context, "toOrganisation", "party", share.toOrganisation());
      }
      if (share.agreement().isPresent()
          && !system.agreementsById().containsKey(share.agreement().get())) {
        unknown(context, "agreement", "agreement", share.agreement().get());
      }
      if (share.toBoard().isPresent()
          && system.board(BoardId.of(share.toBoard().get())).isEmpty()) {
        unknown(context, "toBoard", "board", share.toBoard().get());
      }
    };
  }

  /** The part of {@code system/unknown-reference} for the escalations of one system. */
  static Rule<Escalation> unknownInEscalations(LearningSystem system) {
    return (escalation, context) -> {
      Barrier barrier = escalation.barrier();
      Optional<StewardId> routedTo = escalation.routedTo();
      if (routedTo.isPresent() && !system.stewardIndex().containsKey(routedTo.get())) {
        unknown(context, "routedTo", "steward", routedTo.get());
      }
      if (!system.cycleIndex().containsKey(escalation.raisedBy())) {
        unknown(context, "raisedBy", "cycle", escalation.raisedBy());
      }
      if (!system.partyIndex().containsKey(barrier.organisation())) {
        unknown(context.at("barrier"), "organisation", "party", barrier.organisation());
      }
      List<Visibility> visible = escalation.madeVisible();
      for (int j = 0; j < visible.size(); j++) {
        Optional<PartyId> party = visible.get(j).toParty();
        if (party.isPresent() && !system.partyIndex().containsKey(party.get())) {
          unknown(context.at("madeVisible", j), "toParty", "party", party.get());
        }
      }
    };
  }

  private static void arrangements(LearningSystem system, RuleContext context) {
    List<Arrangement> arrangements = system.arrangements();
    for (int i = 0; i < arrangements.size(); i++) {
      Arrangement arrangement = arrangements.get(i);
      List<ArrangementMember> members = arrangement.members();
      for (int j = 0; j < members.size(); j++) {
        if (!system.partyIndex().containsKey(members.get(j).organisation())) {
          unknown(
              context.at("arrangements", i).at("members", j),
              "organisation",
              "party",
              members.get(j).organisation());
        }
      }
      if (arrangement.governedBy().isPresent()
          && !system.boardIndex().containsKey(arrangement.governedBy().get())) {
        unknown(
            context.at("arrangements", i), "governedBy", "board", arrangement.governedBy().get());
      }
      if (arrangement.runBy().isPresent()
          && !system.workingGroupIndex().containsKey(arrangement.runBy().get())) {
        unknown(context.at("arrangements", i), "runBy", "working group", arrangement.runBy().get());
      }
      List<CycleId> cycles = arrangement.learningCycles();
      for (int j = 0; j < cycles.size(); j++) {
        if (!system.cycleIndex().containsKey(cycles.get(j))) {
          unknown(
              context.at("arrangements", i).at("learningCycles", j), "", "cycle", cycles.get(j));
        }
      }
    }
  }

  /** The part of {@code system/unknown-reference} for the working groups of one system. */
  static Rule<WorkingGroup> unknownInWorkingGroups(LearningSystem system) {
    return (group, context) -> {
      List<WorkingGroupMember> members = group.members();
      for (int j = 0; j < members.size(); j++) {
        if (!system.partyIndex().containsKey(members.get(j).organisation())) {
          unknown(context.at("members", j), "organisation", "party", members.get(j).organisation());
        }
        Optional<PartyId> person = members.get(j).person();
        if (person.isPresent() && !system.partyIndex().containsKey(person.get())) {
          unknown(context.at("members", j), "person", "party", person.get());
        }
      }
      if (group.reportsTo().isPresent()
          && !system.boardIndex().containsKey(group.reportsTo().get())) {
        unknown(context, "reportsTo", "board", group.reportsTo().get());
      }
      if (group.createdBy().isPresent()) {
        RecommendationRef ref = group.createdBy().get();
        Optional<BoardReport> report = system.report(ref.report());
        if (report.isEmpty()) {
          unknown(context.at("createdBy"), "report", "report", ref.report());
        } else if (report.get().recommendation(ref.number()).isEmpty()) {
          unknown(
              context.at("createdBy"),
              "number",
              "recommendation",
              ref.report() + " #" + ref.number());
        }
      }
      strategies(system, group.strategyAlignments(), context);
    };
  }

  /**
   * Reports the strategies of the alignments that the system lacks, at {@code
   * strategyAlignments[j]}.
   */
  private static void strategies(
      LearningSystem system, List<StrategyAlignment> alignments, RuleContext context) {
    for (int j = 0; j < alignments.size(); j++) {
      Strategy strategy = alignments.get(j).strategy();
      if (!system.strategyIndex().containsKey(strategy.id())) {
        unknown(
            context.at("strategyAlignments", j).at("strategy"), "id", "strategy", strategy.id());
      }
    }
  }

  /** Whether the system holds the item a priority is delivered through. */
  private static boolean holds(LearningSystem system, DeliveryKind kind, String id) {
    return switch (kind) {
      case BOARD -> system.board(BoardId.of(id)).isPresent();
      case STRATEGY -> system.strategy(StrategyId.of(id)).isPresent();
      case ARRANGEMENT -> system.arrangement(ArrangementId.of(id)).isPresent();
      case PARTY -> system.partyIndex().containsKey(PartyId.of(id));
    };
  }

  /** The word for what a recommendation's source points to, as the other references name theirs. */
  private static String kind(SourceKind kind) {
    return switch (kind) {
      case ESCALATION -> "escalation";
      case LEARNING_CYCLE -> "cycle";
      case LEARNING_RECORD -> "learning record";
      case PRIORITY -> "priority";
      case STEWARD -> "steward";
    };
  }

  /** Reports an unknown id at a property of the part a context is at; empty for the part itself. */
  private static void unknown(RuleContext context, String property, String kind, Object id) {
    context.report(property, MessageArguments.of("kind", kind, "id", id));
  }
}
