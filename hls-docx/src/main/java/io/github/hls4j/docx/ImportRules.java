package io.github.hls4j.docx;

import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleCatalog;
import io.github.hls4j.validation.RuleDescriptor;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.Violation;
import java.util.List;
import java.util.Map;

/**
 * The {@code import/*} findings of {@link DocxReader}: what it read in a Word document but could
 * not map to the model. Each finding's path is a place in the document, such as {@code
 * body/table[1]/row[3]/cell[2]}, and its {@code quote} argument is the start of the text there.
 *
 * <p>They are findings about the document, not rules about the model: they hold in every profile
 * and are not part of {@link RuleCatalog#builtIn()}. {@link #catalog()} lists them.
 *
 * @since 0.1.0
 */
public final class ImportRules {

  /**
   * {@code import/unknown-heading}: a section heading or a layout-table label the template does not
   * know. A heading's section is kept as {@code OTHER}; a label's content is left out. Arguments:
   * {@code quote}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor UNKNOWN_HEADING =
      descriptor(
          "import/unknown-heading",
          Severity.WARNING,
          "A section heading or a layout label the template does not know: its section is kept as OTHER, a label's content is left out.",
          "The template does not know the heading or label \"{quote}\"");

  /**
   * {@code import/unknown-priority}: a row of a priority table that names no priority of the
   * template's strategies; its tick is not imported. Arguments: {@code quote}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor UNKNOWN_PRIORITY =
      descriptor(
          "import/unknown-priority",
          Severity.WARNING,
          "A row of a priority table names no priority of the template's strategies, so its tick is not imported.",
          "\"{quote}\" is no priority of the template's strategies");

  /**
   * {@code import/unreadable-tick}: a tick cell that holds neither a tick nor a blank in a form the
   * reader knows; the priority is left unticked. Arguments: {@code quote}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor UNREADABLE_TICK =
      descriptor(
          "import/unreadable-tick",
          Severity.WARNING,
          "A tick cell holds neither a tick nor a blank in a form hls4j reads (a checkbox, ☒ or ☐, an x), so the priority is left unticked.",
          "The tick cell holds \"{quote}\", which is neither ticked nor blank");

  /**
   * {@code import/signoff-without-role}: a row of the sign-off table names a person or a date but
   * no role; the row is left out. Arguments: {@code quote}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor SIGNOFF_WITHOUT_ROLE =
      descriptor(
          "import/signoff-without-role",
          Severity.WARNING,
          "A row of the sign-off table names a person or a date but no role, so the row is left out.",
          "The sign-off row \"{quote}\" names no role");

  /**
   * {@code import/unreadable-date}: a date that is neither a date nor template text; the text is
   * kept where the model can keep it (a sign-off's date text). Arguments: {@code quote}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor UNREADABLE_DATE =
      descriptor(
          "import/unreadable-date",
          Severity.WARNING,
          "A date field holds text that is neither a date nor template text; a sign-off keeps it as its date text.",
          "\"{quote}\" is not a date");

  /**
   * {@code import/template-text}: a date field of the cover sheet, such as the meeting date, still
   * shows its template's prompt: a date picker showing its placeholder ("Click or tap to enter a
   * date."); the report has no date for it. Arguments: {@code quote}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor TEMPLATE_TEXT =
      descriptor(
          "import/template-text",
          Severity.ERROR,
          "A date field of the cover sheet, such as the meeting date, still shows its template's prompt (a date picker's \"Click or tap to enter a date.\"), so the report has no date for it.",
          "The date field still shows the template's prompt \"{quote}\"");

  /**
   * {@code import/empty-paragraph}: a numbered paragraph with nothing after its number ("2.3") in a
   * part the model holds as statements (the summary, the reasons, the implications, the equalities
   * statement, the risk assessment); it is left out. Arguments: {@code quote} (the number).
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor EMPTY_PARAGRAPH =
      descriptor(
          "import/empty-paragraph",
          Severity.WARNING,
          "A numbered paragraph of the summary, the reasons, the implications, the equalities statement or the risk assessment has nothing after its number, so it is left out.",
          "Paragraph {quote} is empty");

  /**
   * {@code import/missing-part}: a part every report needs (its title, lead officer or author) is
   * not in the document; a stand-in is used so that the rest can still be checked. Arguments:
   * {@code part}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor MISSING_PART =
      descriptor(
          "import/missing-part",
          Severity.ERROR,
          "A part every report needs (its title, lead officer or author) is not in the document; a stand-in is used so that the rest can be checked.",
          "The document has no {part}");

  /**
   * {@code import/malformed-value}: a value the model refuses, such as a malformed e-mail address
   * or a duplicate section number; it is left out. Arguments: {@code quote}, {@code problem}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor MALFORMED_VALUE =
      descriptor(
          "import/malformed-value",
          Severity.ERROR,
          "A value the model refuses, such as a malformed e-mail address, so it is left out.",
          "\"{quote}\" is left out: {problem}");

  /**
   * {@code import/unplaced-text}: text the reader could not place in any part of the report, such
   * as a table it does not know; it is left out. Arguments: {@code quote}.
   *
   * @since 0.1.0
   */
  public static final RuleDescriptor UNPLACED_TEXT =
      descriptor(
          "import/unplaced-text",
          Severity.WARNING,
          "Text the reader could not place in any part of the report, such as a table of a kind it does not know, so it is left out.",
          "\"{quote}\" belongs to no part of the report");

  private static final RuleCatalog CATALOG =
      RuleCatalog.of(
          List.of(
              UNKNOWN_HEADING,
              UNKNOWN_PRIORITY,
              UNREADABLE_TICK,
              SIGNOFF_WITHOUT_ROLE,
              UNREADABLE_DATE,
              TEMPLATE_TEXT,
              EMPTY_PARAGRAPH,
              MISSING_PART,
              MALFORMED_VALUE,
              UNPLACED_TEXT));

  /** The longest quote a finding carries, in characters. */
  static final int QUOTE_LENGTH = 60;

  private ImportRules() {}

  /**
   * Returns the import findings' descriptors, ordered by id.
   *
   * @return the catalogue
   * @since 0.1.0
   */
  public static RuleCatalog catalog() {
    return CATALOG;
  }

  private static RuleDescriptor descriptor(
      String id, Severity severity, String summary, String message) {
    return RuleDescriptor.builder(id)
        .severity(severity)
        .profiles(Profile.DRAFT, Profile.DECISION_READY, Profile.PUBLISHED)
        .summary(summary)
        .message(message)
        .build();
  }

  static Violation finding(RuleDescriptor rule, String path, Map<String, String> arguments) {
    return Violation.of(
        rule.id(),
        rule.defaultSeverity(),
        path,
        rule.id().toString(),
        rule.messageTemplate(),
        arguments);
  }

  /**
   * Returns the start of {@code text}, cut at {@link #QUOTE_LENGTH} characters with an ellipsis.
   */
  static String quote(String text) {
    String clean = Labels.clean(text);
    if (clean.length() <= QUOTE_LENGTH) {
      return clean;
    }
    int end = QUOTE_LENGTH;
    if (Character.isHighSurrogate(clean.charAt(end - 1))) {
      end--;
    }
    return clean.substring(0, end) + "…";
  }
}
