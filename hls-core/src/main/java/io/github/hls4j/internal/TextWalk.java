package io.github.hls4j.internal;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Walks every free text of a model, whatever its type: the one definition of what is free text is
 * the {@link FreeText} and {@link NotFreeText} marks on the models' accessors, and this walk reads
 * them, so that a field added to a model is walked without anyone remembering to. A text attribute
 * with neither mark is walked as free text.
 *
 * <p>A model is an instance of a generated {@code Immutable*} class of hls4j; its attributes are
 * the properties the {@link ModelDescription} gives, read through precomputed method handles. The
 * walk goes into every attribute that holds a model, an optional model or a list or set of models,
 * and gives each free text with its path in the JSON form's names, such as {@code
 * cycles[2].experiments[0].question}. {@link #rewrite} gives a copy with every free text replaced,
 * through the generated {@code with*} methods, so that each model's checks run again.
 */
public final class TextWalk {

  /** Receives one free text. */
  public interface Visitor {
    /**
     * Visits a free text.
     *
     * @param owner the model that holds it
     * @param property the attribute's name
     * @param path gives the text's path; valid only during this call
     * @param text the text
     */
    void visit(Object owner, String property, Supplier<String> path, String text);
  }

  /**
   * Receives one text with its path as the walk keeps it, so that a visitor that keeps every path
   * copies its characters instead of making a string of each.
   */
  public interface PathVisitor {
    /**
     * Visits a text.
     *
     * @param property the attribute's name
     * @param path the text's path, such as {@code recommendations[0].action}; valid only during
     *     this call
     * @param text the text
     */
    void visit(String property, CharSequence path, String text);
  }

  /** Gives the text that replaces a free text. */
  public interface Rewriter {
    /**
     * Returns the text that replaces a free text.
     *
     * @param owner the model that holds it
     * @param property the attribute's name
     * @param path the text's path
     * @param text the text
     * @return the replacement, the same text to keep it
     */
    String rewrite(Object owner, String property, String path, String text);
  }

  /** What the walk does with one attribute. */
  private enum Role {
    FREE_TEXT,
    NOT_FREE_TEXT,
    OTHER
  }

  /**
   * One attribute of a model type, as the {@link ModelDescription} describes it; {@code
   * mayHoldText} is false for an attribute that is not text and whose values can never be models,
   * such as a date, a number, an enum constant or a typed id, which the walk passes over unread.
   */
  private record Attribute(
      String name, ModelDescription.Property property, Role role, boolean mayHoldText) {}

  private static final ClassValue<List<Attribute>> ATTRIBUTES =
      new ClassValue<>() {
        @Override
        protected List<Attribute> computeValue(Class<?> type) {
          return describe(type);
        }
      };

  /** The attributes of each generated class that are text or may hold a model, as an array. */
  private static final ClassValue<Attribute[]> HOLDING_TEXT =
      new ClassValue<>() {
        @Override
        protected Attribute[] computeValue(Class<?> type) {
          return ATTRIBUTES.get(type).stream()
              .filter(Attribute::mayHoldText)
              .toArray(Attribute[]::new);
        }
      };

  private static final Set<ModelDescription.Text> FREE_TEXT =
      EnumSet.of(ModelDescription.Text.FREE);

  private TextWalk() {}

  /**
   * Returns whether a value is a model of hls4j: an instance of a generated {@code Immutable*}
   * class.
   *
   * @param value the value
   * @return {@code true} if it is
   */
  public static boolean isModel(Object value) {
    return ModelDescription.isModel(value.getClass());
  }

  /**
   * Returns the model type of a generated class: the public type it implements.
   *
   * @param generated a generated {@code Immutable*} class
   * @return the model type
   */
  public static Class<?> modelType(Class<?> generated) {
    Class<?> superclass = generated.getSuperclass();
    if (superclass != null && superclass != Object.class) {
      return superclass;
    }
    Class<?>[] interfaces = generated.getInterfaces();
    return interfaces.length > 0 ? interfaces[0] : generated;
  }

  /**
   * Returns the names of a model type's text attributes that are free text, and of those that are
   * not, as {@code Type.property}.
   *
   * @param generated a generated {@code Immutable*} class
   * @param free whether to give the free texts or the others
   * @return the names, in the order of the attributes
   */
  public static List<String> textAttributes(Class<?> generated, boolean free) {
    List<String> names = new ArrayList<>();
    for (Attribute a : ATTRIBUTES.get(generated)) {
      if (a.role == (free ? Role.FREE_TEXT : Role.NOT_FREE_TEXT)) {
        names.add(modelType(generated).getSimpleName() + "." + a.name);
      }
    }
    return names;
  }

  /**
   * Visits every free text of a model and of the models it holds, in the order of the attributes.
   *
   * @param model a model
   * @param visitor the visitor
   */
  public static void forEach(Object model, Visitor visitor) {
    new Walk(FREE_TEXT, visitor).model(model);
  }

  /**
   * Visits every text of the given kinds in a model and in the models it holds, in the order of the
   * attributes, such as free text and names: every text a person wrote into a report.
   *
   * @param model a model
   * @param kinds the kinds of text to visit; {@link ModelDescription.Text#NONE} is not text and is
   *     never visited
   * @param visitor the visitor
   */
  public static void forEach(Object model, Set<ModelDescription.Text> kinds, Visitor visitor) {
    new Walk(kinds, visitor).model(model);
  }

  /**
   * Visits every text of the given kinds in a model and in the models it holds, as {@link
   * #forEach(Object, Set, Visitor)} does, giving each path as the walk's own characters.
   *
   * @param model a model
   * @param kinds the kinds of text to visit
   * @param visitor the visitor
   */
  public static void forEach(Object model, Set<ModelDescription.Text> kinds, PathVisitor visitor) {
    new Walk(
            kinds,
            (owner, property, path, text) -> visitor.visit(property, ((Walk) path).path, text))
        .model(model);
  }

  /**
   * Returns a copy of a model with every free text, in it and in the models it holds, replaced as
   * the rewriter says; the model itself when nothing changes.
   *
   * @param model a model
   * @param rewriter gives each replacement
   * @param <T> the model's type
   * @return the copy
   * @throws IllegalArgumentException if a model's checks refuse a replacement
   */
  @SuppressWarnings("unchecked")
  public static <T> T rewrite(T model, Rewriter rewriter) {
    return (T) rewriteModel(model, "", rewriter);
  }

  private static List<Attribute> describe(Class<?> generated) {
    List<Attribute> attributes = new ArrayList<>();
    for (ModelDescription.Property p : ModelDescription.of(generated).properties()) {
      attributes.add(new Attribute(p.name(), p, role(p), mayHoldText(p)));
    }
    return List.copyOf(attributes);
  }

  /**
   * Whether an attribute is text or may hold a model. A value of a final class, or of an enum, is
   * exactly of its declared class, so when that class is no model neither is any value; a map's
   * values are not walked.
   */
  private static boolean mayHoldText(ModelDescription.Property p) {
    if (p.text() != ModelDescription.Text.NONE) {
      return true;
    }
    if (p.shape() == ModelDescription.Shape.MAP) {
      return false;
    }
    Class<?> type = p.valueType();
    boolean exact = type.isPrimitive() || type.isEnum() || Modifier.isFinal(type.getModifiers());
    return !exact || (!type.isPrimitive() && ModelDescription.isModel(type));
  }

  private static Role role(ModelDescription.Property p) {
    switch (p.text()) {
      case NONE:
        return Role.OTHER;
      case FREE:
        return Role.FREE_TEXT;
      default:
        return Role.NOT_FREE_TEXT;
    }
  }

  /** Whether a value holds nothing to walk: an empty optional or collection. */
  private static boolean isEmpty(@Nullable Object value) {
    return value instanceof Optional<?> o
        ? o.isEmpty()
        : value instanceof Collection<?> c && c.isEmpty();
  }

  private static Object read(Attribute a, Object model) {
    return a.property.read(model);
  }

  /** One walk: the path kept in one buffer, cut back on the way out. */
  private static final class Walk implements Supplier<String> {
    private final StringBuilder path = new StringBuilder(64);

    /** Whether each kind of text, by ordinal, is visited; models ({@code NONE}) are walked. */
    private final boolean[] walked = new boolean[ModelDescription.Text.values().length];

    private final Visitor visitor;

    Walk(Set<ModelDescription.Text> kinds, Visitor visitor) {
      for (ModelDescription.Text kind : kinds) {
        walked[kind.ordinal()] = true;
      }
      walked[ModelDescription.Text.NONE.ordinal()] = true;
      this.visitor = visitor;
    }

    @Override
    public String get() {
      return path.toString();
    }

    void model(Object model) {
      for (Attribute a : HOLDING_TEXT.get(model.getClass())) {
        ModelDescription.Property p = a.property;
        if (!walked[p.text().ordinal()]) {
          continue;
        }
        Object value = read(a, model);
        // The description gives each attribute's shape: the value is cast to it, where asking it
        // what it is would cost an interface check on every attribute of every model.
        switch (p.shape()) {
          case OPTIONAL:
            Optional<?> o = (Optional<?>) value;
            if (o.isPresent()) {
              one(a, model, o.get());
            }
            break;
          case LIST:
          case SET:
            many(a, model, (Collection<?>) value);
            break;
          case SINGLE:
            one(a, model, value);
            break;
          default:
            break; // a map holds no text the walk reads
        }
      }
    }

    /** Walks or visits the one value of attribute {@code a}. */
    private void one(Attribute a, Object owner, Object value) {
      boolean nested = a.property.text() == ModelDescription.Text.NONE;
      if (nested ? !a.property.model() && !isModel(value) : !(value instanceof String)) {
        // a value whose type the description does not fix, such as an optional held as an Object
        if (!isEmpty(value)) {
          int mark = enter(a.name);
          if (nested) {
            nested(value, a.property.model());
          } else {
            text(owner, a.name, value, mark);
          }
          path.setLength(mark);
        }
        return;
      }
      int mark = enter(a.name);
      if (nested) {
        model(value);
      } else {
        visitor.visit(owner, a.name, this, (String) value);
      }
      path.setLength(mark);
    }

    /** Walks or visits each value of list or set attribute {@code a}, by index. */
    private void many(Attribute a, Object owner, Collection<?> values) {
      if (values.isEmpty()) {
        return;
      }
      int mark = enter(a.name);
      int inside = path.length();
      boolean nested = a.property.text() == ModelDescription.Text.NONE;
      boolean models = a.property.model();
      if (values instanceof ImmutableList<?> list) {
        for (int i = 0; i < list.size(); i++) {
          element(owner, a.name, nested, models, list.get(i), i, inside);
        }
      } else {
        int i = 0;
        for (Object value : values) {
          element(owner, a.name, nested, models, value, i++, inside);
        }
      }
      path.setLength(mark);
    }

    private void element(
        Object owner,
        String property,
        boolean nested,
        boolean models,
        Object value,
        int index,
        int inside) {
      if (nested && !models && !isModel(value)) {
        return;
      }
      path.append('[').append(index).append(']');
      if (nested) {
        model(value);
      } else {
        visitor.visit(owner, property, this, (String) value);
      }
      path.setLength(inside);
    }

    private void text(Object owner, String property, Object value, int mark) {
      if (value instanceof String s) {
        visitor.visit(owner, property, this, s);
      } else if (value instanceof Optional<?> o) {
        if (o.isPresent()) {
          visitor.visit(owner, property, this, (String) o.get());
        }
      } else if (value instanceof Collection<?> texts) {
        int i = 0;
        int inside = path.length();
        for (Object t : texts) {
          path.append('[').append(i++).append(']');
          visitor.visit(owner, property, this, (String) t);
          path.setLength(inside);
        }
      }
    }

    /**
     * Walks the models an attribute holds; {@code models} says that every value it holds is one, as
     * the description knows of most, so that only the others are asked.
     */
    private void nested(@Nullable Object value, boolean models) {
      if (value instanceof Optional<?> o) {
        if (o.isPresent() && (models || isModel(o.get()))) {
          model(o.get());
        }
      } else if (value instanceof Collection<?> items) {
        int i = 0;
        int inside = path.length();
        for (Object item : items) {
          if (models || isModel(item)) {
            path.append('[').append(i).append(']');
            model(item);
            path.setLength(inside);
          }
          i++;
        }
      } else if (value != null && (models || isModel(value))) {
        model(value);
      }
    }

    private int enter(String property) {
      int mark = path.length();
      if (mark > 0) {
        path.append('.');
      }
      path.append(property);
      return mark;
    }
  }

  private static Object rewriteModel(Object model, String at, Rewriter rewriter) {
    if (!isModel(model)) {
      return model;
    }
    Object result = model;
    for (Attribute a : ATTRIBUTES.get(model.getClass())) {
      if (a.role == Role.NOT_FREE_TEXT) {
        continue;
      }
      Object value = read(a, model);
      String path = at.isEmpty() ? a.name : at + "." + a.name;
      Object changed =
          a.role == Role.FREE_TEXT
              ? rewriteText(model, a.name, path, value, rewriter)
              : rewriteNested(value, path, rewriter);
      if (changed != value) {
        result = with(result, a.name, changed);
      }
    }
    return result;
  }

  private static Object rewriteText(
      Object owner, String property, String path, Object value, Rewriter rewriter) {
    if (value instanceof String s) {
      String r = rewriter.rewrite(owner, property, path, s);
      return r.equals(s) ? value : r;
    }
    if (value instanceof Optional<?> o) {
      if (o.isEmpty()) {
        return value;
      }
      String s = (String) o.get();
      String r = rewriter.rewrite(owner, property, path, s);
      return r.equals(s) ? value : Optional.of(r);
    }
    Collection<?> texts = (Collection<?>) value;
    List<String> rewritten = new ArrayList<>(texts.size());
    boolean changed = false;
    int i = 0;
    for (Object t : texts) {
      String s = (String) t;
      String r = rewriter.rewrite(owner, property, path + "[" + i++ + "]", s);
      changed |= !r.equals(s);
      rewritten.add(r);
    }
    if (!changed) {
      return value;
    }
    return value instanceof Set ? new LinkedHashSet<>(rewritten) : rewritten;
  }

  private static Object rewriteNested(Object value, String path, Rewriter rewriter) {
    if (value instanceof Optional<?> o) {
      if (o.isEmpty()) {
        return value;
      }
      Object r = rewriteModel(o.get(), path, rewriter);
      return r == o.get() ? value : Optional.of(r);
    }
    if (value instanceof Collection<?> items) {
      List<Object> rewritten = new ArrayList<>(items.size());
      boolean changed = false;
      int i = 0;
      for (Object item : items) {
        Object r = rewriteModel(item, path + "[" + i++ + "]", rewriter);
        changed |= r != item;
        rewritten.add(r);
      }
      if (!changed) {
        return value;
      }
      return value instanceof Set ? new LinkedHashSet<>(rewritten) : rewritten;
    }
    return rewriteModel(value, path, rewriter);
  }

  /** Calls the generated {@code withX} of a model with a new value. */
  private static Object with(Object model, String property, Object value) {
    String name = "with" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
    Class<?> wanted =
        value instanceof Optional
            ? Optional.class
            : value instanceof Collection ? Iterable.class : null;
    for (Method m : model.getClass().getDeclaredMethods()) {
      if (!m.getName().equals(name)
          || m.getParameterCount() != 1
          || m.getParameterTypes()[0].isArray()) {
        continue;
      }
      Class<?> parameter = m.getParameterTypes()[0];
      if (wanted != null ? parameter == wanted : parameter.isInstance(value)) {
        try {
          m.setAccessible(true);
          return m.invoke(model, value);
        } catch (InvocationTargetException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException r) {
            throw r;
          }
          throw new IllegalStateException(m + " failed", cause);
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalStateException(
        model.getClass().getSimpleName()
            + " has no "
            + name
            + " for "
            + value.getClass().getSimpleName());
  }
}
