package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.hls4j.digest.LearningDigest;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.testing.FreeTextPlanter;
import io.github.hls4j.testing.SystemGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * Identifiers and a resident's name planted in every free text of generated systems never reach the
 * learning digest as JSON or Word (the Markdown and HTML forms are checked in hls-core).
 */
class DigestPrivacyPropertiesTest {

  private static final int EXAMPLES = Integer.getInteger("hls4j.examples", 20);
  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);
  private static final HlsJson JSON = HlsJson.create();
  private static final Person OFFICER =
      Person.builder().id(PartyId.of("officer")).name("Olu Officer").build();
  private static final Person RESIDENT =
      Person.builder().id(PartyId.of("resident")).name("Mary Ellis").memberOfPublic(true).build();

  /** An identifier of one of six kinds, as people write it, told apart by {@code n}. */
  private static String identifier(int kind, int n) {
    return switch (kind) {
      case 0 -> nhsNumber(n);
      case 1 -> "resident" + n + "@example.org";
      case 2 -> String.format(Locale.ROOT, "01632 %06d", 960000 + n % 1000);
      case 3 ->
          String.format(
              Locale.ROOT, "AB %02d %02d %02d C", n % 100, n / 100 % 100, n / 10000 % 100);
      case 4 -> "TA" + (1 + n % 9) + " 4DY";
      default -> "born 3 March 19" + (40 + n % 50);
    };
  }

  /**
   * A valid NHS number, spaced 3-3-4: nine digits from {@code n} and their Modulus 11 check digit.
   */
  private static String nhsNumber(int n) {
    for (long k = 0; ; k++) {
      String nine =
          String.format(
              Locale.ROOT, "%09d", Math.floorMod(n * 7919L + 400_000_000L + k, 1_000_000_000L));
      int sum = 0;
      for (int i = 0; i < 9; i++) {
        sum += (nine.charAt(i) - '0') * (10 - i);
      }
      int check = (11 - sum % 11) % 11;
      if (check != 10) {
        String ten = nine + check;
        return ten.substring(0, 3) + " " + ten.substring(3, 6) + " " + ten.substring(6);
      }
    }
  }

  private static String wordText(BoardReport paper) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DocxWriter.of(RoundTripPropertiesTest.templateFor(paper)).write(paper, bytes);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()));
        XWPFWordExtractor text = new XWPFWordExtractor(document)) {
      return text.getText();
    }
  }

  @Test
  void digest_asJsonAndWord_printsNoIdentifierOrResidentsName_plantedInAnyFreeText() {
    qt().withExamples(EXAMPLES)
        .forAll(longs().all(), integers().between(8, 30), integers().between(0, 5))
        .checkAssert(
            (seed, size, kind) -> {
              LearningSystem generated =
                  SystemGenerator.validSystem(new SplittableRandom(seed), size, TODAY);
              List<String> planted = new ArrayList<>();
              LearningSystem system =
                  FreeTextPlanter.plant(
                      LearningSystem.builder().from(generated).addParties(RESIDENT).build(),
                      path -> {
                        String identifier = identifier(kind, planted.size());
                        planted.add(identifier);
                        return "PLANTED " + identifier + " for Mary Ellis";
                      });
              BoardReport paper =
                  LearningDigest.builder(system, BoardId.of("board"))
                      .since(TODAY.minusDays(60))
                      .until(TODAY)
                      .leadOfficer(OFFICER)
                      .build()
                      .draft();

              String json = JSON.write(paper);
              String word;
              try {
                word = wordText(paper);
              } catch (Exception e) {
                throw new AssertionError(e);
              }

              assertThat(planted).isNotEmpty();
              for (String shown : List.of(json, word)) {
                assertThat(shown).contains("PLANTED").doesNotContain("Mary Ellis");
                for (String identifier : planted) {
                  assertThat(shown).doesNotContain(identifier);
                }
              }
            });
  }
}
