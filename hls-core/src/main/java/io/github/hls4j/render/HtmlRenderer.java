package io.github.hls4j.render;

import static java.util.Objects.requireNonNull;

import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Location;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.RuleMessages;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a {@link BoardReport} as a standalone HTML page in the council template's order, with a
 * validation result beside it when given, in English or in Welsh. Every piece of text from the
 * model is escaped with Guava's {@link HtmlEscapers}; the page has no scripts, and its style sheet
 * prints well. Links are shown as text with their targets, never as live links, so that a target
 * such as {@code javascript:} can do nothing.
 *
 * <p>The page meets WCAG 2.2 AA as axe-core checks it: the page's {@code lang} is the language of
 * its words, and the report's own text carries the report's language where the two differ, as does
 * each passage it quotes from text in another language when the caller names them ({@link
 * Quotations}); the headings are in order and every table has headers.
 *
 * <p>The renderer is a pure function of its arguments and is thread-safe.
 *
 * @since 0.1.0
 */
public final class HtmlRenderer {

  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  /** The style sheet of hls4j's pages: readable, printable, with contrast of at least 4.5:1. */
  static final String STYLE =
      "body{font-family:Arial,Helvetica,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.45;color:#111;background:#fff}"
          + "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #767676;padding:.3em .5em;"
          + "vertical-align:top;text-align:left}.ERROR{color:#a00}.WARNING{color:#7a4f00}"
          + "aside{border:2px solid #555;padding:0 1em;margin:1em 0}@media print{aside{break-inside:avoid}}";

  private HtmlRenderer() {}

  /**
   * Returns the report as a standalone HTML page in English.
   *
   * @param report the report
   * @return the page
   * @since 0.1.0
   */
  public static String render(BoardReport report) {
    return render(report, Optional.empty(), Locale.ENGLISH, Locale.ENGLISH);
  }

  /**
   * Returns the report as a standalone HTML page in English with the findings of its validation
   * beside it.
   *
   * @param report the report
   * @param result what validation found
   * @return the page
   * @since 0.1.0
   */
  public static String render(BoardReport report, ValidationResult result) {
    return render(
        report, Optional.of(requireNonNull(result, "result")), Locale.ENGLISH, Locale.ENGLISH);
  }

  /**
   * Returns the report as a standalone HTML page whose headings and labels are in a language, with
   * the findings of its validation beside it, each with its place in words. The report's own text
   * is taken to be English; see {@link #render(BoardReport, ValidationResult, Locale, Locale)}.
   *
   * @param report the report
   * @param result what validation found
   * @param language the language of the page's words, such as {@code cy}
   * @return the page
   * @since 0.1.0
   */
  public static String render(BoardReport report, ValidationResult result, Locale language) {
    return render(report, Optional.of(requireNonNull(result, "result")), language, Locale.ENGLISH);
  }

  /**
   * Returns the report as a standalone HTML page whose headings and labels are in one language and
   * whose text from the report is marked as being in another, with the findings of its validation
   * beside it.
   *
   * @param report the report
   * @param result what validation found
   * @param language the language of the page's words, such as {@code cy}
   * @param reportLanguage the language the report itself is written in, such as {@code en}
   * @return the page
   * @since 0.1.0
   */
  public static String render(
      BoardReport report, ValidationResult result, Locale language, Locale reportLanguage) {
    return render(report, Optional.of(requireNonNull(result, "result")), language, reportLanguage);
  }

  /**
   * Returns the report as {@link #render(BoardReport, ValidationResult, Locale, Locale)} does, with
   * each recommendation's sources named by their names, such as "drawn from: the escalation
   * ‘Funding regime …’" ({@link SourceNames}); a source the names do not know is shown by its kind
   * and id.
   *
   * @param report the report
   * @param result what validation found
   * @param language the language of the page's words, such as {@code cy}
   * @param reportLanguage the language the report itself is written in, such as {@code en}
   * @param sources the names of the items its recommendations were drawn from
   * @return the page
   * @since 0.1.0
   */
  public static String render(
      BoardReport report,
      ValidationResult result,
      Locale language,
      Locale reportLanguage,
      SourceNames sources) {
    return render(report, result, language, reportLanguage, sources, Quotations.none());
  }

  /**
   * Returns the report as {@link #render(BoardReport, ValidationResult, Locale, Locale,
   * SourceNames)} does, with each passage the report quotes from text in another language, such as
   * a record's lesson in a paper drafted in Welsh, marked with that language wherever the language
   * around it differs.
   *
   * @param report the report
   * @param result what validation found
   * @param language the language of the page's words, such as {@code cy}
   * @param reportLanguage the language the report itself is written in, such as {@code cy}
   * @param sources the names of the items its recommendations were drawn from
   * @param quoted the passages the report quotes in another language
   * @return the page
   * @since 0.1.0
   */
  public static String render(
      BoardReport report,
      ValidationResult result,
      Locale language,
      Locale reportLanguage,
      SourceNames sources,
      Quotations quoted) {
    return render(
        report,
        Optional.of(requireNonNull(result, "result")),
        language,
        reportLanguage,
        false,
        requireNonNull(sources, "sources"),
        requireNonNull(quoted, "quoted"));
  }

  /**
   * Returns the report as a page fit to go straight into an agenda pack, in English: no findings,
   * and no references to the model's ids (a recommendation's "drawn from" sources are left out).
   * Every other part is as {@link #render(BoardReport)} writes it. The findings go on a page of
   * their own: {@link FindingsPage}.
   *
   * @param report the report
   * @return the page
   * @since 0.1.0
   */
  public static String publication(BoardReport report) {
    return publication(report, Locale.ENGLISH);
  }

  /**
   * Returns the report as a page fit to go straight into an agenda pack, with its headings and
   * labels in a language: no findings, and no references to the model's ids.
   *
   * @param report the report
   * @param language the language of the page's words, such as {@code cy}
   * @return the page
   * @since 0.1.0
   */
  public static String publication(BoardReport report, Locale language) {
    return publication(report, language, Locale.ENGLISH);
  }

  /**
   * Returns the report as a page fit to go straight into an agenda pack, as {@link
   * #publication(BoardReport, Locale)} does, with the report's own text marked as being in a
   * language, such as a learning digest drafted in Welsh.
   *
   * @param report the report
   * @param language the language of the page's words, such as {@code cy}
   * @param reportLanguage the language the report itself is written in, such as {@code cy}
   * @return the page
   * @since 0.1.0
   */
  public static String publication(BoardReport report, Locale language, Locale reportLanguage) {
    return publication(report, language, reportLanguage, Quotations.none());
  }

  /**
   * Returns the report as a page fit to go straight into an agenda pack, as {@link
   * #publication(BoardReport, Locale, Locale)} does, with each passage the report quotes from text
   * in another language marked with that language wherever the language around it differs: a
   * learning digest drafted in Welsh quotes the system's English records.
   *
   * <pre>{@code
   * Locale welsh = Locale.forLanguageTag("cy");
   * String page = HtmlRenderer.publication(digest.draft(welsh), welsh, welsh, digest.quotations());
   * }</pre>
   *
   * @param report the report
   * @param language the language of the page's words, such as {@code cy}
   * @param reportLanguage the language the report itself is written in, such as {@code cy}
   * @param quoted the passages the report quotes in another language
   * @return the page
   * @since 0.1.0
   */
  public static String publication(
      BoardReport report, Locale language, Locale reportLanguage, Quotations quoted) {
    return render(
        report,
        Optional.empty(),
        language,
        reportLanguage,
        true,
        SourceNames.none(),
        requireNonNull(quoted, "quoted"));
  }

  /**
   * Returns two drafts of one paper side by side, as Welsh public bodies publish bilingual papers:
   * each part of the first (its header, summary, recommendations, each section) beside the same
   * part of the second, every column marked with its language, fit to go into an agenda pack as
   * {@link #publication(BoardReport, Locale, Locale)} is. The page's own language is the first's:
   * put Welsh first, on the left, as the Welsh Language Standards' practice has it.
   *
   * <pre>{@code
   * Locale welsh = Locale.forLanguageTag("cy");
   * String page = HtmlRenderer.bilingual(digest.draft(welsh), welsh, digest.draft(Locale.ENGLISH), Locale.ENGLISH);
   * }</pre>
   *
   * @param first the paper in its first language, such as a learning digest drafted in Welsh
   * @param firstLanguage the first paper's language, of its words and its text
   * @param second the same paper in its second language
   * @param secondLanguage the second paper's language
   * @return the page
   * @since 0.1.0
   */
  public static String bilingual(
      BoardReport first, Locale firstLanguage, BoardReport second, Locale secondLanguage) {
    return bilingual(first, firstLanguage, second, secondLanguage, Quotations.none());
  }

  /**
   * Returns two drafts of one paper side by side, as {@link #bilingual(BoardReport, Locale,
   * BoardReport, Locale)} does, with each passage the papers quote from text in another language
   * marked with that language in the column whose language differs: the English records a learning
   * digest quotes are marked {@code lang="en"} in the Welsh column, and not in the English one.
   *
   * <pre>{@code
   * String page =
   *     HtmlRenderer.bilingual(
   *         digest.draft(welsh), welsh, digest.draft(Locale.ENGLISH), Locale.ENGLISH, digest.quotations());
   * }</pre>
   *
   * @param first the paper in its first language, such as a learning digest drafted in Welsh
   * @param firstLanguage the first paper's language, of its words and its text
   * @param second the same paper in its second language
   * @param secondLanguage the second paper's language
   * @param quoted the passages the papers quote in another language
   * @return the page
   * @since 0.1.0
   */
  public static String bilingual(
      BoardReport first,
      Locale firstLanguage,
      BoardReport second,
      Locale secondLanguage,
      Quotations quoted) {
    requireNonNull(quoted, "quoted");
    requireNonNull(first, "first");
    requireNonNull(second, "second");
    Phrasebook firstWords = Words.of(requireNonNull(firstLanguage, "firstLanguage"));
    Phrasebook secondWords = Words.of(requireNonNull(secondLanguage, "secondLanguage"));
    List<String> left =
        parts(
            render(
                first,
                Optional.empty(),
                firstLanguage,
                firstLanguage,
                true,
                SourceNames.none(),
                quoted));
    List<String> right =
        parts(
            render(
                second,
                Optional.empty(),
                secondLanguage,
                secondLanguage,
                true,
                SourceNames.none(),
                quoted));
    StringBuilder out = new StringBuilder(32_768);
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(htmlLang(firstWords))
        .append(
            "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(HTML.escape(Printable.oneLine(first.title() + " / " + second.title())))
        .append("</title>\n<style>")
        .append(STYLE)
        .append(
            "body{max-width:100em}.pair{display:grid;grid-template-columns:1fr 1fr;gap:2em;border-top:1px solid #767676}"
                + "@media (max-width:50em){.pair{grid-template-columns:1fr}}")
        .append("</style>\n</head>\n<body>\n<main>\n");
    int parts = Math.max(left.size(), right.size());
    for (int i = 0; i < parts; i++) {
      out.append("<div class=\"pair\">\n<div lang=\"")
          .append(htmlLang(firstWords))
          .append("\">\n")
          .append(i < left.size() ? left.get(i) : "")
          .append("</div>\n<div lang=\"")
          .append(htmlLang(secondWords))
          .append("\">\n")
          .append(i < right.size() ? right.get(i) : "")
          .append("</div>\n</div>\n");
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  /**
   * A page's main content in parts, each beginning at a heading of the second level (the first part
   * holds the title).
   */
  private static List<String> parts(String page) {
    String main =
        page.substring(page.indexOf("<main>\n") + "<main>\n".length(), page.lastIndexOf("</main>"));
    List<String> parts = new ArrayList<>();
    int start = 0;
    int next;
    while ((next = main.indexOf("\n<h2>", start)) >= 0) {
      parts.add(main.substring(start, next + 1));
      start = next + 1;
    }
    parts.add(main.substring(start));
    return parts;
  }

  private static String render(
      BoardReport report,
      Optional<ValidationResult> result,
      Locale language,
      Locale reportLanguage) {
    return render(
        report, result, language, reportLanguage, false, SourceNames.none(), Quotations.none());
  }

  private static String render(
      BoardReport report,
      Optional<ValidationResult> result,
      Locale language,
      Locale reportLanguage,
      boolean publication,
      SourceNames sources,
      Quotations quoted) {
    requireNonNull(report, "report");
    Page page =
        new Page(
            Words.of(requireNonNull(language, "language")),
            requireNonNull(reportLanguage, "reportLanguage"),
            quoted);
    Phrasebook w = page.words;
    StringBuilder out = new StringBuilder(16_384);
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(htmlLang(w))
        .append(
            "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(HTML.escape(Printable.oneLine(report.title())))
        .append("</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(page.t(report.title()))
        .append("</h1>\n");
    result.ifPresent(r -> findings(report, r, page, out));
    ReportBody.write(report, page, publication, sources, out);
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  private static void findings(
      BoardReport report, ValidationResult result, Page page, StringBuilder out) {
    Phrasebook w = page.words;
    Phrasebook messages = RuleMessages.phrasebook(w.locale());
    Places places = Places.of(w);
    out.append("<aside aria-labelledby=\"findings\">\n<h2 id=\"findings\">")
        .append(e(w.phrase("findings.validation")))
        .append("</h2>\n<p>")
        .append(e(FindingsText.counts(result, w)))
        .append("</p>\n");
    if (!result.isEmpty()) {
      boolean located = result.violations().stream().anyMatch(v -> v.location().isPresent());
      out.append("<table>\n<tr><th scope=\"col\">")
          .append(e(w.phrase("findings.severity")))
          .append("</th><th scope=\"col\">")
          .append(e(w.phrase("findings.rule")))
          .append("</th><th scope=\"col\">")
          .append(e(w.phrase("findings.where")))
          .append("</th>")
          .append(located ? "<th scope=\"col\">" + e(w.phrase("findings.quote")) + "</th>" : "")
          .append("<th scope=\"col\">")
          .append(e(w.phrase("findings.finding")))
          .append("</th></tr>\n");
      for (Violation v : result.violations()) {
        String place = v.place().orElseGet(() -> places.describe(report, v.path()));
        out.append("<tr class=\"")
            .append(v.severity().name())
            .append("\"><td>")
            .append(e(w.phrase(Phrasebook.key("severity", v.severity().name()))))
            .append("</td><td>")
            .append(e(v.rule().toString()))
            .append("</td><td>")
            .append(page.w(place))
            .append(v.path().isEmpty() ? "" : " <code>" + e(v.path()) + "</code>");
        if (located) {
          out.append("</td><td>")
              .append(v.location().map(at -> location(at, places, page)).orElse(""));
        }
        out.append("</td><td>").append(message(v, messages, page)).append("</td></tr>\n");
      }
      out.append("</table>\n");
    }
    out.append("</aside>\n");
  }

  /**
   * A finding's message on a page: the rule's words in the page's language, and the document's own
   * text it quotes (an argument no phrase translates, such as a title or a date field's text)
   * marked with the document's language where the page's differs.
   */
  static String message(Violation v, Phrasebook messages, Page page) {
    if (!page.otherLanguage || v.arguments().isEmpty()) {
      return page.w(RuleMessages.message(v, messages));
    }
    String template = messages.find(v.messageKey()).orElse(v.messageTemplate());
    Map<String, String> marks = new java.util.LinkedHashMap<>();
    List<String> html = new ArrayList<>();
    for (Map.Entry<String, String> argument : v.arguments().entrySet()) {
      String name = argument.getKey();
      String words =
          RuleMessages.message(v, messages.with(Map.of(v.messageKey(), "{" + name + "}")));
      boolean quoted = words.equals(argument.getValue()) && !words.matches("[\\d\\s.,%£-]*");
      marks.put(name, "\uE000" + html.size() + "\uE001");
      html.add(quoted ? page.t(words) : page.w(words));
    }
    String out = HTML.escape(Phrasebook.fill(template, marks));
    for (int i = 0; i < html.size(); i++) {
      out = out.replace("\uE000" + i + "\uE001", html.get(i));
    }
    return out;
  }

  /**
   * Where a finding was in the document: the place in the page's words, and the document's text
   * there.
   */
  static String location(Location at, Places places, Page page) {
    return e(places.describe(Location.of(at.pointer(), at.description(), "")))
        + (at.quote().isEmpty() ? "" : " <q>" + page.t(at.quote()) + "</q>");
  }

  /** The page's {@code lang}: British English for English, as UK councils write it. */
  static String htmlLang(Phrasebook words) {
    return words.locale().getLanguage().equals("en") ? "en-GB" : words.languageTag();
  }

  /** Escapes text for HTML, after making control characters visible. */
  static String e(String text) {
    return HTML.escape(Printable.visible(text, true));
  }

  /**
   * A page's words, the language of the text it quotes from a document, and the passages that text
   * quotes in another language.
   */
  static final class Page {
    final Phrasebook words;
    private final String documentLanguage;
    private final String pageLanguage;
    private final Quotations quoted;
    private final String quotedLanguage;
    final boolean otherLanguage;

    Page(Phrasebook words, Locale documentLanguage) {
      this(words, documentLanguage, Quotations.none());
    }

    Page(Phrasebook words, Locale documentLanguage, Quotations quoted) {
      this.words = words;
      this.documentLanguage = language(documentLanguage);
      this.pageLanguage = language(words.locale());
      this.otherLanguage = !this.documentLanguage.equals(pageLanguage);
      this.quoted = quoted;
      this.quotedLanguage = language(quoted.language());
    }

    private static String language(Locale locale) {
      return locale.getLanguage().isEmpty() ? "en" : locale.getLanguage();
    }

    /**
     * The document's own text, escaped, marked with its language where the page's differs, and each
     * passage it quotes in another language marked with that language.
     */
    String t(String text) {
      String marked = marked(text, documentLanguage);
      return otherLanguage && !marked.isBlank() ? span(documentLanguage, marked) : marked;
    }

    /**
     * Text in the page's own words, such as "the escalation ‘…’", escaped, with each passage it
     * quotes in another language marked with that language.
     */
    String w(String text) {
      return marked(text, pageLanguage);
    }

    /** The text escaped, with the quoted passages marked unless they are in {@code around}. */
    private String marked(String text, String around) {
      if (quoted.isEmpty() || quotedLanguage.equals(around)) {
        return e(text);
      }
      StringBuilder out = new StringBuilder(text.length() + 32);
      for (Quotations.Run run : quoted.runs(text)) {
        out.append(run.quoted() ? span(quotedLanguage, e(run.text())) : e(run.text()));
      }
      return out.toString();
    }

    private static String span(String language, String html) {
      return "<span lang=\"" + language + "\">" + html + "</span>";
    }

    /** A date as the page's language writes it, such as 15 January 2025 or 15 Ionawr 2025. */
    String date(java.time.LocalDate date) {
      return Dates.longDate(date, words.locale());
    }
  }
}
