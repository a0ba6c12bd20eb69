package io.github.hls4j.internal;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The one description of the model's shape: for every model type of hls4j, its properties in the
 * order of its accessors, and for each whether it is a list, an optional, a reference to an id,
 * free text, personal, and its public (JSON) name.
 *
 * <p>Nothing here is written by hand per type. A model type is an abstract type with a generated
 * {@code Immutable*} implementation; its properties are the generated class's fields, each read
 * through the public accessor of the same name, and what a property is comes from the accessor's
 * type and its {@link FreeText} or {@link NotFreeText} mark. A field added to a model is therefore
 * described, written and read as JSON, walked for free text and accepted in a finding's path with
 * no other edit.
 *
 * <p>JSON reading and writing (hls-json), the free-text walk ({@link TextWalk}), the paths of
 * findings (checked by the validator) and the planters' expected paths read this description.
 * Descriptions are computed once per type and cached; reading a property goes through a precomputed
 * method handle.
 */
public final class ModelDescription {

  /** How many values a property holds. */
  public enum Shape {
    /** One value, always present. */
    SINGLE,
    /** An {@code Optional}: one value or none. */
    OPTIONAL,
    /** A {@code List}: values in order, addressed by index in a path. */
    LIST,
    /** A {@code Set}: values in order of insertion, addressed by index in a path. */
    SET,
    /** A {@code Map} from text. */
    MAP
  }

  /** What a property's text is, if it is text. */
  public enum Text {
    /** Not text: a number, a date, an enum, a typed id, a model. */
    NONE,
    /** Free text: words a person writes, which may name a resident. */
    FREE,
    /** A party's own name. */
    NAME,
    /** Contact details. */
    CONTACT,
    /** An id, a number, a label, a link target or a version. */
    CODE
  }

  /**
   * One property of a model type.
   *
   * @param owner the model type
   * @param name the property's public name: the accessor's name, the JSON name and the name in a
   *     finding's path
   * @param accessor the public accessor
   * @param reader calls the accessor: a class made for it by {@link LambdaMetafactory}, which the
   *     compiler calls as fast as the accessor itself, where a method handle held in a field is
   *     called through an adapter
   * @param genericType the accessor's declared type
   * @param shape how many values it holds
   * @param valueType the class of one value: the element of a list, set or optional, the value of a
   *     map
   * @param text what its text is, if it is text
   * @param reference whether its values are typed ids that refer to other parts of the model
   * @param model whether its values are models
   */
  public record Property(
      Class<?> owner,
      String name,
      Method accessor,
      Function<Object, Object> reader,
      Type genericType,
      Shape shape,
      Class<?> valueType,
      Text text,
      boolean reference,
      boolean model) {

    /**
     * Returns whether it holds several values, addressed by index in a path.
     *
     * @return whether it is a list or a set
     */
    public boolean many() {
      return shape == Shape.LIST || shape == Shape.SET;
    }

    /**
     * Returns whether it is free text.
     *
     * @return whether it is free text
     */
    public boolean freeText() {
      return text == Text.FREE;
    }

    /**
     * Returns whether it may hold personal data: free text, a name or contact details.
     *
     * @return whether it is personal
     */
    public boolean personal() {
      return text == Text.FREE || text == Text.NAME || text == Text.CONTACT;
    }

    /**
     * Reads the property of a model.
     *
     * @param instance an instance of the owner
     * @return the value
     */
    public Object read(Object instance) {
      return reader.apply(instance);
    }

    @Override
    public String toString() {
      return owner.getSimpleName() + "." + name;
    }
  }

  /**
   * The description of one model type.
   *
   * @param type the public model type
   * @param generated its generated implementation
   * @param properties its properties, in the order of its accessors
   */
  public record ModelType(Class<?> type, Class<?> generated, List<Property> properties) {

    /**
     * Returns a property by its public name.
     *
     * @param name the name
     * @return the property, or empty if the type has none of that name
     */
    public Optional<Property> property(String name) {
      for (Property p : properties) {
        if (p.name.equals(name)) {
          return Optional.of(p);
        }
      }
      return Optional.empty();
    }

    /**
     * Returns the simple name of the type.
     *
     * @return the name
     */
    public String name() {
      return type.getSimpleName();
    }
  }

  private static final ClassValue<Optional<ModelType>> TYPES =
      new ClassValue<>() {
        @Override
        protected Optional<ModelType> computeValue(Class<?> type) {
          return describe(type);
        }
      };

  /** The paths already found good, by subject type, with indexes taken out. */
  private static final ClassValue<Set<String>> CHECKED_PATHS =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          return ConcurrentHashMap.newKeySet();
        }
      };

  private ModelDescription() {}

  /**
   * Returns the description of a model type, or of the model type a generated class implements.
   *
   * @param type a class
   * @return the description, or empty if the class is not a model type of hls4j
   */
  public static Optional<ModelType> find(Class<?> type) {
    return TYPES.get(type);
  }

  /**
   * Returns the description of a model type.
   *
   * @param type a model type, or its generated implementation
   * @return the description
   * @throws IllegalArgumentException if the class is not a model type of hls4j
   */
  public static ModelType of(Class<?> type) {
    return find(type)
        .orElseThrow(
            () -> new IllegalArgumentException(type.getName() + " is not a model type of hls4j"));
  }

  /**
   * Returns whether a class is a model type of hls4j, or the generated implementation of one.
   *
   * @param type a class
   * @return whether it is
   */
  public static boolean isModel(Class<?> type) {
    return TYPES.get(type).isPresent();
  }

  /**
   * Returns the model types reachable from some roots through their properties, roots first, then
   * in the order they are met.
   *
   * @param roots model types
   * @return the model types
   * @throws IllegalArgumentException if a root is not a model type
   */
  public static List<ModelType> reachableFrom(Class<?>... roots) {
    Map<Class<?>, ModelType> found = new LinkedHashMap<>();
    List<ModelType> queue = new ArrayList<>();
    for (Class<?> root : roots) {
      ModelType t = of(root);
      if (found.putIfAbsent(t.type(), t) == null) {
        queue.add(t);
      }
    }
    for (int i = 0; i < queue.size(); i++) {
      for (Property p : queue.get(i).properties()) {
        for (ModelType t : kinds(p.valueType)) {
          if (found.putIfAbsent(t.type(), t) == null) {
            queue.add(t);
          }
        }
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * Returns the model types a value of a class may be: the class itself if it is a model type, the
   * types its {@link Kinds} mark names if it is an interface of the model, else none.
   *
   * @param type a class
   * @return the model types
   */
  public static List<ModelType> kinds(Class<?> type) {
    Optional<ModelType> model = find(type);
    if (model.isPresent()) {
      return List.of(model.get());
    }
    Kinds kinds = type.getAnnotation(Kinds.class);
    if (kinds == null) {
      return List.of();
    }
    List<ModelType> types = new ArrayList<>();
    for (Class<?> kind : kinds.value()) {
      types.add(of(kind));
    }
    return List.copyOf(types);
  }

  /**
   * Checks a finding's path against the description of the subject's type: every property it names
   * must be a property of the model it is in, and only a list or a set may be indexed. The path of
   * a property that is not a model may not go further. A path once found good is remembered,
   * indexes aside, so that checking costs a lookup.
   *
   * @param subject the type of the subject the path starts from
   * @param path the path, such as {@code signOffs[3].date}; empty for the subject itself
   * @throws IllegalArgumentException naming the type and the property if the path does not fit the
   *     model
   */
  public static void checkPath(Class<?> subject, String path) {
    Optional<ModelType> root = find(subject);
    if (root.isEmpty() || path.isEmpty()) {
      return;
    }
    Set<String> good = CHECKED_PATHS.get(root.get().type());
    String shape = withoutIndexes(path);
    if (good.contains(shape)) {
      return;
    }
    walk(root.get(), path);
    good.add(shape);
  }

  /**
   * Returns whether two paths differ at most in their indexes, such as {@code signOffs[0].date} and
   * {@code signOffs[3].date}: a path of the same shape as one found good is good too. An index must
   * be digits in both.
   *
   * @param a a path
   * @param b another path
   * @return whether they have the same shape
   */
  public static boolean sameShape(String a, String b) {
    // Compares the text between indexes as regions, which is several times faster than comparing
    // a character at a time: a validator asks this of every finding.
    int i = 0;
    int j = 0;
    while (true) {
      int bracketA = a.indexOf('[', i);
      int bracketB = b.indexOf('[', j);
      int length = (bracketA < 0 ? a.length() : bracketA) - i;
      if (length != (bracketB < 0 ? b.length() : bracketB) - j
          || !a.regionMatches(i, b, j, length)) {
        return false;
      }
      if (bracketA < 0 || bracketB < 0) {
        return bracketA < 0 && bracketB < 0;
      }
      i = endOfDigits(a, bracketA + 1);
      j = endOfDigits(b, bracketB + 1);
      if (i == bracketA + 1 || j == bracketB + 1) {
        return false;
      }
    }
  }

  private static int endOfDigits(String path, int from) {
    int end = from;
    while (end < path.length() && isAsciiDigit(path.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String withoutIndexes(String path) {
    if (path.indexOf('[') < 0) {
      return path;
    }
    StringBuilder b = new StringBuilder(path.length());
    boolean inIndex = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '[') {
        inIndex = true;
        b.append("[]");
      } else if (c == ']') {
        inIndex = false;
      } else if (!inIndex) {
        b.append(c);
      }
    }
    return b.toString();
  }

  private static void walk(ModelType root, String path) {
    List<ModelType> at = List.of(root);
    @Nullable Property last = null;
    for (String segment : path.split("\\.", -1)) {
      int bracket = segment.indexOf('[');
      String name = bracket < 0 ? segment : segment.substring(0, bracket);
      String indexes = bracket < 0 ? "" : segment.substring(bracket);
      if (at.isEmpty()) {
        throw new IllegalArgumentException(
            "path (" + path + ") goes into " + last + ", which holds no properties");
      }
      Property p = null;
      for (ModelType in : at) {
        p = in.property(name).orElse(null);
        if (p != null) {
          break;
        }
      }
      if (p == null) {
        throw new IllegalArgumentException(
            "path ("
                + path
                + ") names "
                + at.get(0).name()
                + "."
                + name
                + ", which is not a property of "
                + at.get(0).name()
                + "; its properties are "
                + names(at));
      }
      int count = indexes.isEmpty() ? 0 : indexes.split("\\]", -1).length - 1;
      if (count > 1 || (count == 1 && !p.many())) {
        throw new IllegalArgumentException(
            "path (" + path + ") indexes " + p + ", which is not a list");
      }
      last = p;
      at = p.many() && count == 0 ? List.of() : kinds(p.valueType);
    }
  }

  private static Set<String> names(List<ModelType> types) {
    Set<String> names = new LinkedHashSet<>();
    for (ModelType type : types) {
      for (Property p : type.properties()) {
        names.add(p.name);
      }
    }
    return names;
  }

  private static Optional<ModelType> describe(Class<?> c) {
    if (!c.getName().startsWith("io.github.hls4j.") || isId(c)) {
      return Optional.empty();
    }
    Class<?> type = c;
    Class<?> generated;
    if (c.getSimpleName().startsWith("Immutable")) {
      type = modelTypeOf(c);
      generated = c;
    } else {
      if (!Modifier.isAbstract(c.getModifiers()) || c.isPrimitive()) {
        return Optional.empty();
      }
      generated = generatedOf(c);
      if (generated == null) {
        return Optional.empty();
      }
    }
    if (type != c) {
      return TYPES.get(type);
    }
    return Optional.of(new ModelType(type, generated, properties(type, generated)));
  }

  private static Class<?> modelTypeOf(Class<?> generated) {
    Class<?> superclass = generated.getSuperclass();
    if (superclass != null && superclass != Object.class) {
      return superclass;
    }
    Class<?>[] interfaces = generated.getInterfaces();
    return interfaces.length > 0 ? interfaces[0] : generated;
  }

  private static @Nullable Class<?> generatedOf(Class<?> type) {
    String name = type.getPackageName() + ".Immutable" + type.getSimpleName();
    try {
      Class<?> generated = Class.forName(name, false, type.getClassLoader());
      return type.isAssignableFrom(generated) ? generated : null;
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static List<Property> properties(Class<?> type, Class<?> generated) {
    List<Property> properties = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Field field : generated.getDeclaredFields()) {
      int modifiers = field.getModifiers();
      if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers) || field.isSynthetic()) {
        continue;
      }
      Method accessor;
      try {
        accessor = type.getMethod(field.getName());
      } catch (NoSuchMethodException e) {
        continue; // not an attribute, such as a builder's shim
      }
      if (!seen.add(field.getName())) {
        continue;
      }
      Function<Object, Object> reader = reader(type, accessor);
      Type generic = accessor.getGenericReturnType();
      Shape shape = shape(generic);
      Class<?> value = valueType(generic, shape);
      properties.add(
          new Property(
              type,
              accessor.getName(),
              accessor,
              reader,
              generic,
              shape,
              value,
              text(accessor, value),
              isId(value),
              !isId(value) && (isModelClass(value) || value.isAnnotationPresent(Kinds.class))));
    }
    return List.copyOf(properties);
  }

  /** A function that calls a model type's accessor. */
  @SuppressWarnings("unchecked")
  private static Function<Object, Object> reader(Class<?> type, Method accessor) {
    MethodHandles.Lookup lookup = MethodHandles.lookup();
    try {
      MethodHandle getter = lookup.unreflect(accessor);
      return (Function<Object, Object>)
          LambdaMetafactory.metafactory(
                  lookup,
                  "apply",
                  MethodType.methodType(Function.class),
                  MethodType.methodType(Object.class, Object.class),
                  getter,
                  MethodType.methodType(Object.class, type))
              .getTarget()
              .invokeExact();
    } catch (Throwable e) {
      throw new IllegalStateException(
          type.getSimpleName() + "." + accessor.getName() + " cannot be read", e);
    }
  }

  private static boolean isModelClass(Class<?> type) {
    return Modifier.isAbstract(type.getModifiers())
        && !type.isPrimitive()
        && generatedOf(type) != null;
  }

  private static Shape shape(Type type) {
    if (type instanceof ParameterizedType p) {
      Type raw = p.getRawType();
      if (raw == List.class) {
        return Shape.LIST;
      } else if (raw == Set.class) {
        return Shape.SET;
      } else if (raw == Optional.class) {
        return Shape.OPTIONAL;
      } else if (raw == Map.class) {
        return Shape.MAP;
      }
    }
    return Shape.SINGLE;
  }

  private static Class<?> valueType(Type type, Shape shape) {
    if (shape == Shape.SINGLE) {
      return raw(type);
    }
    Type[] arguments = ((ParameterizedType) type).getActualTypeArguments();
    return raw(arguments[shape == Shape.MAP ? 1 : 0]);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return raw(p.getRawType());
    }
    return Object.class;
  }

  private static Text text(Method accessor, Class<?> value) {
    if (value != String.class) {
      return Text.NONE;
    }
    NotFreeText mark = accessor.getAnnotation(NotFreeText.class);
    if (mark == null) {
      return Text.FREE;
    }
    return Text.valueOf(mark.value().name().toUpperCase(Locale.ROOT));
  }

  /** A typed id: a public {@code of(String)} factory and a {@code value()} accessor. */
  private static boolean isId(Class<?> type) {
    try {
      return type.getName().startsWith("io.github.hls4j.")
          && Modifier.isPublic(type.getModifiers())
          && Modifier.isStatic(type.getMethod("of", String.class).getModifiers())
          && type.getMethod("value").getReturnType() == String.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }
}
