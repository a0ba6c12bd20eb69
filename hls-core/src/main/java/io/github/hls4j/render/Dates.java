package io.github.hls4j.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a language writes them in a council paper: 15 January 2025, 15 Ionawr 2025. */
final class Dates {

  private Dates() {}

  static String longDate(LocalDate date, Locale language) {
    Locale locale = language.getLanguage().equals("en") ? Locale.UK : language;
    return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
  }
}
