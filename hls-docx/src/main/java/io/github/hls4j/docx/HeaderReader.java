package io.github.hls4j.docx;

import static io.github.hls4j.docx.ImportRules.quote;

import io.github.hls4j.docx.WordBody.Para;
import io.github.hls4j.party.ContactDetails;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads a report's cover sheet: its title, and the fields a template labels, as lines ("Lead
 * Officer: Munro / Consultant"), as a bold label with its value on the next line, or as rows of a
 * table; a person field as a name and a role, or a role alone. Single-use and single-threaded.
 */
final class HeaderReader {

  private static final Pattern ORDINAL = Pattern.compile("(?<=\\d)(st|nd|rd|th)\\b");
  private static final List<DateTimeFormatter> DATES =
      List.of(
              "uuuu-MM-dd",
              "d/M/uuuu",
              "d/M/uu",
              "d.M.uuuu",
              "d.M.uu",
              "d-M-uuuu",
              "d-M-uu",
              "d MMMM uuuu",
              "d MMM uuuu",
              "EEEE d MMMM uuuu")
          .stream()
          .map(p -> DateTimeFormatter.ofPattern(p, Locale.UK))
          .toList();

  /** A time after a date: "at 10.00 am", ", 2pm", "10:00". */
  private static final Pattern TIME =
      Pattern.compile(
          "(?i)(?:,?\\s+(?:at|from)\\s+|,?\\s+)\\d{1,2}(?:[.:]\\d{2})?\\s*(?:am|pm|a\\.m\\.|p\\.m\\.)?(?:\\s*-.*)?$");

  /** A comma after a weekday or before a year: "Wednesday, 16 March 2026", "16 March, 2026". */
  private static final Pattern DATE_COMMA = Pattern.compile(",\\s*");

  private static final Pattern SEPARATOR = Pattern.compile(",\\s|:\\s|\\s[\u2013\u2014-]\\s");

  /** A person field's own label typed into its value: "Name: Tom Ashby". */
  private static final Pattern NAME_LABEL =
      Pattern.compile("(?i)^(?:name|officer name)\\s*[:\u2013\u2014-]\\s*");

  /** An e-mail address or a telephone number written after a person's name and role. */
  private static final Pattern CONTACT_PART =
      Pattern.compile(
          "(?i)(?:e-?mail:?\\s*)?\\S+@\\S+|(?:tel(?:ephone)?|phone|t):?\\s*\\+?[\\d(][\\d ()-]{5,}\\d|\\+?[\\d(][\\d ()-]{6,}\\d");

  private final ReportDraft draft;
  private final ReportTemplate template;

  /** A cover-sheet label written alone on its line, whose value is the next line. */
  private @Nullable String pendingField;

  /** The first line, taken for the title until a title field or a styled heading says otherwise. */
  private @Nullable String firstLine;

  private @Nullable String firstLinePath;

  HeaderReader(ReportDraft draft) {
    this.draft = draft;
    this.template = draft.template;
  }

  /** Waits for the value of a label written alone, as a heading, on the next line. */
  void expect(String label) {
    pendingField = label;
  }

  /** Whether a label waits for its value on the next line. */
  boolean pending() {
    return pendingField != null;
  }

  /** Forgets a label waiting for its value on the next line. */
  void forgetPending() {
    pendingField = null;
  }

  /**
   * Reads a paragraph of the cover sheet: the value of a label alone on the line above, or a
   * labelled line. Returns whether it was one.
   */
  boolean paragraph(Para p, String text) {
    String label = pendingField;
    if (label != null && !text.isEmpty()) {
      pendingField = null;
      if (!isLabel(text.replaceFirst(":.*$", ""))) {
        field(label, text, p.path(), p.placeholder());
        return true;
      }
    }
    return line(p, text);
  }

  /** A header line such as "Lead Officer: Munro / Consultant in Public Health". */
  private boolean line(Para p, String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    String label = text.substring(0, colon);
    if (!isLabel(label)) {
      return false;
    }
    if (Labels.clean(text.substring(colon + 1)).isEmpty()) {
      pendingField = label; // "Report of:" in bold, the value on the next line
      return true;
    }
    field(label, text.substring(colon + 1), p.path(), p.placeholder());
    return true;
  }

  /** Takes the first line of the report for its title, until something says otherwise. */
  void firstLine(String text, String path) {
    draft.title = text;
    draft.titlePlace = Locations.of(path, text);
    firstLine = text;
    firstLinePath = path;
  }

  /**
   * A styled heading before any part, that is no label: the title, when there is none yet or when
   * the first line was taken for it. Returns whether it was.
   */
  boolean styledTitle(String heading, String path) {
    if (draft.title == null) {
      draft.title = heading;
      draft.titlePlace = Locations.of(path, heading);
      return true;
    }
    String first = firstLine;
    if (first != null && first.equals(draft.title)) {
      // the first line was a header line; the styled heading is the title
      if (firstLinePath != null) {
        draft.unplaced(firstLinePath, first);
      }
      firstLine = null;
      draft.title = heading;
      draft.titlePlace = Locations.of(path, heading);
      return true;
    }
    return false;
  }

  boolean isLabel(String label) {
    ReportTemplate.HeaderLabels h = template.header();
    return Labels.matches(h.leadOfficer(), label)
        || Labels.matches(h.author(), label)
        || Labels.matches(h.contact(), label)
        || Labels.matches(h.meetingDate(), label)
        || Labels.matches(h.title(), label)
        || Labels.matches(h.ignored(), label);
  }

  /** A labelled field of the cover sheet, with its value, found at {@code path}. */
  void field(String label, String value, String path) {
    field(label, value, path, false);
  }

  /**
   * A labelled field of the cover sheet, as {@link #field(String, String, String)}; {@code
   * placeholder} says whether a content control in it still shows its placeholder.
   */
  void field(String label, String value, String path, boolean placeholder) {
    ReportTemplate.HeaderLabels h = template.header();
    String text = Labels.clean(value);
    if (text.isEmpty() || Labels.matches(h.ignored(), label)) {
      return;
    }
    if (Labels.matches(h.title(), label)) {
      String first = firstLine;
      if (first != null && firstLinePath != null && !first.equals(text)) {
        draft.unplaced(firstLinePath, first); // the first line was not the title after all
      }
      firstLine = null;
      draft.title = text;
      draft.titlePlace = Locations.of(path, text);
    } else if (Labels.matches(h.leadOfficer(), label)) {
      text = person(text, path, Labels.matches(h.contact(), label));
      Optional<String> role = roleOnly(text);
      if (role.isPresent()) {
        draft.leadOfficerRole = role.get();
      } else {
        draft.leadOfficer = person(text, path).orElse(draft.leadOfficer);
      }
      draft.place("leadOfficer", path, text);
    } else if (Labels.matches(h.author(), label)) {
      text = person(text, path, Labels.matches(h.contact(), label));
      Optional<String> role = roleOnly(text);
      if (role.isPresent()) {
        draft.authorRole = role.get();
      } else {
        draft.author = person(text, path).orElse(draft.author);
      }
      draft.place("author", path, text);
    } else if (Labels.matches(h.contact(), label)) {
      draft.contact = contact(text, path).orElse(draft.contact);
      draft.place("contact", path, text);
    } else {
      LocalDate date = date(text);
      if (date == null && placeholder) {
        // a date picker still showing "Click or tap to enter a date."
        draft.report(ImportRules.TEMPLATE_TEXT, path, Map.of("quote", quote(text)));
      } else if (date == null) {
        draft.report(ImportRules.UNREADABLE_DATE, path, Map.of("quote", quote(text)));
      } else {
        draft.meetingDate = date;
        draft.place("meetingDate", path, text);
      }
    }
  }

  /**
   * A person field's text without its own label ("Name: Tom Ashby") and without the e-mail address
   * and telephone number written after the name and role ("Sam Okafor, Manager, s@x.gov.uk, 020…"),
   * which are the report's contact when the field is the contact too, or no other gives one.
   */
  private String person(String text, String path, boolean alsoContact) {
    String field = NAME_LABEL.matcher(text).replaceFirst("");
    List<String> parts = new ArrayList<>(List.of(field.split("\\s*[,;]\\s*")));
    List<String> details = new ArrayList<>();
    while (parts.size() > 1
        && CONTACT_PART.matcher(Labels.clean(parts.get(parts.size() - 1))).matches()) {
      details.add(0, parts.remove(parts.size() - 1));
    }
    if (details.isEmpty()) {
      return field;
    }
    if (alsoContact || draft.contact == null) {
      String written = String.join(", ", details);
      draft.contact = contact(written, path).orElse(draft.contact);
      draft.place("contact", path, written);
    }
    return String.join(", ", parts);
  }

  /** The text of a person field that names a role and no person, by the template's role words. */
  private Optional<String> roleOnly(String text) {
    if (template.header().roles().isEmpty()
        || text.contains(" / ")
        || SEPARATOR.matcher(text).find()) {
      return Optional.empty();
    }
    return isRole(text) ? Optional.of(text) : Optional.empty();
  }

  private boolean isRole(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    for (String word : template.header().roles()) {
      if (Pattern.compile(
              "(?<![\\p{L}\\p{N}])"
                  + Pattern.quote(Labels.clean(word).toLowerCase(Locale.ROOT))
                  + "(?![\\p{L}\\p{N}])")
          .matcher(lower)
          .find()) {
        return true;
      }
    }
    return false;
  }

  private Optional<Person> person(String text, String path) {
    int slash = text.indexOf(" / ");
    String name = Labels.clean(slash < 0 ? text : text.substring(0, slash));
    String role = slash < 0 ? "" : Labels.clean(text.substring(slash + 3));
    Matcher separator = SEPARATOR.matcher(text);
    if (slash < 0 && !template.header().roles().isEmpty() && separator.find()) {
      // "Jane Smith, Head of Commissioning", or the role first
      String before = Labels.clean(text.substring(0, separator.start()));
      String after = Labels.clean(text.substring(separator.end()));
      boolean roleFirst = isRole(before) && !isRole(after);
      name = roleFirst ? after : before;
      role = roleFirst ? before : after;
    }
    String personName = name;
    String personRole = role;
    return draft.attempt(
        path,
        text,
        () -> {
          Person.Builder person =
              Person.builder()
                  .id(PartyId.of(ReportMapper.slug(personName, "person")))
                  .name(personName);
          if (!personRole.isEmpty()) {
            person.roleTitle(personRole);
          }
          return person.build();
        });
  }

  private Optional<ContactDetails> contact(String text, String path) {
    return draft.attempt(
        path,
        text,
        () -> {
          ContactDetails.Builder details = ContactDetails.builder();
          for (String part : text.split("\\s*(?:/|;|,)\\s*")) {
            String token = Labels.clean(part);
            token = token.replaceFirst("(?i)^(?:e-?mail|tel(?:ephone)?|phone|t)(?::\\s*|\\s+)", "");
            if (token.contains("@")) {
              details.email(token);
            } else if (token.chars().anyMatch(Character::isDigit)) {
              details.telephone(
                  token); // a name or a role written beside the details is not a number
            }
          }
          return details.build();
        });
  }

  /**
   * A date as officers write it: {@code 2025-03-12}, {@code 12/03/2025}, {@code 12th March 2025}…
   */
  static @Nullable LocalDate date(String text) {
    String cleaned = ORDINAL.matcher(Labels.clean(text)).replaceAll("");
    cleaned = TIME.matcher(cleaned).replaceFirst("");
    cleaned = DATE_COMMA.matcher(cleaned).replaceAll(" ").strip();
    for (DateTimeFormatter format : DATES) {
      try {
        return LocalDate.parse(cleaned, format);
      } catch (DateTimeParseException e) {
        // the next form
      }
    }
    return null;
  }
}
