package io.github.hls4j.validation;

import static java.util.Objects.requireNonNull;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The named values a finding's message is worded from, such as {@code name} and {@code role} in
 * "Sign-off by {name} as {role} has no date". A rule passes them to {@link
 * RuleContext#report(String, Map)}:
 *
 * <pre>{@code
 * context.at("signOffs", i).report("date", MessageArguments.of("name", name, "role", role));
 * }</pre>
 *
 * <p>Each value is kept as text ({@link String#valueOf(Object)}), ordered by name, as a {@link
 * Violation} keeps its arguments, so the finding takes them without copying. A finding has one to
 * five arguments, and for so few a small array is cheaper to make and to read than a hash map: a
 * rule that reports once per element of a long list should use this rather than {@code Map.of}. Any
 * other map is accepted too.
 *
 * <p>Unmodifiable; equal to any map with the same names and texts, as {@link Map#equals(Object)}
 * says.
 *
 * @since 0.1.0
 */
public final class MessageArguments extends AbstractMap<String, String> {

  private static final MessageArguments NONE = new MessageArguments(new String[0]);

  /** Names and values in turn, ordered by name; never changed once made. */
  private final String[] namesAndValues;

  private MessageArguments(String[] namesAndValues) {
    this.namesAndValues = namesAndValues;
  }

  /**
   * Returns no arguments, for a message with no {@code {name}} in it.
   *
   * @return no arguments
   * @since 0.1.0
   */
  public static MessageArguments of() {
    return NONE;
  }

  /**
   * Returns one argument.
   *
   * @param name the argument's name in the message template
   * @param value its value, turned into text with {@link String#valueOf(Object)}
   * @return the argument
   * @throws NullPointerException if the name or value is null
   * @since 0.1.0
   */
  public static MessageArguments of(String name, Object value) {
    return new Sorting(1).add(name, value).done();
  }

  /**
   * Returns two arguments.
   *
   * @param name1 the first argument's name
   * @param value1 its value
   * @param name2 the second argument's name
   * @param value2 its value
   * @return the arguments
   * @throws NullPointerException if a name or value is null
   * @throws IllegalArgumentException if two names are the same
   * @since 0.1.0
   */
  public static MessageArguments of(String name1, Object value1, String name2, Object value2) {
    return new Sorting(2).add(name1, value1).add(name2, value2).done();
  }

  /**
   * Returns three arguments.
   *
   * @param name1 the first argument's name
   * @param value1 its value
   * @param name2 the second argument's name
   * @param value2 its value
   * @param name3 the third argument's name
   * @param value3 its value
   * @return the arguments
   * @throws NullPointerException if a name or value is null
   * @throws IllegalArgumentException if two names are the same
   * @since 0.1.0
   */
  public static MessageArguments of(
      String name1, Object value1, String name2, Object value2, String name3, Object value3) {
    return new Sorting(3).add(name1, value1).add(name2, value2).add(name3, value3).done();
  }

  /**
   * Returns four arguments.
   *
   * @param name1 the first argument's name
   * @param value1 its value
   * @param name2 the second argument's name
   * @param value2 its value
   * @param name3 the third argument's name
   * @param value3 its value
   * @param name4 the fourth argument's name
   * @param value4 its value
   * @return the arguments
   * @throws NullPointerException if a name or value is null
   * @throws IllegalArgumentException if two names are the same
   * @since 0.1.0
   */
  public static MessageArguments of(
      String name1,
      Object value1,
      String name2,
      Object value2,
      String name3,
      Object value3,
      String name4,
      Object value4) {
    return new Sorting(4)
        .add(name1, value1)
        .add(name2, value2)
        .add(name3, value3)
        .add(name4, value4)
        .done();
  }

  /**
   * Returns five arguments.
   *
   * @param name1 the first argument's name
   * @param value1 its value
   * @param name2 the second argument's name
   * @param value2 its value
   * @param name3 the third argument's name
   * @param value3 its value
   * @param name4 the fourth argument's name
   * @param value4 its value
   * @param name5 the fifth argument's name
   * @param value5 its value
   * @return the arguments
   * @throws NullPointerException if a name or value is null
   * @throws IllegalArgumentException if two names are the same
   * @since 0.1.0
   */
  public static MessageArguments of(
      String name1,
      Object value1,
      String name2,
      Object value2,
      String name3,
      Object value3,
      String name4,
      Object value4,
      String name5,
      Object value5) {
    return new Sorting(5)
        .add(name1, value1)
        .add(name2, value2)
        .add(name3, value3)
        .add(name4, value4)
        .add(name5, value5)
        .done();
  }

  /**
   * Returns the arguments of any map, each value turned into text with {@link
   * String#valueOf(Object)}; {@code arguments} itself if it is already a {@code MessageArguments}.
   *
   * @param arguments the named arguments
   * @return the same arguments
   * @throws NullPointerException if {@code arguments}, or any name or value in it, is null
   * @since 0.1.0
   */
  public static MessageArguments copyOf(Map<String, ?> arguments) {
    requireNonNull(arguments, "MessageArguments.arguments");
    if (arguments instanceof MessageArguments kept) {
      return kept;
    }
    if (arguments.isEmpty()) {
      return NONE;
    }
    Sorting sorting = new Sorting(arguments.size());
    for (Map.Entry<String, ?> argument : arguments.entrySet()) {
      sorting.add(argument.getKey(), argument.getValue());
    }
    return sorting.done();
  }

  /** Names and values in turn, ordered by name; the caller must not change the array. */
  String[] namesAndValues() {
    return namesAndValues;
  }

  @Override
  public int size() {
    return namesAndValues.length / 2;
  }

  @Override
  public boolean containsKey(@Nullable Object name) {
    return indexOf(name) >= 0;
  }

  @Override
  public @Nullable String get(@Nullable Object name) {
    int at = indexOf(name);
    return at < 0 ? null : namesAndValues[at + 1];
  }

  private int indexOf(@Nullable Object name) {
    for (int i = 0; i < namesAndValues.length; i += 2) {
      if (namesAndValues[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Set<Map.Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return MessageArguments.this.size();
      }

      @Override
      public Iterator<Map.Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < namesAndValues.length;
          }

          @Override
          public Map.Entry<String, String> next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            next += 2;
            return new SimpleImmutableEntry<>(namesAndValues[next - 2], namesAndValues[next - 1]);
          }
        };
      }
    };
  }

  /** Fills names and values in turn, keeping them ordered by name as each is added. */
  private static final class Sorting {
    private final String[] text;
    private int filled;

    Sorting(int arguments) {
      this.text = new String[arguments * 2];
    }

    Sorting add(String name, @Nullable Object value) {
      requireNonNull(name, "MessageArguments name");
      if (value == null) {
        throw new NullPointerException(
            String.format(Locale.ROOT, "MessageArguments[%s] (null) must not be null", name));
      }
      int at = filled;
      while (at > 0) {
        int order = text[at - 2].compareTo(name);
        if (order == 0) {
          throw new IllegalArgumentException(
              String.format(Locale.ROOT, "MessageArguments name (%s) is given twice", name));
        }
        if (order < 0) {
          break;
        }
        text[at] = text[at - 2];
        text[at + 1] = text[at - 1];
        at -= 2;
      }
      text[at] = name;
      text[at + 1] = String.valueOf(value);
      filled += 2;
      return this;
    }

    MessageArguments done() {
      return new MessageArguments(text);
    }
  }
}
