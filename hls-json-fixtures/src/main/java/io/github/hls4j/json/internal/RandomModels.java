package io.github.hls4j.json.internal;

import io.github.hls4j.validation.RuleId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Seeded random instances of every type with a JSON form, built through the same description the
 * reader uses, for the round-trip and cross-module tests of the format modules. Texts include
 * quotes, backslashes, non-ASCII letters, emoji and line breaks.
 *
 * <p>Test code: it ships in hls-json-fixtures, in test scope, in the walker's package so that it
 * reads the description as the walker does.
 *
 * @since 0.1.0
 */
public final class RandomModels {

  private static final String[] WORDS = {
    "Somerset",
    "learning",
    "Ysgol",
    "café",
    "naïve",
    "\"quoted\"",
    "back\\slash",
    "line\nbreak",
    "tab\tstop",
    "İsmail",
    "Işıl",
    "Élise",
    "→",
    "😀",
    "stewardship",
    "<b>bold</b>",
    "50%",
    "a/b",
    "~tilde"
  };

  private final Random random;

  private RandomModels(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Returns random instances of every type with a JSON form: {@code perType} of each, for one seed.
   *
   * @param seed the seed
   * @param perType how many of each type
   * @return the instances, type by type
   */
  public static List<Object> everyType(long seed, int perType) {
    RandomModels models = new RandomModels(seed);
    List<Object> all = new ArrayList<>();
    for (Class<?> type : Forms.types()) {
      for (int i = 0; i < perType; i++) {
        all.add(models.value(Forms.of(type), 0));
      }
    }
    return all;
  }

  /**
   * Returns one random instance of a type with a JSON form.
   *
   * @param type the type
   * @param seed the seed
   * @return the instance
   */
  public static Object of(Class<?> type, long seed) {
    return new RandomModels(seed).value(Forms.of(type), 0);
  }

  private Object value(ValueForm form, int depth) {
    switch (form.kind) {
      case STRING:
        return text();
      case INTEGER:
        return 1 + random.nextInt(20);
      case LONG:
        return random.nextBoolean()
            ? 1L + random.nextInt(20)
            : 3_000_000_000L + random.nextInt(1_000_000);
      case BOOLEAN:
        return random.nextBoolean();
      case DATE:
        return LocalDate.of(2020, 1, 1).plusDays(random.nextInt(3000));
      case ENUM:
        Object[] constants = form.type.getEnumConstants();
        return constants[random.nextInt(constants.length)];
      case ID:
        try {
          String prefix =
              form.type == RuleId.class ? "random/id-" : "id-"; // a rule id has a namespace
          return Forms.idFactory(form.type).invoke(null, prefix + random.nextInt(1_000_000));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      case MODEL:
        return model(form.model(), depth);
      case PARTY:
        List<Class<?>> parties = new ArrayList<>(Forms.partyTypes().values());
        return model(Forms.model(parties.get(random.nextInt(parties.size()))), depth);
      case LIST:
      case SET:
        List<Object> items = new ArrayList<>();
        int size = depth > 4 ? 1 : random.nextInt(4);
        for (int i = 0; i < size; i++) {
          items.add(value(form.element(), depth + 1));
        }
        return items;
      case MAP:
        Map<String, Object> entries = new LinkedHashMap<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          entries.put(text(), value(form.element(), depth + 1));
        }
        return entries;
      case OPTIONAL:
        return value(form.element(), depth);
    }
    throw new AssertionError(form.kind);
  }

  private Object model(ModelForm form, int depth) {
    RuntimeException last = null;
    for (int attempt = 0; attempt < 100; attempt++) {
      @Nullable Object[] values = new Object[form.properties.size()];
      for (PropertyForm p : form.properties) {
        if (p.derived) {
          continue; // the model makes it
        }
        boolean optional = p.value.kind == ValueForm.Kind.OPTIONAL || p.defaulted;
        // later attempts leave out more optional values, which the model's checks may constrain
        if (!optional || random.nextInt(100) >= 30 + attempt) {
          // a year is a calendar year, which the model checks
          values[p.index] =
              p.name.equals("year") ? 2000 + random.nextInt(50) : value(p.value, depth + 1);
        }
      }
      try {
        return form.creator.create(values);
      } catch (java.lang.reflect.InvocationTargetException e) {
        last =
            e.getCause() instanceof RuntimeException
                ? (RuntimeException) e.getCause()
                : new IllegalStateException(e);
      } catch (RuntimeException e) {
        last = e;
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    throw new IllegalStateException("no valid " + form.name + " in 100 attempts", last);
  }

  private String text() {
    StringBuilder text = new StringBuilder(WORDS[random.nextInt(WORDS.length)]);
    for (int i = random.nextInt(4); i > 0; i--) {
      text.append(' ').append(WORDS[random.nextInt(WORDS.length)]);
    }
    return text.toString();
  }
}
