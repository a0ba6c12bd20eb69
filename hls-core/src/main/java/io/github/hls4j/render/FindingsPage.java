package io.github.hls4j.render;

import static io.github.hls4j.render.HtmlRenderer.e;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.LinkedHashMultimap;
import com.google.common.collect.Multimap;
import com.google.common.html.HtmlEscapers;
import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleMessages;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a findings page for the officers who put a report right: one standalone HTML page per
 * report, the findings grouped by where they are in the report (in the template's order), each with
 * its place in words, the document's own text there where it is text, what to do about it and a
 * link to the rule's explanation in {@code docs/rules.md}; in English or in Welsh.
 *
 * <pre>{@code
 * String page = FindingsPage.render(report, report.title(), result, Profile.DECISION_READY,
 *     Locale.forLanguageTag("cy"));
 * }</pre>
 *
 * <p>The page has no scripts and meets WCAG 2.2 AA as axe-core checks it. The renderer is a pure
 * function of its arguments and is thread-safe.
 *
 * @since 0.1.0
 */
public final class FindingsPage {

  /** Where each rule is explained: {@code docs/rules.md} of hls4j, by the rule's anchor. */
  public static final String RULES_PAGE = "https://github.com/hls4j/hls4j/blob/main/docs/rules.md";

  /** The parts of a board report in the council template's order: the order of the groups. */
  private static final List<String> ORDER =
      ImmutableList.of(
          "",
          "title",
          "board",
          "meetingDate",
          "leadOfficer",
          "author",
          "contact",
          "summary",
          "recommendationsPreamble",
          "recommendations",
          "reasons",
          "strategyAlignments",
          "implications",
          "equalities",
          "riskAssessment",
          "sections",
          "backgroundPapers",
          "signOffs");

  private FindingsPage() {}

  /**
   * Returns the findings page of a subject whose own text is in English.
   *
   * @param subject the validated subject, such as a board report
   * @param title the subject's title, for the page's heading
   * @param result what validation found
   * @param profile the profile the subject was validated at
   * @param language the language of the page, such as {@code cy}
   * @return the page
   * @since 0.1.0
   */
  public static String render(
      Object subject, String title, ValidationResult result, Profile profile, Locale language) {
    return render(
        subject,
        title,
        result,
        profile,
        Words.of(language),
        RuleMessages.phrasebook(language),
        Locale.ENGLISH);
  }

  /**
   * Returns the findings page with the given words and messages (such as a council's own), marking
   * the text quoted from the subject as being in {@code documentLanguage}.
   *
   * @param subject the validated subject
   * @param title the subject's title
   * @param result what validation found
   * @param profile the profile the subject was validated at
   * @param words the page's words ({@link Words#of(Locale)})
   * @param messages the rules' messages and advice ({@link RuleMessages#phrasebook(Locale)})
   * @param documentLanguage the language the subject itself is written in
   * @return the page
   * @since 0.1.0
   */
  public static String render(
      Object subject,
      String title,
      ValidationResult result,
      Profile profile,
      Phrasebook words,
      Phrasebook messages,
      Locale documentLanguage) {
    requireNonNull(subject, "subject");
    requireNonNull(title, "title");
    requireNonNull(result, "result");
    requireNonNull(profile, "profile");
    HtmlRenderer.Page page =
        new HtmlRenderer.Page(
            requireNonNull(words, "words"), requireNonNull(documentLanguage, "documentLanguage"));
    Places places = Places.of(words);
    String heading =
        HtmlEscapers.htmlEscaper()
            .escape(words.format("findings.title", Map.of("title", "\u0000")))
            .replace("\u0000", page.t(title));
    StringBuilder out = new StringBuilder(8_192);
    out.append("<!DOCTYPE html>\n<html lang=\"")
        .append(HtmlRenderer.htmlLang(words))
        .append(
            "\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(e(Printable.oneLine(words.format("findings.title", Map.of("title", title)))))
        .append("</title>\n<style>")
        .append(HtmlRenderer.STYLE)
        .append(
            "section.finding{border-left:4px solid #555;padding:0 1em;margin:1em 0}dt{font-weight:bold}")
        .append("</style>\n</head>\n<body>\n<main>\n<h1>")
        .append(heading)
        .append("</h1>\n<p>")
        .append(
            e(
                words.format(
                    "findings.intro",
                    Map.of(
                        "profile",
                        words
                            .find(Phrasebook.key("profile", profile.name()))
                            .orElse(profile.name())))))
        .append("</p>\n<p>")
        .append(e(FindingsText.counts(result, words)))
        .append("</p>\n");
    if (result.isEmpty()) {
      out.append("<p>").append(e(words.phrase("findings.none"))).append("</p>\n");
    }
    Multimap<String, Violation> groups = LinkedHashMultimap.create();
    List<Violation> ordered = new ArrayList<>(result.violations());
    ordered.sort(
        Comparator.comparingInt((Violation v) -> order(v.path()))
            .thenComparing(v -> group(v.path())));
    ordered.forEach(v -> groups.put(group(v.path()), v));
    int findingNumber = 0;
    for (String group : groups.keySet()) {
      out.append("<section>\n<h2>")
          .append(e(groupHeading(subject, group, places, words)))
          .append("</h2>\n");
      for (Violation v : groups.get(group)) {
        findingNumber++;
        String place = v.place().orElseGet(() -> places.describe(subject, v.path()));
        out.append("<section class=\"finding ")
            .append(v.severity().name())
            .append("\" aria-labelledby=\"f")
            .append(findingNumber)
            .append("\">\n<h3 id=\"f")
            .append(findingNumber)
            .append("\">")
            .append(e(place))
            .append("</h3>\n<dl>\n");
        item(
            out,
            words.phrase("findings.severity"),
            "<span class=\""
                + v.severity().name()
                + "\">"
                + e(words.phrase(Phrasebook.key("severity", v.severity().name())))
                + "</span>");
        item(out, words.phrase("findings.finding"), HtmlRenderer.message(v, messages, page));
        if (v.location().isPresent()) {
          item(
              out,
              words.phrase("findings.quote"),
              HtmlRenderer.location(v.location().get(), places, page));
        } else {
          Places.quote(subject, v.path())
              .ifPresent(
                  q -> item(out, words.phrase("findings.quote"), "<q>" + page.t(q) + "</q>"));
        }
        item(
            out,
            words.phrase("findings.fix"),
            e(
                messages
                    .find(Phrasebook.key("fix", v.rule()))
                    .orElseGet(() -> messages.find("fix.default").orElse(""))));
        item(
            out,
            words.phrase("findings.rule"),
            "<a href=\""
                + e(RULES_PAGE + "#" + anchor(v.rule().toString()))
                + "\">"
                + e(words.format("findings.explain", Map.of("rule", v.rule().toString())))
                + "</a>");
        if (!v.path().isEmpty()) {
          item(out, words.phrase("findings.path"), "<code>" + e(v.path()) + "</code>");
        }
        out.append("</dl>\n</section>\n");
      }
      out.append("</section>\n");
    }
    return out.append("</main>\n</body>\n</html>\n").toString();
  }

  /**
   * Returns the anchor of a rule's explanation in {@code docs/rules.md}: its heading's id as GitHub
   * makes it, the id without its slash, such as {@code governancesignoff-undated}.
   *
   * @param rule the rule's id
   * @return the anchor
   * @since 0.1.0
   */
  public static String anchor(String rule) {
    return rule.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "");
  }

  private static void item(StringBuilder out, String term, String html) {
    out.append("<dt>").append(e(term)).append("</dt><dd>").append(html).append("</dd>\n");
  }

  /** The group of a path: its first property, or the section it is in. */
  private static String group(String path) {
    int dot = path.indexOf('.');
    String first = dot < 0 ? path : path.substring(0, dot);
    return first.startsWith("sections[") ? first : first.replaceAll("\\[\\d+]$", "");
  }

  private static int order(String path) {
    String group = group(path);
    String property = group.replaceAll("\\[\\d+]$", "");
    int at = ORDER.indexOf(property);
    return at < 0 ? ORDER.size() : at;
  }

  private static String groupHeading(
      Object subject, String group, Places places, Phrasebook words) {
    if (group.isEmpty() || group.contains("[")) {
      return places.describe(subject, group);
    }
    return words.find(Phrasebook.key("place", group)).orElse(group);
  }
}
