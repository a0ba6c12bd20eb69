package io.github.hls4j.docx;

import java.util.List;
import java.util.Optional;

/**
 * The parts of a template a label of a blank can name, in the order a label is tried against them,
 * each with the words councils commonly use for it; {@link TemplateDrafter} places labels by them.
 */
enum DraftField {
  IGNORED(
      List.of(
          "report to",
          "ward(s) affected",
          "wards affected",
          "key decision",
          "classification",
          "decision-maker",
          "status",
          "previously considered",
          "forward plan",
          "exempt")),
  AUTHOR(List.of("author", "report writer", "contact officer")),
  LEAD_OFFICER(
      List.of(
          "report of",
          "report by",
          "lead officer",
          "head of service",
          "responsible officer",
          "director",
          "executive lead",
          "executive sponsor",
          "lead executive")),
  CONTACT(List.of("contact", "e-mail", "email", "telephone")),
  MEETING_DATE(List.of("date of meeting", "meeting date", "date")),
  TITLE(List.of("subject", "title")),
  PAPERS(List.of("background papers", "background documents")),
  SIGN_OFF(List.of("sign-off", "sign off", "clearance")),
  REASONS(List.of("reason")),
  EQUALITIES(List.of("equalit", "equality")),
  TICKS(List.of("links to", "priorities", "objectives", "strategy", "plan")),
  RISK(List.of("risk")),
  IMPLICATIONS(List.of("implications", "financial", "legal", "resource")),
  RECOMMENDATIONS(List.of("recommendation")),
  SUMMARY(List.of("summary", "purpose")),
  BACKGROUND(List.of("background", "introduction", "context")),
  CONSULTATIONS(List.of("consultation", "engagement")),
  REQUEST(List.of("request of the board", "decision sought"));

  final List<String> words;

  DraftField(List<String> words) {
    this.words = words;
  }

  boolean cover() {
    return this == IGNORED
        || this == AUTHOR
        || this == LEAD_OFFICER
        || this == CONTACT
        || this == MEETING_DATE
        || this == TITLE;
  }

  static Optional<DraftField> of(String label) {
    String text = Labels.normalise(label);
    if (text.contains("authorised by") || text.contains("authorized by")) {
      return Optional.of(LEAD_OFFICER); // "Report Authorised by", not its author
    }
    for (DraftField f : values()) {
      for (String w : f.words) {
        if (text.contains(w)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The template field the part's labels go in, as a drafted template's {@code toCheck} names it.
   */
  String templateField() {
    return switch (this) {
      case IGNORED -> "header.ignored";
      case AUTHOR -> "header.author";
      case LEAD_OFFICER -> "header.leadOfficer";
      case CONTACT -> "header.contact";
      case MEETING_DATE -> "header.meetingDate";
      case TITLE -> "header.title";
      case PAPERS -> "backgroundPapers";
      case SIGN_OFF -> "signOff.headings";
      case REASONS -> "layout.reasons";
      case EQUALITIES -> "layout.equalities";
      case TICKS -> "tickTables";
      case RISK -> "layout.riskAssessment";
      case IMPLICATIONS -> "layout.implications";
      case RECOMMENDATIONS -> "layout.recommendations";
      case SUMMARY -> "layout.summary";
      case BACKGROUND, CONSULTATIONS, REQUEST -> "sections";
    };
  }
}
