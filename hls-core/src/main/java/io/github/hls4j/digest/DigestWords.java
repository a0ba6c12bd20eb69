package io.github.hls4j.digest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

/**
 * The words of one wording of the digest: the resource bundle {@code
 * io/github/hls4j/digest/DigestWords} for a locale, with named arguments such as {@code {barrier}},
 * counts that read as sentences ({@code key.zero}, {@code key.one}, {@code key.two}, {@code
 * key.other}) and dates in the bundle's pattern.
 */
final class DigestWords {

  static final String BUNDLE = "io.github.hls4j.digest.DigestWords";

  /**
   * A word that reads as beginning with a vowel in Welsh: a vowel, or a number said un, wyth, un ar
   * ddeg, wyth deg.
   */
  private static final Pattern VOWEL_SOUND =
      Pattern.compile(
          "^[\\p{Punct}“‘]*([aeiouwyâêîôûŵŷáéíóúàèìòùäëïöü]|(1|8|11|8\\d)(?![\\d,.]\\d))",
          Pattern.CASE_INSENSITIVE);

  private final ResourceBundle bundle;
  private final DateTimeFormatter date;
  private final Map<String, String> beforeVowel;

  /**
   * Reads {@code bundle}, whose dates are written in the language its {@code date.locale} names.
   */
  DigestWords(ResourceBundle bundle) {
    this.bundle = requireNonNull(bundle, "bundle");
    this.date =
        DateTimeFormatter.ofPattern(
            bundle.getString("date.pattern"),
            Locale.forLanguageTag(bundle.getString("date.locale")));
    Map<String, String> changes = new LinkedHashMap<>();
    String pairs = bundle.containsKey("beforeVowel") ? bundle.getString("beforeVowel").strip() : "";
    for (String pair : pairs.isEmpty() ? new String[0] : pairs.split("\\|")) {
      String[] fromTo = pair.split(">", 2);
      if (fromTo.length == 2) {
        changes.put(fromTo[0].strip(), fromTo[1].strip());
      }
    }
    this.beforeVowel = Map.copyOf(changes);
  }

  static DigestWords of(Locale locale) {
    requireNonNull(locale, "locale");
    return new DigestWords(ResourceBundle.getBundle(BUNDLE, locale));
  }

  /**
   * Returns the words of {@code key}, each {@code {name}} replaced by the value given after its
   * name.
   */
  String get(String key, Object... namesAndValues) {
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException(
          "DigestWords key (" + key + ") must be in the bundle " + BUNDLE, e);
    }
    if (namesAndValues.length == 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 64);
    int i = 0;
    while (i < text.length()) {
      int open = text.indexOf('{', i);
      if (open < 0) {
        out.append(text, i, text.length());
        break;
      }
      int close = text.indexOf('}', open);
      if (close < 0) {
        out.append(text, i, text.length());
        break;
      }
      out.append(text, i, open);
      String name = text.substring(open + 1, close);
      String value = value(key, name, namesAndValues);
      beforeVowel(out, value);
      out.append(value);
      i = close + 1;
    }
    return out.toString();
  }

  private String value(String key, String name, Object[] namesAndValues) {
    for (int k = 0; k + 1 < namesAndValues.length; k += 2) {
      if (namesAndValues[k].equals(name)) {
        Object v = namesAndValues[k + 1];
        return v instanceof LocalDate d ? day(d) : String.valueOf(v);
      }
    }
    throw new IllegalArgumentException(
        "DigestWords argument (" + name + ") of " + key + " must be given");
  }

  /** Returns whether the bundle has words for {@code key}. */
  /** The language of the words: the bundle's {@code date.locale}. */
  Locale locale() {
    return Locale.forLanguageTag(bundle.getString("date.locale"));
  }

  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /**
   * Returns the words of a count: {@code key.zero}, {@code key.one} or {@code key.two} when the
   * bundle has them, else {@code key.other}.
   */
  String count(String key, long n, Object... namesAndValues) {
    String form = n == 0 ? "zero" : n == 1 ? "one" : n == 2 ? "two" : "other";
    String chosen =
        has(String.join(".", key, form))
            ? String.join(".", key, form)
            : String.join(".", key, "other");
    Object[] args = new Object[namesAndValues.length + 2];
    args[0] = "n";
    args[1] = n;
    System.arraycopy(namesAndValues, 0, args, 2, namesAndValues.length);
    return get(chosen, args);
  }

  /** Returns the words of an enum constant: {@code prefix.CONSTANT}. */
  String of(String prefix, Enum<?> constant) {
    return get(String.join(".", prefix, constant.name()));
  }

  String day(LocalDate day) {
    return date.format(day);
  }

  /** Joins a list as a sentence does: "a, b and c". */
  String list(List<String> items) {
    if (items.isEmpty()) {
      return "";
    }
    if (items.size() == 1) {
      return items.get(0);
    }
    String last = items.get(items.size() - 1);
    StringBuilder out =
        new StringBuilder(String.join(get("list.separator"), items.subList(0, items.size() - 1)))
            .append(get("list.last"));
    beforeVowel(out, last);
    return out.append(last).toString();
  }

  /**
   * Changes the word that ends {@code out} as the language does before a vowel, when {@code next}
   * begins with one: in Welsh, "a" (and) becomes "ac" and "â" (with) becomes "ag", as the bundle's
   * {@code beforeVowel} pairs say ("a>ac|â>ag"). Only the bundle's own words before an argument
   * change; the text of the argument is left as it is.
   */
  private void beforeVowel(StringBuilder out, String next) {
    if (beforeVowel.isEmpty()
        || !VOWEL_SOUND.matcher(next).find()
        || out.length() < 2
        || out.charAt(out.length() - 1) != ' ') {
      return;
    }
    int end = out.length() - 1;
    int start = end;
    while (start > 0 && !Character.isWhitespace(out.charAt(start - 1))) {
      start--;
    }
    String changed = beforeVowel.get(out.substring(start, end));
    if (changed != null) {
      out.replace(start, end, changed);
    }
  }

  /** The text ending as a sentence does. */
  static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }
}
