package io.github.hls4j.render;

import static java.util.Objects.requireNonNull;

import com.google.common.base.MoreObjects;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The passages a document quotes, as written, from text in another language: a learning digest
 * drafted in Welsh quotes the system's records (a barrier, a lesson, an answer, a strategy's title)
 * in the English they were written in. An HTML page marks each place where its text holds one of
 * the passages with the passages' language, {@code <span lang="en">…</span>}, wherever the language
 * around it differs, so that a screen reader pronounces it right (WCAG 2.2 success criterion 3.1.2,
 * Language of Parts). Give them to {@link
 * HtmlRenderer#publication(io.github.hls4j.governance.BoardReport, Locale, Locale, Quotations)} and
 * the other renderers that take them; a learning digest gives those of its paper: {@code
 * io.github.hls4j.digest.LearningDigest#quotations()}.
 *
 * <pre>{@code
 * Quotations quoted = Quotations.of(Locale.ENGLISH, List.of("Funding regime blocks pooled budgets"));
 * String page = HtmlRenderer.publication(welshPaper, welsh, welsh, quoted);
 * }</pre>
 *
 * <p>A passage is found as it is written, whole, and only where it begins and ends at the edge of a
 * word: "pooled budgets" is found in "… the “pooled budgets” …" but not in "unpooled budgets".
 * Where two passages overlap, the longer is marked. Markdown, JSON and Word carry no such marks;
 * only HTML pages do.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Quotations {

  private static final Quotations NONE = new Quotations(Locale.ENGLISH, List.of());

  private final Locale language;

  /** The passages, distinct, in the order given. */
  private final List<String> passages;

  /** The passages, longest first: where two overlap, the longer is found first. */
  private final List<String> longestFirst;

  private Quotations(Locale language, List<String> passages) {
    this.language = language;
    this.passages = passages;
    List<String> sorted = new ArrayList<>(passages);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    this.longestFirst = List.copyOf(sorted);
  }

  /**
   * Returns quotations that hold no passage: a page marks nothing but its document's own text.
   *
   * @return the quotations
   * @since 0.1.0
   */
  public static Quotations none() {
    return NONE;
  }

  /**
   * Returns the passages, each as it is quoted, written in a language. Each passage is taken with
   * its leading and trailing white space removed; a blank passage is left out, and so is a repeated
   * one.
   *
   * @param language the language the passages are written in, such as {@code Locale.ENGLISH}
   * @param passages the passages
   * @return the quotations
   * @throws NullPointerException if {@code language}, {@code passages} or a passage is null
   * @throws IllegalArgumentException if {@code language} names no language, such as {@link
   *     Locale#ROOT}
   * @since 0.1.0
   */
  public static Quotations of(Locale language, Collection<String> passages) {
    requireNonNull(language, "language");
    requireNonNull(passages, "passages");
    if (language.getLanguage().isEmpty()) {
      throw new IllegalArgumentException(
          "Quotations.language ("
              + language.toLanguageTag()
              + ") must name a language, such as en");
    }
    Set<String> kept = new LinkedHashSet<>();
    for (String passage : passages) {
      String p = requireNonNull(passage, "passages holds a null passage").strip();
      if (!p.isEmpty()) {
        kept.add(p);
      }
    }
    return new Quotations(language, List.copyOf(kept));
  }

  /**
   * Returns the language the passages are written in.
   *
   * @return the language
   * @since 0.1.0
   */
  public Locale language() {
    return language;
  }

  /**
   * Returns the passages, each once, in the order given.
   *
   * @return the passages
   * @since 0.1.0
   */
  public List<String> passages() {
    return passages;
  }

  /**
   * Returns quotations of the same language with the passages of {@code more} added after these.
   *
   * @param more more passages in this language
   * @return the quotations
   * @throws NullPointerException if {@code more} or a passage is null
   * @since 0.1.0
   */
  public Quotations with(Collection<String> more) {
    List<String> all = new ArrayList<>(passages);
    all.addAll(requireNonNull(more, "more"));
    return of(language, all);
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper(this)
        .add("language", language.toLanguageTag())
        .add("passages", passages.size())
        .toString();
  }

  /** Whether there is nothing to mark. */
  boolean isEmpty() {
    return passages.isEmpty();
  }

  /**
   * The text in runs, in order: each either a passage found in it, or the text between them. The
   * runs' texts joined give the text back.
   */
  List<Run> runs(String text) {
    if (passages.isEmpty() || text.isEmpty()) {
      return List.of(new Run(text, false));
    }
    int[] quotedEnd = new int[text.length()]; // at a passage's start: its end; elsewhere 0
    boolean[] taken = new boolean[text.length()];
    for (String passage : longestFirst) {
      int from = 0;
      int at;
      while ((at = text.indexOf(passage, from)) >= 0) {
        int end = at + passage.length();
        if (atWordEdges(text, at, end) && free(taken, at, end)) {
          java.util.Arrays.fill(taken, at, end, true);
          quotedEnd[at] = end;
          from = end;
        } else {
          from = at + 1;
        }
      }
    }
    List<Run> runs = new ArrayList<>();
    int plain = 0;
    int i = 0;
    while (i < text.length()) {
      if (quotedEnd[i] > 0) {
        if (plain < i) {
          runs.add(new Run(text.substring(plain, i), false));
        }
        runs.add(new Run(text.substring(i, quotedEnd[i]), true));
        i = quotedEnd[i];
        plain = i;
      } else {
        i++;
      }
    }
    if (plain < text.length()) {
      runs.add(new Run(text.substring(plain), false));
    }
    return runs;
  }

  /**
   * Whether the passage at {@code [start, end)} begins and ends at the edge of a word: no letter or
   * digit joins it on either side, unless the passage itself begins or ends with none.
   */
  private static boolean atWordEdges(String text, int start, int end) {
    boolean startOk =
        start == 0
            || !Character.isLetterOrDigit(text.codePointAt(start))
            || !Character.isLetterOrDigit(text.codePointBefore(start));
    boolean endOk =
        end == text.length()
            || !Character.isLetterOrDigit(text.codePointBefore(end))
            || !Character.isLetterOrDigit(text.codePointAt(end));
    return startOk && endOk;
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  /** A run of text: a passage quoted, or the text around the passages. */
  record Run(String text, boolean quoted) {}
}
