package io.github.hls4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NamesTest {

  /** The fold spelled out in full, with no short cut for ASCII. */
  private static String foldedInFull(String name) {
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKC)
            .toUpperCase(Locale.ROOT)
            .toLowerCase(Locale.ROOT);
    if (folded.indexOf('\u0307') >= 0) {
      folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replace("i\u0307", "i");
    }
    return Normalizer.normalize(folded, Normalizer.Form.NFC);
  }

  @Test
  void fold_comparesNamesAsPeopleDo_inEveryLocale() {
    assertThat(Names.fold("İsmail Demir")).isEqualTo(Names.fold("ismail demir"));
    assertThat(Names.fold("IŞIL")).isEqualTo(Names.fold("Işıl"));
    assertThat(Names.fold("Élise")).isEqualTo(Names.fold("élise"));
    assertThat(Names.fold("Somerset Council")).isEqualTo("somerset council");
  }

  @Test
  void fold_ofAsciiText_isTheFullFold() {
    qt().withExamples(Integer.getInteger("hls4j.examples", 500))
        .forAll(strings().ascii().ofLengthBetween(0, 30))
        .checkAssert(name -> assertThat(Names.fold(name)).isEqualTo(foldedInFull(name)));
  }

  @Test
  void fold_ofAnyText_isTheFullFold() {
    qt().withExamples(Integer.getInteger("hls4j.examples", 500))
        .forAll(strings().basicMultilingualPlaneAlphabet().ofLengthBetween(0, 20))
        .checkAssert(name -> assertThat(Names.fold(name)).isEqualTo(foldedInFull(name)));
  }
}
