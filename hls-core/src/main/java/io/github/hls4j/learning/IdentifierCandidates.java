package io.github.hls4j.learning;

import com.google.common.base.CharMatcher;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * The pre-check and the normalised form of {@link PersonalIdentifiers}: one pass over a text says
 * which patterns could match at all, and a text outside ASCII is searched in its compatibility
 * form, each character mapped back to where it came from.
 */
final class IdentifierCandidates {

  private IdentifierCandidates() {}

  // ---------------------------------------------------------------------------------------------
  // The pre-check: one pass over the text says which patterns could match at all, so that prose
  // with no digit, no @ and none of the words an identifier needs is not searched.

  /** An ASCII digit: every kind but the e-mail address needs one. */
  static final int DIGIT = 1;

  /** An {@code @}. */
  static final int AT_SIGN = 2;

  /** The word "dot", or "at" in brackets: an obfuscated e-mail address may stand here. */
  static final int SPELT = 4;

  /** "born", "birth", "dob" or "d.o.b.": a date of birth may stand here. */
  static final int BIRTH_WORD = 8;

  /** A character outside ASCII: the text is searched in its normalised form. */
  static final int NON_ASCII = 16;

  /** A character outside ASCII that may normalise to a digit, an @ or a letter of an identifier. */
  static final int COMPATIBILITY = 32;

  /** The word "at" and a dot between two letters: {@code jo.bloggs at gmail.com} may stand here. */
  static final int AT_WORD = 64;

  /**
   * The characters that send a text to the full pre-check: digits, an {@code @}, an opening bracket
   * (of {@code [at]}), and the characters outside ASCII that may normalise to part of an identifier
   * or stand inside one. Most prose has none of them; curly quotes, dashes and accented letters do
   * not count.
   */
  static final CharMatcher MAY_HOLD_IDENTIFIER =
      CharMatcher.inRange('0', '9')
          .or(CharMatcher.anyOf("@[({<"))
          .or(CharMatcher.forPredicate(IdentifierCandidates::mayBecomeIdentifierCharacter))
          .precomputed();

  static int candidates(String text) {
    if (MAY_HOLD_IDENTIFIER.matchesNoneOf(text)) {
      // Only an address spelt out can stand in such a text: "jo at example dot org" or
      // "jo.bloggs at gmail.com".
      if (!text.contains(" at ") && !text.contains(" AT ") && !text.contains(" At ")) {
        return 0;
      }
      int flags =
          text.contains(" dot ") || text.contains(" DOT ") || text.contains(" Dot ") ? SPELT : 0;
      return dotted(text) ? flags | AT_WORD : flags;
    }
    int flags = 0;
    boolean atWord = false;
    boolean dotted = false;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c >= '0' && c <= '9') {
          flags |= DIGIT;
        } else if (c == '@') {
          flags |= AT_SIGN;
        } else if (c == 'd' || c == 'D') {
          if (text.regionMatches(true, i + 1, "ot", 0, 2)) {
            flags |= SPELT;
          } else if (text.regionMatches(true, i + 1, "ob", 0, 2)
              || text.regionMatches(true, i + 1, ".o.", 0, 3)) {
            flags |= BIRTH_WORD;
          }
        } else if (c == 'b' || c == 'B') {
          if (text.regionMatches(true, i + 1, "orn", 0, 3)
              || text.regionMatches(true, i + 1, "irth", 0, 4)) {
            flags |= BIRTH_WORD;
          }
        } else if ((c == 'a' || c == 'A')
            && i > 0
            && text.charAt(i - 1) == ' '
            && text.regionMatches(true, i + 1, "t ", 0, 2)) {
          atWord = true;
        } else if (c == '.'
            && i > 0
            && i + 1 < length
            && Character.isLetterOrDigit(text.charAt(i - 1))
            && Character.isLetter(text.charAt(i + 1))) {
          dotted = true;
        } else if (c == '[' || c == '(' || c == '{' || c == '<') {
          int j = i + 1 < length && text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
          if (text.regionMatches(true, j, "at", 0, 2)) {
            flags |= SPELT;
          }
        }
      } else {
        flags |= NON_ASCII;
        if (mayBecomeIdentifierCharacter(c)) {
          flags |= COMPATIBILITY;
        }
      }
    }
    return atWord && dotted ? flags | AT_WORD : flags;
  }

  /** Whether a dot stands between a letter or digit and a letter, as in a domain. */
  static boolean dotted(String text) {
    for (int i = text.indexOf('.'); i > 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
      if (Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetter(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a character outside ASCII may stand for part of an identifier: a digit of another
   * script or another form (full-width, superscript, circled, mathematical), a full-width or small
   * form (such as the full-width {@code ＠}), half of a surrogate pair, or a space or invisible
   * character that may stand between the parts of one.
   */
  static boolean mayBecomeIdentifierCharacter(char c) {
    if (c < 0x80) {
      return false;
    }
    int type = Character.getType(c);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.SPACE_SEPARATOR
        || type == Character.FORMAT
        || type == Character.OTHER_NUMBER
        || type == Character.SURROGATE
        || (c >= '\uFF00' && c <= '\uFFEF')
        || (c >= '\uFE50' && c <= '\uFE6F');
  }

  /**
   * A text in the form it is searched in, with where each of its characters came from: NFKC, one
   * base character and its combining marks at a time; invisible (format) characters dropped; dashes
   * written as a hyphen-minus, spaces as a space, the digits of every script as ASCII digits.
   */
  static final class Normalised {
    final String text;
    private final int[] starts;
    private final int[] ends;

    private Normalised(String text, int[] starts, int[] ends) {
      this.text = text;
      this.starts = starts;
      this.ends = ends;
    }

    static Normalised of(String original) {
      int length = original.length();
      StringBuilder out = new StringBuilder(length);
      int[] starts = new int[length + 8];
      int[] ends = new int[length + 8];
      int i = 0;
      while (i < length) {
        int codePoint = original.codePointAt(i);
        int next = i + Character.charCount(codePoint);
        while (next < length && combining(original.codePointAt(next))) {
          next += Character.charCount(original.codePointAt(next));
        }
        String piece;
        if (codePoint < 0x80 && next == i + 1) {
          piece = null;
        } else if (Character.getType(codePoint) == Character.FORMAT) {
          piece = "";
        } else {
          piece = Normalizer.normalize(original.substring(i, next), Normalizer.Form.NFKC);
        }
        int count = piece == null ? 1 : piece.length();
        if (out.length() + count > starts.length) {
          int size = Math.max(starts.length * 2, out.length() + count);
          starts = Arrays.copyOf(starts, size);
          ends = Arrays.copyOf(ends, size);
        }
        for (int k = 0; k < count; k++) {
          starts[out.length()] = i;
          ends[out.length()] = next;
          out.append(piece == null ? (char) codePoint : fold(piece.charAt(k)));
        }
        i = next;
      }
      return new Normalised(out.toString(), starts, ends);
    }

    private static boolean combining(int codePoint) {
      int type = Character.getType(codePoint);
      return type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK
          || type == Character.COMBINING_SPACING_MARK;
    }

    private static char fold(char c) {
      if (c < 0x80) {
        return c;
      }
      if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
        return '-';
      }
      if (Character.isSpaceChar(c)) {
        return ' ';
      }
      if (Character.isDigit(c)) {
        return (char) ('0' + Character.digit(c, 10));
      }
      return c;
    }

    /** The index in the original text of the character at {@code index} here. */
    int start(int index) {
      return starts[index];
    }

    /** The index in the original text after the character before {@code index} here. */
    int end(int index) {
      return ends[index - 1];
    }
  }
}
