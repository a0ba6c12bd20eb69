package io.github.hls4j.digest;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words of one wording of the digest: the resource bundle {@code
 * io/github/hls4j/digest/DigestWords} for a locale, with named arguments such as {@code
 * {barrier}}, counts that read as sentences ({@code key.zero}, {@code key.one}, {@code key.two},
 * {@code key.other}) and dates in the bundle's pattern.
 */
final class DigestWords {

  static final String BUNDLE = "io.github.hls4j.digest.DigestWords";

  private final ResourceBundle bundle;
  private final DateTimeFormatter date;

  /** Reads {@code bundle}, whose dates are written in the language its {@code date.locale} names. */
  DigestWords(ResourceBundle bundle) {
    this.bundle = requireNonNull(bundle, "bundle");
    this.date = DateTimeFormatter.ofPattern(bundle.getString("date.pattern"),
        Locale.forLanguageTag(bundle.getString("date.locale")));
  }

  static DigestWords of(Locale locale) {
    requireNonNull(locale, "locale");
    return new DigestWords(ResourceBundle.getBundle(BUNDLE, locale));
  }

  /** Returns the words of {@code key}, each {@code {name}} replaced by the value given after its name. */
  String get(String key, Object... namesAndValues) {
    String text;
    try {
      text = bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("DigestWords key (" + key + ") must be in the bundle " + BUNDLE, e);
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
      out.append(value(key, name, namesAndValues));
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
    throw new IllegalArgumentException("DigestWords argument (" + name + ") of " + key + " must be given");
  }

  /** Returns whether the bundle has words for {@code key}. */
  boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** Returns the words of a count: {@code key.zero}, {@code key.one} or {@code key.two} when the bundle has them, else {@code key.other}. */
  String count(String key, long n, Object... namesAndValues) {
    String form = n == 0 ? "zero" : n == 1 ? "one" : n == 2 ? "two" : "other";
    String chosen = has(String.join(".", key, form)) ? String.join(".", key, form) : String.join(".", key, "other");
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
    return String.join(get("list.separator"), items.subList(0, items.size() - 1)) + get("list.last") + last;
  }

  /** The text ending as a sentence does. */
  static String sentence(String text) {
    String t = text.strip();
    return t.endsWith(".") || t.endsWith("!") || t.endsWith("?") ? t : t + ".";
  }
}
