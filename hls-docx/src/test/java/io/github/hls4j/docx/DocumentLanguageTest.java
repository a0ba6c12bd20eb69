package io.github.hls4j.docx;

import static io.github.hls4j.docx.WordFile.Xml.escape;
import static io.github.hls4j.docx.WordFile.Xml.p;
import static io.github.hls4j.docx.WordFile.Xml.pOf;
import static io.github.hls4j.docx.WordFile.Xml.row;
import static io.github.hls4j.docx.WordFile.Xml.run;
import static io.github.hls4j.docx.WordFile.Xml.styled;
import static io.github.hls4j.docx.WordFile.Xml.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The language a Word report's own text is written in, as Word records it ({@link
 * DocxImport#language()}): the documents are laid out as a Welsh county council's cabinet report
 * ("Adroddiad i'r Cabinet", "Pwrpas yr Adroddiad", numbered "Argymhellion", a sign-off table) and
 * an English one, with their languages set where Word sets them: in the document defaults, in the
 * Normal style, in a character style, or run by run where an officer marks a passage.
 */
class DocumentLanguageTest {

  private static final Locale WELSH = Locale.forLanguageTag("cy-GB");
  private static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

  /** A run whose own properties give its language, as Word writes a passage marked by hand. */
  private static String runIn(String language, String text) {
    return "<w:r><w:rPr><w:lang w:val=\""
        + language
        + "\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/></w:rPr><w:t xml:space=\"preserve\">"
        + escape(text)
        + "</w:t></w:r>";
  }

  /** A run in a character style. */
  private static String runStyled(String style, String text) {
    return "<w:r><w:rPr><w:rStyle w:val=\""
        + style
        + "\"/></w:rPr><w:t xml:space=\"preserve\">"
        + escape(text)
        + "</w:t></w:r>";
  }

  /** Word's document defaults, with this language for Latin text (none when empty). */
  private static String docDefaults(String language) {
    return "<w:docDefaults><w:rPrDefault><w:rPr>"
        + "<w:rFonts w:asciiTheme=\"minorHAnsi\" w:hAnsiTheme=\"minorHAnsi\"/>"
        + "<w:sz w:val=\"24\"/>"
        + (language.isEmpty()
            ? "<w:lang w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>"
            : "<w:lang w:val=\"" + language + "\" w:eastAsia=\"en-US\" w:bidi=\"ar-SA\"/>")
        + "</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>";
  }

  /** The Normal style, the default for paragraphs, in this language (none when empty). */
  private static String normal(String language) {
    return "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
        + "<w:name w:val=\"Normal\"/>"
        + (language.isEmpty() ? "" : "<w:rPr><w:lang w:val=\"" + language + "\"/></w:rPr>")
        + "</w:style>"
        + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
        + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>";
  }

  /** A Welsh cabinet report's body, its runs carrying no language of their own. */
  private static final String WELSH_REPORT =
      styled("Heading1", "Adroddiad i'r Cabinet")
          + p("Teitl: Hybiau Lles Cymunedol")
          + p("Aelod Cabinet: Y Cynghorydd Elin Jones")
          + styled("Heading1", "Pwrpas yr Adroddiad")
          + p("Gofyn i'r Cabinet gymeradwyo dull newydd o ddarparu gwasanaethau dydd.")
          + styled("Heading1", "Argymhellion")
          + p("1. Bod y Cabinet yn cymeradwyo'r cynllun peilot am ddeuddeg mis.")
          + p("2. Bod y Cabinet yn gofyn am adroddiad ar y dysgu ym mis Mawrth 2027.")
          + table(
              row(
                  WordFile.Xml.textCell("Swyddog Monitro"),
                  WordFile.Xml.textCell("Iwan Evans"),
                  WordFile.Xml.textCell("03/02/2026")));

  /** An English cabinet report's body, its runs carrying no language of their own. */
  private static final String ENGLISH_REPORT =
      p("Report to Cabinet")
          + p("Title: Community Wellbeing Hubs")
          + p("Report of: Director of Social Services")
          + styled("Heading1", "Purpose of the Report")
          + p("To ask Cabinet to approve a new model for day opportunities.")
          + styled("Heading1", "Recommendations")
          + p("1. That Cabinet approves a pilot for twelve months.")
          + p("2. That Cabinet receives a report on what was learned in March 2027.");

  private static DocxImport read(WordFile document) {
    return DocxReader.of(ReportTemplate.somerset())
        .read(new ByteArrayInputStream(document.bytes()), "adroddiad.docx");
  }

  @Test
  void read_welshInTheDocumentDefaults_isWelsh() {
    DocxImport read =
        read(new WordFile().styles(docDefaults("cy-GB") + normal("")).add(WELSH_REPORT));

    assertThat(read.language()).contains(WELSH);
  }

  @Test
  void read_englishInTheNormalStyle_isEnglishOverTheDefaults() {
    // Word's defaults say Welsh, the council's Normal style says English: the style is nearer
    DocxImport read =
        read(new WordFile().styles(docDefaults("cy-GB") + normal("en-GB")).add(ENGLISH_REPORT));

    assertThat(read.language()).contains(ENGLISH);
  }

  @Test
  void read_welshRunsInAnEnglishTemplate_isTheLanguageOfMostOfTheText() {
    // a Welsh report typed into an English council template: every run of Welsh marked by Word's
    // proofing language, the cover line "Report to Cabinet" left in English
    String body =
        pOf(runIn("en-GB", "Report to Cabinet"))
            + pOf(runIn("cy-GB", "Pwrpas yr Adroddiad"))
            + pOf(
                runIn(
                    "cy-GB",
                    "Gofyn i'r Cabinet gymeradwyo dull newydd o ddarparu gwasanaethau dydd i"
                        + " bobl ag anableddau dysgu."))
            + pOf(runIn("cy-GB", "Bod y Cabinet yn cymeradwyo'r cynllun peilot."));

    DocxImport read = read(new WordFile().styles(docDefaults("en-GB") + normal("")).add(body));

    assertThat(read.language()).contains(WELSH);
  }

  @Test
  void read_englishReportQuotingWelsh_isEnglish() {
    // an English report that quotes the Welsh name of a scheme, marked Welsh
    String body =
        ENGLISH_REPORT
            + pOf(
                run("The scheme is known locally as "),
                runIn("cy-GB", "Cynllun Lles Cymunedol"),
                run(" and is run with the health board."));

    DocxImport read = read(new WordFile().styles(docDefaults("en-GB") + normal("")).add(body));

    assertThat(read.language()).contains(ENGLISH);
  }

  @Test
  void read_englishGbAndEnglishUs_countAsOneLanguage() {
    // more Welsh letters than either English tag alone, fewer than both together
    String welsh = "Bod y Cabinet yn cymeradwyo'r cynllun peilot am ddeuddeg mis.";
    String body =
        pOf(runIn("cy-GB", welsh))
            + pOf(runIn("en-GB", "That Cabinet approves the pilot for twelve months."))
            + pOf(runIn("en-US", "That Cabinet receives a report on the learning in March."));

    DocxImport read = read(new WordFile().add(body));

    assertThat(read.language()).contains(Locale.forLanguageTag("en-US"));
  }

  @Test
  void read_languageInACharacterStyle_isTheStyles() {
    String styles =
        docDefaults("en-GB")
            + normal("")
            + "<w:style w:type=\"character\" w:styleId=\"Cymraeg\"><w:name w:val=\"Cymraeg\"/>"
            + "<w:rPr><w:lang w:val=\"cy-GB\"/></w:rPr></w:style>";
    String body =
        pOf(
                runStyled(
                    "Cymraeg", "Gofyn i'r Cabinet gymeradwyo dull newydd o ddarparu gwasanaethau."))
            + pOf(runStyled("Cymraeg", "Bod y Cabinet yn cymeradwyo'r cynllun peilot."))
            + p("Cabinet");

    DocxImport read = read(new WordFile().styles(styles).add(body));

    assertThat(read.language()).contains(WELSH);
  }

  @Test
  void read_noLanguageAnywhere_isUnknownNotEnglish() {
    DocxImport bare = read(new WordFile().add(ENGLISH_REPORT));
    DocxImport styledWithout =
        read(new WordFile().styles(docDefaults("") + normal("")).add(ENGLISH_REPORT));

    assertThat(bare.language()).isEmpty();
    assertThat(styledWithout.language()).isEmpty();
  }

  @Test
  void read_mostTextWithNoLanguage_isUnknown() {
    // one Welsh line marked in a report that records no language for the rest
    DocxImport read =
        read(new WordFile().add(ENGLISH_REPORT + pOf(runIn("cy-GB", "Diolch yn fawr."))));

    assertThat(read.language()).isEmpty();
  }

  @Test
  void read_noLanguageMarkers_areNoLanguage() {
    // Word's "x-none" and the tags for an undetermined language, or no linguistic content
    String body =
        pOf(runIn("x-none", "Gofyn i'r Cabinet gymeradwyo dull newydd o ddarparu gwasanaethau."))
            + pOf(runIn("und", "Bod y Cabinet yn cymeradwyo'r cynllun peilot am ddeuddeg mis."))
            + pOf(runIn("zxx", "Bod y Cabinet yn gofyn am adroddiad ar y dysgu ym mis Mawrth."))
            + pOf(runIn("cy-GB", "Argymhellion"));

    DocxImport read = read(new WordFile().add(body));

    assertThat(read.language()).isEmpty();
  }

  @Test
  void read_paragraphMarkLanguage_isNotTheTexts() {
    // the paragraph mark says Welsh, the runs say nothing: a mark holds no text
    String body =
        "<w:p><w:pPr><w:rPr><w:lang w:val=\"cy-GB\"/></w:rPr></w:pPr>"
            + run("To ask Cabinet to approve a new model for day opportunities.")
            + "</w:p>";

    DocxImport read = read(new WordFile().styles(docDefaults("en-GB") + normal("")).add(body));

    assertThat(read.language()).contains(ENGLISH);
  }

  @Test
  void read_tableText_counts() {
    // the cover sheet is a table, in Welsh, the body a line of English
    String body =
        table(
                row(
                    WordFile.Xml.cell(pOf(runIn("cy-GB", "Teitl yr adroddiad"))),
                    WordFile.Xml.cell(pOf(runIn("cy-GB", "Hybiau Lles Cymunedol i Bobl Hŷn")))),
                row(
                    WordFile.Xml.cell(pOf(runIn("cy-GB", "Swyddog Arweiniol"))),
                    WordFile.Xml.cell(
                        pOf(runIn("cy-GB", "Cyfarwyddwr Gwasanaethau Cymdeithasol")))))
            + pOf(runIn("en-GB", "Cabinet"));

    assertThat(read(new WordFile().add(body)).language()).contains(WELSH);
  }

  @Test
  void new_withoutALanguage_isUnknown() {
    DocxImport read = read(new WordFile().styles(docDefaults("cy-GB")).add(WELSH_REPORT));

    DocxImport rebuilt =
        new DocxImport(
            read.report(),
            read.findings(),
            read.locations(),
            read.numbersAsWritten(),
            read.signOffLayout(),
            read.recordsAlignment());

    assertThat(read.language()).contains(WELSH);
    assertThat(rebuilt.language()).isEmpty();
    assertThat(new DocxImport(read.report(), read.findings()).language()).isEmpty();
  }
}
