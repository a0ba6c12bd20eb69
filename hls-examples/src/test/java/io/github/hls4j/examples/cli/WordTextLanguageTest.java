package io.github.hls4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Word report's own language, as Word records it, is the language of its text on the pages {@code
 * hls render} and {@code hls validate} write, unless {@code --text-lang} says otherwise.
 */
class WordTextLanguageTest {

  @TempDir Path dir;

  /** The Somerset report in Word, its document defaults saying its text is in {@code language}. */
  private Path somersetIn(String language) throws IOException {
    Path copy = dir.resolve("somerset-" + language + ".docx");
    try (InputStream in = Files.newInputStream(HlsTest.SOMERSET_DOCX);
        XWPFDocument word = new XWPFDocument(in);
        OutputStream out = Files.newOutputStream(copy)) {
      XWPFStyles styles = word.getStyles() == null ? word.createStyles() : word.getStyles();
      styles.setSpellingLanguage(language);
      word.write(out);
    }
    return copy;
  }

  private static Document page(Run run) {
    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    return Jsoup.parse(run.out());
  }

  @Test
  void render_welshDocument_onAnEnglishPage_marksItsTextWelsh() throws IOException {
    Document page =
        page(Run.hls("render", "--format", "html", "--lang", "en", somersetIn("cy-GB").toString()));

    assertThat(page.selectFirst("h1").select("[lang=cy]")).isNotEmpty();
    assertThat(page.body().select("[lang=en]")).isEmpty();
  }

  @Test
  void render_welshDocument_onAWelshPage_marksNothing() throws IOException {
    Document page =
        page(Run.hls("render", "--format", "html", "--lang", "cy", somersetIn("cy-GB").toString()));

    assertThat(page.body().select("[lang]")).isEmpty();
  }

  @Test
  void render_welshDocumentAndTextLangEn_theOptionWins() throws IOException {
    Document page =
        page(
            Run.hls(
                "render",
                "--format",
                "html",
                "--lang",
                "en",
                "--text-lang",
                "en",
                somersetIn("cy-GB").toString()));

    assertThat(page.body().select("[lang]")).isEmpty();
  }

  @Test
  void render_englishDocument_onAWelshPage_marksItsTextEnglish() throws IOException {
    Document page =
        page(Run.hls("render", "--format", "html", "--lang", "cy", somersetIn("en-GB").toString()));

    assertThat(page.selectFirst("h1").select("[lang=en]")).isNotEmpty();
    assertThat(page.body().select("[lang=cy]")).isEmpty();
  }

  @Test
  void render_documentWithNoLanguage_isTakenAsEnglish() {
    // the Somerset report records no language: the command's default, English, stands
    Document page =
        page(
            Run.hls(
                "render", "--format", "html", "--lang", "cy", HlsTest.SOMERSET_DOCX.toString()));

    assertThat(page.selectFirst("h1").select("[lang=en]")).isNotEmpty();
  }

  @Test
  void validate_html_eachDocumentInItsOwnLanguage() throws IOException {
    Path welsh = somersetIn("cy-GB");
    Path english = somersetIn("en-GB");
    Path pages = Files.createDirectory(dir.resolve("pages"));

    Run run =
        Run.hls(
            "validate",
            "--format",
            "html",
            "--lang",
            "en",
            "-o",
            pages.toString(),
            welsh.toString(),
            english.toString());

    assertThat(run.exit()).as(run.err()).isIn(0, 1);
    Document welshPage =
        Jsoup.parse(Files.readString(pages.resolve("somerset-cy-GB.findings.html")));
    Document englishPage =
        Jsoup.parse(Files.readString(pages.resolve("somerset-en-GB.findings.html")));
    assertThat(welshPage.body().select("span[lang=cy]")).isNotEmpty();
    assertThat(englishPage.body().select("[lang=cy]")).isEmpty();
  }
}
