package io.github.hls4j.internal.privacy;

import com.google.common.base.Ascii;
import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import io.github.hls4j.internal.Names;
import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.party.Party;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The names of a system's people known to be personal: a person marked as a member of the public,
 * and a person named in a record's personal evidence. Each is found by name in free text with the
 * folding of {@link Names#fold} (compatibility forms, case in every locale), as a whole name
 * between word boundaries. Instances are immutable and thread-safe.
 */
public final class PersonalNames {

  /** Why a name is known to be personal. */
  public enum Reason {
    /** The person is marked as a member of the public. */
    MEMBER_OF_PUBLIC("a member of the public"),
    /** The person is named in a record's personal evidence. */
    NAMED_IN_PERSONAL_EVIDENCE("named in personal evidence");

    private final String words;

    Reason(String words) {
      this.words = words;
    }

    /**
     * Returns the reason in words.
     *
     * @return the words
     */
    public String words() {
      return words;
    }
  }

  /** A name known to be personal, folded. */
  public record Known(PartyId party, String folded, Reason reason) {}

  /** One name found in a text: whose, why, and where it stands. */
  public record Found(Known known, int start, int end) {}

  /** Names shorter than this, folded, are too likely to be parts of other words to search for. */
  private static final int SHORTEST = 3;

  private static final PersonalNames NONE = new PersonalNames(List.of());

  private final List<Known> known;

  private PersonalNames(List<Known> known) {
    this.known = known;
  }

  /**
   * Returns no names: what a system without personal names has.
   *
   * @return the empty instance
   */
  public static PersonalNames none() {
    return NONE;
  }

  /**
   * Returns the names known to be personal among some parties: those marked as members of the
   * public, and those named in the personal evidence of some records.
   *
   * @param parties the parties
   * @param records the records whose personal evidence may name them
   * @return the names, longest first, so that a full name wins over a part of it
   */
  public static PersonalNames of(
      Iterable<? extends Party> parties, Iterable<LearningRecord> records) {
    boolean anyPerson = false;
    for (Party party : parties) {
      anyPerson |= party instanceof Person;
    }
    if (!anyPerson) {
      return NONE; // no name to look for, so no evidence to fold
    }
    List<String> evidence = new ArrayList<>();
    for (LearningRecord r : records) {
      for (Evidence e : r.evidence()) {
        if (e.personalData()) {
          evidence.add(Folded.of(e.text()).text);
        }
      }
    }
    List<Known> known = new ArrayList<>();
    for (Party party : parties) {
      if (!(party instanceof Person person)) {
        continue;
      }
      String name = fold(person.name());
      if (name.length() < SHORTEST) {
        continue;
      }
      @Nullable Reason reason = null;
      if (person.memberOfPublic()) {
        reason = Reason.MEMBER_OF_PUBLIC;
      } else {
        for (String text : evidence) {
          if (indexOf(text, name, 0) >= 0) {
            reason = Reason.NAMED_IN_PERSONAL_EVIDENCE;
            break;
          }
        }
      }
      if (reason != null) {
        known.add(new Known(person.id(), name, reason));
        for (String part : parts(name)) {
          known.add(new Known(person.id(), part, reason));
        }
      }
    }
    if (known.isEmpty()) {
      return NONE;
    }
    known.sort(Comparator.comparingInt((Known k) -> k.folded.length()).reversed());
    return new PersonalNames(List.copyOf(known));
  }

  /**
   * Returns whether no name is known to be personal.
   *
   * @return {@code true} if there is none
   */
  public boolean isEmpty() {
    return known.isEmpty();
  }

  /**
   * Returns the names known.
   *
   * @return an unmodifiable list, longest first
   */
  public List<Known> known() {
    return known;
  }

  /**
   * Returns the known names in a text, in the order they stand, without overlaps.
   *
   * @param text the text
   * @return what was found, empty if nothing
   */
  public List<Found> find(String text) {
    if (known.isEmpty() || text.isEmpty()) {
      return List.of();
    }
    Folded folded = Folded.of(text);
    List<Found> all = new ArrayList<>();
    for (Known k : known) {
      for (int at = indexOf(folded.text, k.folded, 0);
          at >= 0;
          at = indexOf(folded.text, k.folded, at + 1)) {
        all.add(new Found(k, folded.origin[at], folded.origin[at + k.folded.length()]));
      }
    }
    if (all.isEmpty()) {
      return List.of();
    }
    all.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -f.end()));
    List<Found> kept = new ArrayList<>();
    int end = 0;
    for (Found f : all) {
      if (f.start() >= end) {
        kept.add(f);
        end = f.end();
      }
    }
    return Collections.unmodifiableList(kept);
  }

  /**
   * Returns the text with every known name replaced by {@code [name removed]}.
   *
   * @param text the text
   * @return the text without the names; the same text when it holds none
   */
  public String remove(String text) {
    List<Found> found = find(text);
    if (found.isEmpty()) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int at = 0;
    for (Found f : found) {
      out.append(text, at, f.start()).append("[name removed]");
      at = f.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * The parts of a folded name that name the person alone, as a first name or a surname does
   * ("Margaret's account"): each word of it, and each part of a hyphenated word, long enough to
   * search for and not a title such as "Mrs" or "Dr". The whole name is not among them.
   */
  static List<String> parts(String name) {
    List<String> parts = new ArrayList<>();
    for (String word : Splitter.on(' ').omitEmptyStrings().split(name)) {
      part(parts, name, word);
      if (HYPHENS.matchesAnyOf(word)) {
        Splitter.on(HYPHENS)
            .omitEmptyStrings()
            .split(word)
            .forEach(piece -> part(parts, name, piece));
      }
    }
    return parts;
  }

  private static final CharMatcher HYPHENS = CharMatcher.anyOf("-\u2010\u2011");

  private static void part(List<String> parts, String name, String word) {
    String bare = CharMatcher.anyOf(".,").trimFrom(word);
    if (bare.length() >= SHORTEST
        && !TITLES.contains(bare)
        && !bare.equals(name)
        && !parts.contains(bare)) {
      parts.add(bare);
    }
  }

  /** Titles and particles that stand beside a name without naming anyone, folded. */
  private static final Set<String> TITLES =
      Set.of(
          "mrs",
          "miss",
          "mr",
          "ms",
          "mx",
          "dr",
          "prof",
          "professor",
          "sir",
          "dame",
          "lady",
          "lord",
          "rev",
          "revd",
          "the",
          "and",
          "von",
          "van",
          "der",
          "del",
          "della",
          "de",
          "la",
          "le");

  /** A name folded, with its white space made single spaces. */
  private static String fold(String name) {
    return Folded.of(name.strip()).text.replaceAll(" +", " ");
  }

  /** The first place at or after {@code from} where {@code name} stands as a whole name. */
  private static int indexOf(String text, String name, int from) {
    for (int at = text.indexOf(name, from); at >= 0; at = text.indexOf(name, at + 1)) {
      int after = at + name.length();
      boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.codePointBefore(at));
      boolean endsWord =
          after == text.length() || !Character.isLetterOrDigit(text.codePointAt(after));
      if (startsWord && endsWord) {
        return at;
      }
    }
    return -1;
  }

  /**
   * A text folded as {@link Names#fold} folds names, one character with its combining marks at a
   * time, remembering where each folded character came from, so that a name found in the folded
   * text can be cut from the text as written. White space folds to a space.
   */
  private static final class Folded {
    final String text;

    /** For each folded character, the index of the character it came from; one more at the end. */
    final int[] origin;

    private Folded(String text, int[] origin) {
      this.text = text;
      this.origin = origin;
    }

    static Folded of(String s) {
      if (CharMatcher.ascii().matchesAllOf(s)) {
        // ASCII folds one character to one: lower case, white space to a space.
        char[] folded = new char[s.length()];
        int[] origin = new int[s.length() + 1];
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          folded[i] = Character.isWhitespace(c) ? ' ' : Ascii.toLowerCase(c);
          origin[i] = i;
        }
        origin[s.length()] = s.length();
        return new Folded(new String(folded), origin);
      }
      StringBuilder out = new StringBuilder(s.length());
      int[] origin = new int[s.length() * 3 + 1];
      int n = 0;
      int i = 0;
      while (i < s.length()) {
        int start = i;
        int cp = s.codePointAt(i);
        i += Character.charCount(cp);
        while (i < s.length() && isMark(s.codePointAt(i))) {
          i += Character.charCount(s.codePointAt(i));
        }
        String folded = Character.isWhitespace(cp) ? " " : Names.fold(s.substring(start, i));
        for (int k = 0; k < folded.length(); k++) {
          if (n + 1 >= origin.length) {
            origin = java.util.Arrays.copyOf(origin, origin.length * 2);
          }
          out.append(folded.charAt(k));
          origin[n++] = start;
        }
      }
      origin[n] = s.length();
      return new Folded(out.toString(), java.util.Arrays.copyOf(origin, n + 1));
    }

    private static boolean isMark(int cp) {
      int type = Character.getType(cp);
      return type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK;
    }
  }
}
