package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.examples.SomersetLearning;
import io.github.hls4j.learning.Escalation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * WCAG 2.2 success criterion 3.1.2, Language of Parts, on the pages {@code hls} writes for the
 * example data: each passage in a language other than the one around it carries a {@code lang}, and
 * hls4j's own words carry none that is wrong. The pages are parsed as HTML, and a text's language
 * is that of its nearest element with a {@code lang}.
 */
class LanguageOfPartsTest {

  /** Welsh words of the digest's paper that quote no record: they must be read as Welsh. */
  private static final List<String> WELSH_WORDS =
      List.of("Dysgwyd", "a godwyd gan", "rhwystr", "yn ddyledus", "Crynodeb", "Argymhellion");

  @TempDir static Path dir;

  @BeforeAll
  static void examples() throws IOException {
    for (String name :
        List.of(
            "somerset", "somerset-learning", "somerset-health-autumn", "somerset-health-spring")) {
      Run example = Run.hls("example", name);
      assertThat(example.exit()).as(name).isZero();
      Files.writeString(dir.resolve(name + ".json"), example.out(), StandardCharsets.UTF_8);
    }
  }

  private static Run digest(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "digest",
                dir.resolve("somerset-learning.json").toString(),
                "--board",
                "somerset-board",
                "--since",
                "2024-01-01",
                "--until",
                "2025-12-31",
                "--health",
                dir.resolve("somerset-health-autumn.json").toString(),
                "--health",
                dir.resolve("somerset-health-spring.json").toString()));
    args.addAll(List.of(more));
    Run run = Run.hls(args.toArray(String[]::new));
    assertThat(run.exit()).as(run.err()).isZero();
    return run;
  }

  /** The barriers the Somerset example escalated, as its records write them. */
  private static List<String> barriers() {
    return SomersetLearning.system().escalations().stream()
        .map(Escalation::barrier)
        .map(b -> b.description())
        .toList();
  }

  /** The language of a node: the {@code lang} of its nearest element that has one. */
  private static String lang(Node node) {
    for (Node n = node; n != null; n = n.parent()) {
      if (n instanceof Element e && e.hasAttr("lang")) {
        return e.attr("lang");
      }
    }
    return "";
  }

  /** Every text node under {@code root} whose text holds {@code words}. */
  private static List<TextNode> texts(Element root, String words) {
    List<TextNode> found = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t && t.text().contains(words)) {
            found.add(t);
          }
        },
        root);
    return found;
  }

  /** The barriers that the page quotes, each found in some text of it. */
  private static List<String> quotedBarriers(Element root) {
    return barriers().stream().filter(b -> !texts(root, b).isEmpty()).toList();
  }

  @Test
  void digest_welshPage_marksEachQuotedBarrierEnglish_andNoWelshWordEnglish() {
    Document page = Jsoup.parse(digest("--lang", "cy", "--format", "html").out());

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
    List<String> quoted = quotedBarriers(page.body());
    assertThat(quoted).hasSizeGreaterThanOrEqualTo(4);
    for (String barrier : quoted) {
      assertThat(texts(page.body(), barrier))
          .as("the barrier “%s”", barrier)
          .allSatisfy(t -> assertThat(lang(t)).isEqualTo("en"))
          .allSatisfy(t -> assertThat(t.text().strip()).isEqualTo(barrier));
    }
    for (String welsh : WELSH_WORDS) {
      assertThat(texts(page.body(), welsh))
          .as("the Welsh words “%s”", welsh)
          .isNotEmpty()
          .allSatisfy(t -> assertThat(lang(t)).isEqualTo("cy"));
    }
    assertThat(page.select("h2"))
        .as("hls4j's own headings")
        .allSatisfy(h -> assertThat(lang(h)).isEqualTo("cy"));
  }

  @Test
  void digest_welshPage_marksTheRecordsLessonsAndTheStrategiesEnglish() {
    Document page = Jsoup.parse(digest("--lang", "cy", "--format", "html").out());

    for (String quoted :
        List.of(
            "Let young people shape their own transitions",
            "The partnership won the MJ Award for Innovation in Partnerships",
            "The Improving Lives in Somerset Strategy",
            "Relevant Senior Manager / Lead Officer (Director Level)")) {
      assertThat(texts(page.body(), quoted))
          .as(quoted)
          .isNotEmpty()
          .allSatisfy(t -> assertThat(lang(t)).isEqualTo("en"));
    }
    // a cycle's name is a proper name: left as the paragraph's language
    assertThat(texts(page.body(), "Housing and health practice"))
        .isNotEmpty()
        .anySatisfy(t -> assertThat(lang(t)).isEqualTo("cy"));
  }

  @Test
  void digest_bilingualPage_marksQuotedBarriersEnglishInTheWelshColumnOnly() {
    Document page = Jsoup.parse(digest("--format", "html", "--bilingual").out());

    List<Element> welsh = page.select("div.pair > div[lang=cy]");
    List<Element> english = page.select("div.pair > div[lang=en-GB]");
    assertThat(welsh).isNotEmpty();
    assertThat(english).isNotEmpty();
    Element welshColumn = new Element("div");
    welsh.forEach(d -> welshColumn.appendChild(d.clone()));
    List<String> quoted = quotedBarriers(welshColumn);
    assertThat(quoted).hasSizeGreaterThanOrEqualTo(4);
    for (Element column : welsh) {
      for (String barrier : quoted) {
        assertThat(texts(column, barrier))
            .as("the barrier “%s” in the Welsh column", barrier)
            .allSatisfy(t -> assertThat(lang(t)).isEqualTo("en"));
      }
      assertThat(texts(column, "rhwystr")).allSatisfy(t -> assertThat(lang(t)).isEqualTo("cy"));
    }
    for (Element column : english) {
      assertThat(column.select("[lang]")).as("marks inside the English column").hasSize(1);
    }
  }

  @Test
  void digest_englishPage_marksNothing() {
    Document page = Jsoup.parse(digest("--lang", "en", "--format", "html").out());

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    assertThat(page.body().select("[lang]")).isEmpty();
    assertThat(quotedBarriers(page.body())).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void digest_welshMarkdown_quotesTheRecordsWithNoMarkup() {
    String markdown = digest("--lang", "cy").out();

    assertThat(markdown).doesNotContain("<span", "lang=");
    assertThat(barriers()).anySatisfy(b -> assertThat(markdown).contains("“" + b + "”"));
  }

  @Test
  void digest_recordsInWelsh_onAWelshPage_marksNothing() {
    Document page =
        Jsoup.parse(digest("--lang", "cy", "--text-lang", "cy", "--format", "html").out());

    assertThat(page.body().select("[lang]")).isEmpty();
  }

  @Test
  void render_textLangCy_onAnEnglishPage_marksTheReportsTextWelsh() {
    Run run =
        Run.hls(
            "render",
            "--format",
            "html",
            "--text-lang",
            "cy",
            dir.resolve("somerset.json").toString());

    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    Document page = Jsoup.parse(run.out());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    assertThat(texts(page.selectFirst("h1"), ""))
        .isNotEmpty()
        .allSatisfy(t -> assertThat(lang(t)).isEqualTo("cy"));
    assertThat(page.select("h2")).allSatisfy(h -> assertThat(lang(h)).isEqualTo("en-GB"));
    assertThat(page.body().select("[lang=en]")).isEmpty();
  }

  @Test
  void render_textLangCy_onAWelshPage_marksNothing() {
    Run run =
        Run.hls(
            "render",
            "--format",
            "html",
            "--lang",
            "cy",
            "--text-lang",
            "cy",
            dir.resolve("somerset.json").toString());

    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    assertThat(Jsoup.parse(run.out()).body().select("[lang]")).isEmpty();
  }

  @Test
  void validate_htmlTextLangCy_marksTheQuotedTextWelsh() {
    Run run =
        Run.hls(
            "validate",
            "--format",
            "html",
            "--text-lang",
            "cy",
            dir.resolve("somerset.json").toString());

    Document page = Jsoup.parse(run.out());
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en-GB");
    assertThat(page.body().select("span[lang=cy]")).isNotEmpty();
    assertThat(page.body().select("[lang=en]")).isEmpty();
  }

  @Test
  void textLang_notALanguageTag_isAUsageErrorNamingTheOption() {
    Run run =
        Run.hls("render", "--text-lang", "not_a-tag!", dir.resolve("somerset.json").toString());

    assertThat(run.exit()).isEqualTo(ExitCode.USAGE.code());
    assertThat(run.err()).contains("--text-lang", "not_a-tag!");
  }
}
