package io.github.hls4j.render;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.party.Party;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.system.LearningSystem;
import java.util.stream.Collectors;

/**
 * The stewardship map of a {@link LearningSystem} as Markdown, for {@link MarkdownRenderer}: who
 * stewards the system, of what type and at what scale, with which responsibilities and remit; then
 * its working groups, where their members come from and whom they report to. Names are resolved
 * through the system; an id it does not hold is shown as the id.
 */
final class StewardshipMarkdown {

  private StewardshipMarkdown() {}

  static String render(LearningSystem system) {
    requireNonNull(system, "system");
    StringBuilder out = new StringBuilder();
    out.append("## System stewards of ").append(MarkdownText.escape(system.place())).append("\n\n");
    out.append("| Steward | Held by | Type | Scale | Responsibilities | Remit |\n");
    out.append("|---|---|---|---|---|---|\n");
    for (SystemSteward s : system.stewards()) {
      out.append("| ")
          .append(MarkdownText.escape(s.id().value()))
          .append(" | ")
          .append(name(system, s.heldBy()))
          .append(" | ")
          .append(MarkdownText.words(s.type().name()))
          .append(" | ")
          .append(MarkdownText.words(s.scale().name()))
          .append(" | ")
          .append(
              s.responsibilities().stream()
                  .map(MarkdownText::escape)
                  .collect(Collectors.joining("; ")))
          .append(" | ")
          .append(remit(system, s))
          .append(" |\n");
    }
    out.append("\n## Working groups\n\n");
    out.append("| Group | Members from | Reports to | Set up by |\n|---|---|---|---|\n");
    for (WorkingGroup g : system.workingGroups()) {
      out.append("| ")
          .append(MarkdownText.escape(g.name()))
          .append(g.multiAgency() ? " (multi-agency)" : "")
          .append(" | ")
          .append(
              g.organisations().stream()
                  .map(id -> name(system, id))
                  .collect(Collectors.joining("; ")))
          .append(" | ")
          .append(
              g.reportsTo()
                  .map(
                      id ->
                          MarkdownText.escape(
                              system.board(id).map(b -> b.name()).orElse(id.value())))
                  .orElse("none"))
          .append(" | ")
          .append(
              g.createdBy()
                  .map(
                      r ->
                          "recommendation "
                              + r.number()
                              + " of "
                              + MarkdownText.escape(r.report().value()))
                  .orElse(""))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String remit(LearningSystem system, SystemSteward steward) {
    if (steward.remit().barrierKinds().isEmpty()) {
      return "none stated";
    }
    return steward.remit().barrierKinds().stream()
            .sorted()
            .map(BarrierKind::name)
            .map(MarkdownText::words)
            .collect(Collectors.joining(", "))
        + " for "
        + steward.remit().organisations().stream()
            .map(id -> name(system, id))
            .sorted()
            .collect(Collectors.joining(", "));
  }

  private static String name(LearningSystem system, PartyId id) {
    return MarkdownText.escape(system.party(id).map(Party::name).orElse(id.value()));
  }
}
