package io.github.hls4j.governance;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.primitives.Ints;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A regular expression with the words that every match of it holds, looked for before the
 * expression runs: a text that holds none of them cannot match, and is passed over with about one
 * table look-up a character, where the expression would try each of its alternatives at every
 * position. The words are what a rule's reading needs, so the findings are the expression's own.
 *
 * <p>A word is found ignoring case as {@link String#regionMatches(boolean, int, String, int, int)}
 * ignores it, which accepts every pair of characters a case-insensitive expression accepts, with or
 * without Unicode case; or as written, for the parts of an expression that are case-sensitive
 * ("May", the month, and not "may"). Where an expression matches digits, any digit ({@link
 * Character#isDigit(char)}, which {@code \d} never exceeds) serves as a word.
 *
 * <p>Where the words that begin every match are given as well, the expression is tried only at the
 * text's start and where one of them begins, as a search would try it there. The words of several
 * patterns can be looked for in one pass over a text ({@link #ofWords}), for a rule that runs them
 * all on the same text. Instances are immutable and thread-safe.
 */
final class KeywordPattern {

  private static final Splitter WORDS = Splitter.on('|').omitEmptyStrings();

  /** The characters that are part of a word for {@code \b} however it reads Unicode. */
  static final CharMatcher ASCII_WORD =
      CharMatcher.inRange('a', 'z')
          .or(CharMatcher.inRange('A', 'Z'))
          .or(CharMatcher.inRange('0', '9'))
          .or(CharMatcher.is('_'))
          .precomputed();

  /**
   * The characters outside ASCII that {@link #same} may find the same as an ASCII character: those
   * whose upper case, lower case, or lower case of upper case is in ASCII (the Kelvin sign, a
   * dotless ı, a long ſ). No other character outside ASCII is the same as an ASCII one.
   */
  static final CharMatcher FOLDS_TO_ASCII =
      CharMatcher.forPredicate(
              c ->
                  c >= 128
                      && (Character.toUpperCase(c) < 128
                          || Character.toLowerCase(c) < 128
                          || Character.toLowerCase(Character.toUpperCase(c)) < 128))
          .precomputed();

  private final Pattern pattern;
  private final boolean digits;

  /** The words as given, found ignoring case and as written, for {@link #ofWords}. */
  private final String givenIgnoringCase;

  private final String givenAsWritten;

  /** Each word's group, for {@link #groupsIn}: its pattern's place among {@link #ofWords}'s. */
  private final int[] group;

  /** The groups a digit stands for. */
  private final long digitGroups;

  /** The words, and whether each is found ignoring case. */
  private final String[] words;

  private final boolean[] ignoringCase;

  /** Each word's characters, and each in its other ASCII case (itself where it has none). */
  private final char[][] chars;

  private final char[][] otherCase;

  /** Whether each word counts only at a word's start, where the expression has {@code \b}. */
  private final boolean[] wordStart;

  /** For each ASCII character, the words it can begin, or null. */
  private final int[] @Nullable [] startedBy = new int[128][];

  /** For each ASCII character, the ASCII characters that can follow it in a word it begins. */
  private final long[] secondLow = new long[128];

  private final long[] secondHigh = new long[128];

  /** The words that begin with a character outside ASCII. */
  private final int[] startedOutsideAscii;

  /**
   * The words that every match begins with, where it does not begin at the text's start, or null
   * where they are not given.
   */
  private final @Nullable KeywordPattern beginnings;

  /**
   * Pairs an expression with its words.
   *
   * @param pattern the expression
   * @param ignoringCase words, separated by {@code |}, found ignoring case, of two characters or
   *     more; a word written {@code \bword} counts only where no ASCII letter, digit or {@code _}
   *     comes before it, for an alternative that the expression begins with {@code \b}
   * @param asWritten words, separated by {@code |}, found as written
   * @param digits whether a digit anywhere may begin a match
   */
  KeywordPattern(Pattern pattern, String ignoringCase, String asWritten, boolean digits) {
    this(pattern, ignoringCase, asWritten, digits, null);
  }

  /**
   * Pairs an expression with its words and with the words that begin its matches: the expression is
   * tried at the text's start and where one of those begins, and nowhere else, as a search through
   * the text would try it there (seeing the characters before, {@code ^} at the text's start
   * alone).
   *
   * @param pattern the expression
   * @param ignoringCase words every match holds, as for {@link #KeywordPattern(Pattern, String,
   *     String, boolean)}
   * @param asWritten words found as written
   * @param digits whether a digit anywhere may begin a match
   * @param beginnings words, separated by {@code |}, found ignoring case, one of which begins every
   *     match that does not begin at the text's start; {@code \bword} as for {@code ignoringCase}
   */
  KeywordPattern(
      Pattern pattern,
      String ignoringCase,
      String asWritten,
      boolean digits,
      @Nullable String beginnings) {
    this(pattern, ignoringCase, asWritten, digits ? 1 : 0, null, beginnings);
  }

  private KeywordPattern(
      Pattern pattern,
      String ignoringCase,
      String asWritten,
      long digitGroups,
      int @Nullable [] groups,
      @Nullable String beginnings) {
    this.beginnings =
        beginnings == null ? null : new KeywordPattern(pattern, beginnings, "", false, null);
    this.pattern = pattern;
    this.digits = digitGroups != 0;
    this.digitGroups = digitGroups;
    this.givenIgnoringCase = ignoringCase;
    this.givenAsWritten = asWritten;
    List<String> all = new ArrayList<>();
    List<Boolean> cases = new ArrayList<>();
    for (String w : WORDS.split(ignoringCase)) {
      all.add(w);
      cases.add(true);
    }
    for (String w : WORDS.split(asWritten)) {
      all.add(w);
      cases.add(false);
    }
    this.words = new String[all.size()];
    this.ignoringCase = new boolean[words.length];
    this.wordStart = new boolean[words.length];
    for (int k = 0; k < words.length; k++) {
      String w = all.get(k);
      wordStart[k] = w.startsWith("\\b");
      words[k] = wordStart[k] ? w.substring(2) : w;
      if (words[k].length() < 2) {
        throw new IllegalArgumentException("word (" + words[k] + ") must have two characters");
      }
      this.ignoringCase[k] = cases.get(k);
    }
    this.group = groups != null ? groups : new int[words.length];
    this.chars = new char[words.length][];
    this.otherCase = new char[words.length][];
    for (int k = 0; k < words.length; k++) {
      chars[k] = words[k].toCharArray();
      otherCase[k] = inOtherAsciiCase(words[k]);
    }
    List<List<Integer>> started = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      started.add(new ArrayList<>());
    }
    for (int k = 0; k < words.length; k++) {
      for (char c = 0; c < 128; c++) {
        if (!same(c, words[k].charAt(0), this.ignoringCase[k])) {
          continue;
        }
        started.get(c).add(k);
        for (char d = 0; d < 128; d++) {
          if (same(d, words[k].charAt(1), this.ignoringCase[k])) {
            if (d < 64) {
              secondLow[c] |= 1L << d;
            } else {
              secondHigh[c] |= 1L << (d - 64);
            }
          }
        }
      }
    }
    for (int c = 0; c < 128; c++) {
      if (!started.get(c).isEmpty()) {
        startedBy[c] = Ints.toArray(started.get(c));
      }
    }
    List<Integer> outside = new ArrayList<>();
    for (int k = 0; k < words.length; k++) {
      if (words[k].charAt(0) >= 128) {
        outside.add(k);
      }
    }
    this.startedOutsideAscii = Ints.toArray(outside);
  }

  /**
   * Returns whether two characters are the same, ignoring case as {@link
   * String#regionMatches(boolean, int, String, int, int)} does: the same character, the same in
   * upper case, or the same in lower case of upper case.
   */
  static boolean same(char c, char d, boolean ignoringCase) {
    if (c == d) {
      return true;
    }
    if (!ignoringCase) {
      return false;
    }
    char upperC = Character.toUpperCase(c);
    char upperD = Character.toUpperCase(d);
    return upperC == upperD || Character.toLowerCase(upperC) == Character.toLowerCase(upperD);
  }

  /** Returns a word's characters, each ASCII letter in its other case, any other as it is. */
  static char[] inOtherAsciiCase(String word) {
    char[] other = word.toCharArray();
    for (int j = 0; j < other.length; j++) {
      char c = other[j];
      other[j] = Ascii.isLowerCase(c) ? Ascii.toUpperCase(c) : Ascii.toLowerCase(c);
    }
    return other;
  }

  /**
   * Returns the words of several patterns, each pattern's words a group of its own, numbered in
   * order from 0, so that {@link #groupsIn} tells in one pass over a text which of them may match.
   * The expression is the first pattern's, and is not for running.
   *
   * @throws IllegalArgumentException if there are more than 64 patterns
   */
  static KeywordPattern ofWords(KeywordPattern... patterns) {
    if (patterns.length > Long.SIZE) {
      throw new IllegalArgumentException(
          "patterns (" + patterns.length + ") must be at most " + Long.SIZE);
    }
    List<String> ignoring = new ArrayList<>();
    List<String> asWritten = new ArrayList<>();
    List<Integer> ignoringGroups = new ArrayList<>();
    List<Integer> asWrittenGroups = new ArrayList<>();
    long digitGroups = 0;
    for (int g = 0; g < patterns.length; g++) {
      for (String w : WORDS.split(patterns[g].givenIgnoringCase)) {
        ignoring.add(w);
        ignoringGroups.add(g);
      }
      for (String w : WORDS.split(patterns[g].givenAsWritten)) {
        asWritten.add(w);
        asWrittenGroups.add(g);
      }
      if (patterns[g].digits) {
        digitGroups |= 1L << g;
      }
    }
    ignoringGroups.addAll(asWrittenGroups);
    return new KeywordPattern(
        patterns[0].pattern,
        String.join("|", ignoring),
        String.join("|", asWritten),
        digitGroups,
        Ints.toArray(ignoringGroups),
        null);
  }

  /**
   * Returns which groups of words a text holds, bit {@code g} for group {@code g} (see {@link
   * #ofWords}), a digit standing for the groups of patterns where digits count; it stops looking
   * once the text holds every group of {@code wanted}.
   */
  long groupsIn(String text, long wanted) {
    long found = 0;
    int length = text.length();
    for (int i = 0; i < length && (found & wanted) != wanted; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        if (c >= '0' && c <= '9') {
          found |= digitGroups;
        }
        int[] started = startedBy[c];
        if (started == null || i + 1 == length) {
          continue;
        }
        char next = text.charAt(i + 1);
        if (!mayFollow(c, next)) {
          continue;
        }
        for (int k : started) {
          long bit = 1L << group[k];
          if ((found & bit) == 0 && mayBeSecond(next, k) && at(text, i, k)) {
            found |= bit;
          }
        }
      } else {
        if (digits && Character.isDigit(c)) {
          found |= digitGroups;
        }
        found |= groupsAt(text, i, found);
      }
    }
    return found;
  }

  /** Returns whether the expression matches somewhere in a text. */
  boolean find(String text) {
    return first(text) != null;
  }

  /**
   * Returns whether the expression matches somewhere in a text that {@link #groupsIn} found to hold
   * this pattern's words, without looking for them again.
   */
  boolean findHolding(String text) {
    return firstHolding(text) != null;
  }

  /** Returns a matcher at the expression's first match in a text, or null if it has none. */
  @Nullable Matcher first(String text) {
    return mayMatch(text) ? firstHolding(text) : null;
  }

  /**
   * Returns a matcher at the expression's first match in a text that holds one of the words, or
   * null if it has none.
   */
  private @Nullable Matcher firstHolding(String text) {
    Matcher m = pattern.matcher(text);
    if (beginnings == null) {
      return m.find() ? m : null;
    }
    // Where a search would try the expression at every character, it is tried where a match can
    // begin alone, in the same order; the bounds are transparent and do not anchor, so that each
    // try sees the text as the search does.
    m.useTransparentBounds(true).useAnchoringBounds(false);
    for (int at = 0; at >= 0; at = beginnings.indexIn(text, at + 1)) {
      m.region(at, text.length());
      if (m.lookingAt()) {
        return m;
      }
    }
    return null;
  }

  /** Returns whether a text holds one of the words, or a digit where digits count. */
  boolean mayMatch(String text) {
    return indexIn(text, 0) >= 0;
  }

  /** Returns the expression. */
  Pattern pattern() {
    return pattern;
  }

  /**
   * Returns where the first of the words, or a digit where digits count, begins in a text at or
   * after an index, or -1.
   */
  int indexIn(String text, int from) {
    int last = text.length() - 1;
    for (int i = from; i < last; i++) {
      char c = text.charAt(i);
      if (c < 128) {
        if (digits && c >= '0' && c <= '9') {
          return i;
        }
        int[] started = startedBy[c];
        if (started == null) {
          continue;
        }
        char next = text.charAt(i + 1);
        if (!mayFollow(c, next)) {
          continue;
        }
        for (int k : started) {
          if (mayBeSecond(next, k) && at(text, i, k)) {
            return i;
          }
        }
      } else if ((digits && Character.isDigit(c)) || anyAt(text, i)) {
        return i;
      }
    }
    return last >= from && digits && Character.isDigit(text.charAt(last)) ? last : -1;
  }

  /**
   * Whether a word begins at {@code i}, whose character is outside ASCII: only a word that begins
   * outside ASCII can, or, if the character folds to an ASCII one, any word.
   */
  private boolean anyAt(String text, int i) {
    char c = text.charAt(i);
    if (FOLDS_TO_ASCII.matches(c)) {
      for (int k = 0; k < words.length; k++) {
        if (same(c, chars[k][0], ignoringCase[k]) && at(text, i, k)) {
          return true;
        }
      }
      return false;
    }
    for (int k : startedOutsideAscii) {
      if (same(c, chars[k][0], ignoringCase[k]) && at(text, i, k)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the groups of the words that begin at {@code i}, whose character is outside ASCII, of
   * the groups not yet {@code found}.
   */
  private long groupsAt(String text, int i, long found) {
    char c = text.charAt(i);
    long groups = 0;
    if (FOLDS_TO_ASCII.matches(c)) {
      for (int k = 0; k < words.length; k++) {
        long bit = 1L << group[k];
        if ((found & bit) == 0 && same(c, chars[k][0], ignoringCase[k]) && at(text, i, k)) {
          groups |= bit;
        }
      }
      return groups;
    }
    for (int k : startedOutsideAscii) {
      long bit = 1L << group[k];
      if ((found & bit) == 0 && same(c, chars[k][0], ignoringCase[k]) && at(text, i, k)) {
        groups |= bit;
      }
    }
    return groups;
  }

  /**
   * Whether a character may be word {@code k}'s second, without a call: any but an ASCII character
   * that is neither the word's ASCII character nor its other case.
   */
  private boolean mayBeSecond(char next, int k) {
    char w = chars[k][1];
    return next >= 128 || w >= 128 || next == w || next == otherCase[k][1];
  }

  /**
   * Whether word {@code k} begins at {@code i}, where its first character is known to be there: the
   * rest compared character by character, as {@link #same} compares them, stopping at the first
   * that differs.
   */
  /**
   * Whether, by the tables of second characters, a word that starts with ASCII {@code c} can have
   * {@code next} as its second character; any character outside ASCII can be.
   */
  private boolean mayFollow(char c, char next) {
    return next < 64
        ? (secondLow[c] & (1L << next)) != 0
        : next >= 128 || (secondHigh[c] & (1L << (next - 64))) != 0;
  }

  private boolean at(String text, int i, int k) {
    char[] word = chars[k];
    if (i + word.length > text.length()) {
      return false;
    }
    boolean ignoring = ignoringCase[k];
    char[] other = otherCase[k];
    for (int j = 1; j < word.length; j++) {
      char t = text.charAt(i + j);
      char w = word[j];
      if (t != w && (!ignoring || (t != other[j] && ((t < 128 && w < 128) || !same(t, w, true))))) {
        return false;
      }
    }
    return !(wordStart[k] && i > 0 && ASCII_WORD.matches(text.charAt(i - 1)));
  }
}
