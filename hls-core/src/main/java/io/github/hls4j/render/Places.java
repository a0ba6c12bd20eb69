package io.github.hls4j.render;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.Implication;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.Link;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.internal.ModelDescription;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.validation.Location;
import io.github.hls4j.validation.Phrasebook;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Describes a finding's path in words for an officer, in the model's own labels: {@code
 * signOffs[0].date} of the Somerset report reads "Sign-off table, row 1 (Trudi Grant, Relevant
 * Senior Manager / Lead Officer (Director Level)): Date", and {@code
 * recommendations[1].dependsOn[0]} reads "Recommendation 2: depends on recommendation 3".
 *
 * <p>The path is resolved against the validated subject, property by property, through the model's
 * public accessors (the path's names are theirs). Each property's label comes from the phrasebook
 * ({@code place.<property>}, and {@code place.<property>.item} for an element of a list); an
 * element is named by its number, its person, its heading, its name, its title or its id where it
 * has one, and otherwise by what names it (the body a barrier was made visible to, the organisation
 * a member is, the year of a value): {@code escalations[3].madeVisible} of a learning system reads
 * "Escalation 4 (section-21): Made visible to". Every property of every model type has a label in
 * English and in Welsh; a place starts with a capital letter. A section is named by the report's
 * own heading, so a report read from Word is described with the council template's headings. A
 * property with no label is named as it is in the path.
 *
 * <pre>{@code
 * Places places = Places.of(Locale.forLanguageTag("cy"));
 * ValidationResult described = places.describeAll(report, validator.validate(report));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Places {

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z][A-Za-z0-9]*)(?:\\[(\\d+)])?");

  /** Lists whose element is a relation to something else, introduced with a colon. */
  private static final List<String> RELATIONS = List.of("dependsOn", "basedOn", "takenBy");

  /**
   * The properties that name an element with no name, title or id of its own, in the order tried:
   * the body a barrier was made visible to, the organisation or person a member is, the year of a
   * value.
   */
  private static final List<String> NAMING =
      List.of("name", "title", "id", "to", "person", "organisation", "assessor", "year");

  private final Phrasebook words;

  private Places(Phrasebook words) {
    this.words = words;
  }

  /**
   * Returns a describer in a language: English for {@code en} and any language hls4j has no words
   * in, Welsh for {@code cy}.
   *
   * @param locale the language
   * @return the describer
   * @since 0.1.0
   */
  public static Places of(Locale locale) {
    return new Places(Words.of(locale));
  }

  /**
   * Returns a describer with the given words, such as {@link Words#of(Locale)} with a council's own
   * labels.
   *
   * @param words the labels
   * @return the describer
   * @since 0.1.0
   */
  public static Places of(Phrasebook words) {
    return new Places(requireNonNull(words, "words"));
  }

  /**
   * Returns the result with each violation carrying its place in words.
   *
   * @param subject the validated subject, such as a board report
   * @param result what validation found in it
   * @return the same violations, each with a place
   * @since 0.1.0
   */
  public ValidationResult describeAll(Object subject, ValidationResult result) {
    requireNonNull(subject, "subject");
    List<Violation> described = new ArrayList<>(result.size());
    for (Violation v : result.violations()) {
      described.add(v.withPlace(describe(subject, v.path())));
    }
    return ValidationResult.of(described);
  }

  /**
   * Returns a path described in words. A path that does not lead anywhere in the subject (a finding
   * from a Word import that points at the document rather than the model) is still described, from
   * its names.
   *
   * @param subject the validated subject
   * @param path the path, such as {@code signOffs[0].date}; empty for the subject itself
   * @return the place in words
   * @since 0.1.0
   */
  public String describe(Object subject, String path) {
    requireNonNull(subject, "subject");
    requireNonNull(path, "path");
    if (path.isEmpty()) {
      return words
          .find("place.subject." + subject.getClass().getSimpleName().replace("Immutable", ""))
          .orElseGet(() -> words.phrase("place.subject"));
    }
    if (path.contains("/")) {
      return capitalise(documentPlace(path));
    }
    StringBuilder out = new StringBuilder();
    @Nullable Object at = subject;
    for (String segment : path.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(segment);
      if (!m.matches()) {
        append(out, ", ", segment);
        at = null;
        continue;
      }
      String property = m.group(1);
      @Nullable Object value = at == null ? null : property(at, property);
      if (m.group(2) == null) {
        append(out, ": ", label(property));
        at = value;
        continue;
      }
      int index = Integer.parseInt(m.group(2));
      @Nullable Object element = element(value, index);
      append(out, RELATIONS.contains(property) ? ": " : ", ", item(property, index, element));
      at = element;
    }
    return capitalise(out.toString());
  }

  /**
   * Returns where a finding was in the document its subject was read from, in this describer's
   * language: "table 2, row 3, cell 2" and the document's text there in quotation marks, as {@link
   * Location#toString()} gives it in English.
   *
   * @param location the finding's location in the document
   * @return the location in words
   * @since 0.1.0
   */
  public String describe(Location location) {
    requireNonNull(location, "location");
    String place = documentPlace(location.pointer());
    return location.quote().isEmpty() ? place : place + " \"" + location.quote() + "\"";
  }

  /**
   * A place in a Word document, as an import finding gives it: {@code body/table[1]/row[3]/cell[2]}
   * reads "table 1, row 3, cell 2" ({@code place.document.<part>} in the phrasebook).
   */
  private String documentPlace(String path) {
    StringBuilder out = new StringBuilder();
    for (String part : path.split("/")) {
      Matcher m = SEGMENT.matcher(part);
      String key = "place.document." + (m.matches() ? m.group(1) : "");
      if (m.matches() && m.group(2) != null && this.words.find(key).isPresent()) {
        append(out, ", ", this.words.format(key, Map.of("n", m.group(2))));
      }
    }
    return out.length() == 0 ? this.words.phrase("place.document") : out.toString();
  }

  private String capitalise(String words) {
    return words.isEmpty()
        ? words
        : words.substring(0, 1).toUpperCase(this.words.locale()) + words.substring(1);
  }

  /**
   * Returns the document's own text at a path, when the path ends at text: what an officer looks
   * for in the document to find the place.
   *
   * @param subject the validated subject
   * @param path the path of a finding
   * @return the text there, if the path ends at text
   * @since 0.1.0
   */
  public static Optional<String> quote(Object subject, String path) {
    requireNonNull(subject, "subject");
    @Nullable Object at = subject;
    if (path.isEmpty()) {
      return Optional.empty();
    }
    for (String segment : path.split("\\.", -1)) {
      Matcher m = SEGMENT.matcher(segment);
      if (at == null || !m.matches()) {
        return Optional.empty();
      }
      Object owner = at;
      at = property(owner, m.group(1));
      if (at == null) {
        // A value the document gave as text only, such as a date written as template text.
        at = property(owner, m.group(1) + "Text");
      }
      if (m.group(2) != null) {
        at = element(at, Integer.parseInt(m.group(2)));
      }
    }
    if (at instanceof Optional<?> optional) {
      at = optional.orElse(null);
    }
    if (at instanceof CharSequence text) {
      return text.toString().isBlank() ? Optional.empty() : Optional.of(text.toString());
    }
    if (at instanceof Link link) {
      return Optional.of(link.text());
    }
    if (at instanceof Collection<?> list
        && !list.isEmpty()
        && list.stream().allMatch(e -> e instanceof CharSequence)) {
      return Optional.of(list.stream().map(Object::toString).collect(Collectors.joining(" ")));
    }
    return Optional.empty();
  }

  private static void append(StringBuilder out, String separator, String words) {
    if (out.length() > 0) {
      out.append(separator);
    }
    out.append(words);
  }

  private String label(String property) {
    return words.find(Phrasebook.key("place", property)).orElse(property);
  }

  private String item(String property, int index, @Nullable Object element) {
    String key = Phrasebook.key("place", property, "item");
    Map<String, Object> arguments =
        Map.of(
            "row",
            index + 1,
            "number",
            number(element).orElse(String.valueOf(index + 1)),
            "value",
            element instanceof Integer || element instanceof String ? element : index + 1,
            "who",
            who(element).map(w -> " (" + w + ")").orElse(""));
    if (words.find(key).isPresent()) {
      return words.format(key, arguments);
    }
    return words.format(
        "place.item",
        Map.of("list", label(property), "row", index + 1, "who", arguments.get("who")));
  }

  private static Optional<String> number(@Nullable Object element) {
    if (element == null || element instanceof Integer || element instanceof String) {
      return Optional.empty();
    }
    Object number = property(element, "number");
    return number == null ? Optional.empty() : Optional.of(String.valueOf(number));
  }

  /** The element's own name for itself: its person, heading, title or label. */
  private Optional<String> who(@Nullable Object element) {
    if (element instanceof SignOff s) {
      List<String> parts = new ArrayList<>();
      s.name().filter(n -> !n.isBlank()).ifPresent(parts::add);
      parts.add(s.role().title());
      return Optional.of(String.join(", ", parts));
    }
    if (element instanceof ReportSection s) {
      return Optional.of(s.heading()).filter(h -> !h.isBlank());
    }
    if (element instanceof BackgroundPaper p) {
      return Optional.of(p.title()).filter(h -> !h.isBlank());
    }
    if (element instanceof StrategyAlignment a) {
      return Optional.of(a.strategy().title());
    }
    if (element instanceof ListItem i) {
      return Optional.of(i.label()).filter(h -> !h.isBlank());
    }
    if (element instanceof Implication i) {
      return Optional.of(
          i.areas().stream()
              .sorted()
              .map(ImplicationArea::name)
              .map(a -> words.find(Phrasebook.key("area", a)).orElse(a))
              .collect(Collectors.joining(", ")));
    }
    if (element == null || element instanceof Integer || element instanceof String) {
      return Optional.empty();
    }
    Optional<String> id = id(element);
    if (id.isPresent()) {
      return id; // an element that is itself a typed id, such as one of a cycle's actors
    }
    for (String name : NAMING) {
      Object value = property(element, name);
      Optional<String> named =
          value instanceof Integer year ? Optional.of(year.toString()) : text(value);
      if (named.isPresent()) {
        return named;
      }
    }
    return Optional.empty();
  }

  /** Text, or the text of a typed id, that is not blank. */
  private static Optional<String> text(@Nullable Object value) {
    if (value instanceof String text) {
      return Optional.of(text).filter(t -> !t.isBlank());
    }
    return value == null ? Optional.empty() : id(value);
  }

  /** The value of a typed id of hls4j, such as a {@code PartyId}. */
  private static Optional<String> id(Object value) {
    if (!value.getClass().getName().startsWith("io.github.hls4j.")
        || ModelDescription.isModel(value.getClass())) {
      return Optional.empty();
    }
    return value.getClass().isEnum() ? Optional.empty() : text(property(value, "value"));
  }

  private static @Nullable Object element(@Nullable Object list, int index) {
    if (list instanceof List<?> elements && index < elements.size()) {
      return elements.get(index);
    }
    return null;
  }

  /** The value of a public accessor, unwrapping an optional; null when there is none. */
  private static @Nullable Object property(Object owner, String name) {
    Object target = owner instanceof Optional<?> optional ? optional.orElse(null) : owner;
    if (target == null) {
      return null;
    }
    for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
      if (!Modifier.isPublic(type.getModifiers())) {
        continue;
      }
      try {
        Method accessor = type.getMethod(name);
        Object value = accessor.invoke(target);
        return value instanceof Optional<?> optional ? optional.orElse(null) : value;
      } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException e) {
        return null;
      }
    }
    return null;
  }
}
