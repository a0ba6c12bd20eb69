package io.github.hls4j.governance;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.Multimaps;
import java.util.Arrays;
import java.util.List;

/**
 * Finds the words that end a count {@code governance/count-contradicts-table} reads:
 * "recommendations" and "priorities", in ASCII letters of either case, as its case-insensitive
 * expression reads them. The search slides a window of ten characters, the length of "priorities"
 * and of "mendations", the end of the other, along the text, as Horspool's search does, and reads
 * the window's last two characters: a table made from the two words says how far the window can
 * move before one of them could end in it, so most of a text is passed over ten or nine characters
 * at a time, and the words are compared only where one could end at the window's end.
 */
final class CountWords {

  private static final String PRIORITIES = "priorities";
  private static final String RECOMMENDATIONS = "recommendations";

  /** The length of the shorter word, and of the end of the longer one compared with it. */
  private static final int WINDOW = PRIORITIES.length();

  /** The table's row for a character outside ASCII, which is in neither word. */
  private static final int OUTSIDE_ASCII = 128;

  /**
   * For the last two characters of a window, the first's row (its ASCII code or {@link
   * #OUTSIDE_ASCII}) times 128 plus the second's ASCII code, how far the window can move before one
   * of the words could end in it: 0 where one may end at the window's end.
   */
  private static final byte[] SHIFT = new byte[(OUTSIDE_ASCII + 1) * 128];

  static {
    Arrays.fill(SHIFT, (byte) WINDOW);
    for (String end :
        List.of(PRIORITIES, RECOMMENDATIONS.substring(RECOMMENDATIONS.length() - WINDOW))) {
      for (int j = 0; j < WINDOW; j++) {
        byte shift = (byte) (WINDOW - 1 - j);
        for (char y : List.of(end.charAt(j), Ascii.toUpperCase(end.charAt(j)))) {
          for (int x = 0; x <= OUTSIDE_ASCII; x++) {
            // the first letter of a word may follow any character
            if (j == 0 || Ascii.toLowerCase((char) x) == end.charAt(j - 1)) {
              SHIFT[x * 128 + y] = (byte) Math.min(SHIFT[x * 128 + y], shift);
            }
          }
        }
      }
    }
  }

  /**
   * The characters a count is made of: ASCII letters and digits, {@code _ ' ’ -} and ASCII white
   * space, all that the rule's expression matches. A count lies within one run of them, so the
   * expression runs only on the runs that hold one of the words, each seen in its text.
   */
  private static final CharMatcher RUN =
      CharMatcher.inRange('a', 'z')
          .or(CharMatcher.inRange('A', 'Z'))
          .or(CharMatcher.inRange('0', '9'))
          .or(CharMatcher.anyOf("_'’- \t\n\013\f\r"))
          .precomputed();

  private static final CharMatcher NOT_RUN = RUN.negate().precomputed();

  /** White space as the rule's expression reads it ({@code \s}). */
  private static final CharMatcher SPACE = CharMatcher.anyOf(" \t\n\013\f\r").precomputed();

  /** The numbers a count may say in words, each at the index of its value. */
  static final ImmutableList<String> NUMBER_WORDS =
      ImmutableList.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty");

  /** The number words by their first letter. */
  private static final ImmutableListMultimap<Character, String> NUMBER_WORDS_BY_LETTER =
      Multimaps.index(NUMBER_WORDS, word -> word.charAt(0));

  /** The characters of a count's number: ASCII letters and digits. */
  private static final CharMatcher ASCII_LETTER_OR_DIGIT =
      CharMatcher.inRange('a', 'z')
          .or(CharMatcher.inRange('A', 'Z'))
          .or(CharMatcher.inRange('0', '9'))
          .precomputed();

  private CountWords() {}

  /** Returns where the run of a count's characters that holds a word found at an index ends. */
  static int runEnd(String text, int word) {
    int end = NOT_RUN.indexIn(text, word);
    return end < 0 ? text.length() : end;
  }

  /**
   * Returns where the ninth word before a word found at an index begins, within its run: a count's
   * number, "of the" and the six words of a strategy's name at most, so that no count that ends in
   * this word, or in a later one, starts before.
   */
  static int countStart(String text, int word) {
    int start = word;
    while (start > 0 && RUN.matches(text.charAt(start - 1))) {
      start--;
    }
    int at = word;
    for (int words = 0; words < 9 && at > start; words++) {
      while (at > start && SPACE.matches(text.charAt(at - 1))) {
        at--;
      }
      while (at > start && !SPACE.matches(text.charAt(at - 1))) {
        at--;
      }
    }
    return at;
  }

  /**
   * Returns where the first of the two words, in ASCII letters of either case, begins in a text at
   * or after an index, or -1. A word with a letter outside ASCII that folds to one of theirs (a
   * dotless ı) may or may not be found; the expression, which ignores ASCII case only, never
   * matches it.
   */
  static int indexIn(String text, int from) {
    int length = text.length();
    for (int end = from + WINDOW - 1; end < length; ) {
      char y = text.charAt(end);
      if (y >= 128) {
        end += WINDOW; // no window that holds it can hold either word
        continue;
      }
      char x = text.charAt(end - 1);
      int shift = SHIFT[(x < 128 ? x : OUTSIDE_ASCII) * 128 + y];
      if (shift == 0) {
        int start = end - WINDOW + 1;
        if (isAt(text, start, PRIORITIES)) {
          return start;
        }
        int longer = end - RECOMMENDATIONS.length() + 1;
        if (longer >= from && isAt(text, longer, RECOMMENDATIONS)) {
          return longer;
        }
        shift = 1;
      }
      end += shift;
    }
    return -1;
  }

  /**
   * Whether a word of lower-case ASCII letters is at an index, ignoring case as {@link
   * String#regionMatches(boolean, int, String, int, int)} ignores it: an ASCII character is the
   * letter if setting the bit that tells the cases apart makes it the letter, and a character
   * outside ASCII is compared as that method compares it.
   */
  private static boolean isAt(String text, int start, String word) {
    for (int j = word.length() - 1; j >= 0; j--) {
      char t = text.charAt(start + j);
      char w = word.charAt(j);
      if ((t | 0x20) != w && (t < 128 || !KeywordPattern.same(t, w, true))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns where the first place at or after {@code from}, and before {@code to}, that can begin a
   * count's number is, or -1: a word's start ({@code \b}: no ASCII letter, digit or {@code _}
   * before it), then one to three ASCII digits or one of {@link #NUMBER_WORDS} in ASCII letters of
   * either case, then white space ({@code \s}) before {@code to}. Every match of the rule's
   * expression begins at such a place, so it is tried there alone.
   */
  static int numberIn(String text, int from, int to) {
    int at = from;
    while (at < to) {
      if (!ASCII_LETTER_OR_DIGIT.matches(text.charAt(at))) {
        at++;
        continue;
      }
      int end = at + 1;
      while (end < to && ASCII_LETTER_OR_DIGIT.matches(text.charAt(end))) {
        end++;
      }
      if (end < to
          && SPACE.matches(text.charAt(end))
          && (at == 0 || !KeywordPattern.ASCII_WORD.matches(text.charAt(at - 1)))
          && isNumber(text, at, end)) {
        return at;
      }
      at = end; // within the word, each character follows a letter or a digit
    }
    return -1;
  }

  /** Whether ASCII letters and digits from {@code start} to {@code end} are a count's number. */
  private static boolean isNumber(String text, int start, int end) {
    int length = end - start;
    char first = text.charAt(start);
    if (Ascii.isLowerCase(first) || Ascii.isUpperCase(first)) {
      for (String word : NUMBER_WORDS_BY_LETTER.get((char) (first | 0x20))) {
        if (word.length() == length && sameAsciiLetters(text, start, word)) {
          return true;
        }
      }
      return false;
    }
    if (length > 3) {
      return false;
    }
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether ASCII letters and digits at {@code start} spell a word of lower-case ASCII letters,
   * ignoring case: setting the bit that tells the cases apart makes an upper-case letter its lower
   * case, and leaves a lower-case letter or a digit as it is.
   */
  private static boolean sameAsciiLetters(String text, int start, String word) {
    for (int j = 0; j < word.length(); j++) {
      if ((text.charAt(start + j) | 0x20) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }
}
