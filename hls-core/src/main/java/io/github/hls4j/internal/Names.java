package io.github.hls4j.internal;

import com.google.common.base.CharMatcher;
import java.text.Normalizer;
import java.util.Locale;

/** Names compared as people compare them. */
public final class Names {

  private Names() {}

  /**
   * A name as people compare names: compatibility-normalised and case-folded the same way in every
   * locale, so that "İsmail Demir" and "ismail demir", "IŞIL" and "Işıl", "Élise" and "élise" are
   * the same. Folding is upper case then lower case in the root locale; the dot that the capital İ
   * leaves on a small i is dropped.
   *
   * @param name the name
   * @return the folded name
   */
  public static String fold(String name) {
    if (CharMatcher.ascii().matchesAllOf(name)) {
      // Text in ASCII is normalised in every form already, and its case folds to lower case.
      return name.toLowerCase(Locale.ROOT);
    }
    String folded =
        Normalizer.normalize(name, Normalizer.Form.NFKC)
            .toUpperCase(Locale.ROOT)
            .toLowerCase(Locale.ROOT);
    if (folded.indexOf('\u0307') >= 0) {
      folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replace("i\u0307", "i");
    }
    return Normalizer.normalize(folded, Normalizer.Form.NFC);
  }
}
