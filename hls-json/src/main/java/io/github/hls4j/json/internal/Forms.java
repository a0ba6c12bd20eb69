package io.github.hls4j.json.internal;

import static java.util.Map.entry;

import io.github.hls4j.commissioning.Arrangement;
import io.github.hls4j.commissioning.ArrangementMember;
import io.github.hls4j.commissioning.Money;
import io.github.hls4j.commissioning.YearValue;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Link;
import io.github.hls4j.governance.ListItem;
import io.github.hls4j.governance.ReportId;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.governance.SourceKind;
import io.github.hls4j.governance.SourceRef;
import io.github.hls4j.health.BehaviourScore;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.internal.ModelDescription;
import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.EvidenceKind;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.learning.LearningPhase;
import io.github.hls4j.learning.LearningSpace;
import io.github.hls4j.learning.Measure;
import io.github.hls4j.learning.MeasureUse;
import io.github.hls4j.learning.PhaseChange;
import io.github.hls4j.learning.SafeAndLegalConfirmation;
import io.github.hls4j.learning.SpaceKind;
import io.github.hls4j.party.Group;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.Party;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.stewardship.MemberRole;
import io.github.hls4j.stewardship.RecommendationRef;
import io.github.hls4j.stewardship.StewardId;
import io.github.hls4j.stewardship.WorkingGroupMember;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.Location;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleId;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The description of every model type in hls4j's JSON form: the properties in the order of the
 * model's accessors, their forms read from the accessors' types, and how an instance is built
 * (through the type's public builder, or its public factories where it has no builder).
 *
 * <p>A test compares this description with the model's public accessors and with the JSON Schemas,
 * so that the three cannot drift.
 *
 * @since 0.1.0
 */
public final class Forms {

  /**
   * The roots of the model: every model type with a JSON form is reachable from one, and its
   * properties are those the model's own description gives.
   */
  private static final Class<?>[] ROOTS = {
    LearningSystem.class,
    BoardReport.class,
    LearningCycle.class,
    HealthRound.class,
    Arrangement.class
  };

  /**
   * The properties of the findings, which are not models of hls4j's description: final classes
   * whose JSON form is written here, in the order of their accessors.
   */
  private static final Map<Class<?>, List<String>> FINDINGS =
      Map.of(
          ValidationResult.class,
          List.of("violations"),
          Violation.class,
          List.of(
              "rule",
              "severity",
              "path",
              "place",
              "message",
              "messageKey",
              "messageTemplate",
              "arguments",
              "location"),
          Location.class,
          List.of("pointer", "description", "quote"));

  /** The properties of each type with a JSON form, in the order of its accessors. */
  private static final Map<Class<?>, List<String>> PROPERTIES = properties();

  /**
   * Properties that the model makes from its other properties: written, required when read, and
   * checked against what the instance built from the others gives.
   */
  private static final Set<String> DERIVED = Set.of("Violation.message");

  /** Enums that are values of their own, written and read outside any model. */
  private static final List<Class<?>> ENUMS = List.of(Profile.class, Severity.class);

  /** How the types without a builder are made, from their public factories. */
  private static final Map<Class<?>, Function<Values, Object>> FACTORIES =
      Map.ofEntries(
          entry(Link.class, v -> Link.of(v.get("text"), v.get("target"))),
          entry(ListItem.class, v -> ListItem.of(v.get("label"), v.get("text"))),
          entry(SourceRef.class, v -> SourceRef.of(v.<SourceKind>get("kind"), v.<String>get("id"))),
          entry(
              SignOffRole.class,
              v ->
                  v.<Boolean>get("ifApplicable")
                      ? SignOffRole.ifApplicable(v.get("title"), v.<SignOffRoleKind>get("kind"))
                      : SignOffRole.required(v.get("title"), v.<SignOffRoleKind>get("kind"))),
          entry(
              BehaviourScore.class,
              v ->
                  v.has("story")
                      ? BehaviourScore.of(
                          v.<SystemBehaviour>get("behaviour"),
                          v.<Integer>get("score"),
                          v.get("story"))
                      : BehaviourScore.of(
                          v.<SystemBehaviour>get("behaviour"), v.<Integer>get("score"))),
          entry(
              PhaseChange.class, v -> PhaseChange.of(v.<LearningPhase>get("phase"), v.get("date"))),
          entry(
              SafeAndLegalConfirmation.class,
              v ->
                  SafeAndLegalConfirmation.of(
                      v.<StewardId>get("by"), v.get("date"), v.get("basis"))),
          entry(
              Evidence.class,
              v -> {
                Evidence evidence =
                    Evidence.of(
                        v.<EvidenceKind>get("kind"),
                        v.get("text"),
                        !v.has("personalData") || v.<Boolean>get("personalData"));
                return v.has("consentToShareWithBoard") && v.<Boolean>get("consentToShareWithBoard")
                    ? evidence.withConsentToShareWithBoard()
                    : evidence;
              }),
          entry(
              LearningSpace.class,
              v ->
                  v.has("cadence")
                      ? LearningSpace.of(v.get("name"), v.<SpaceKind>get("kind"), v.get("cadence"))
                      : LearningSpace.of(v.get("name"), v.<SpaceKind>get("kind"))),
          entry(Measure.class, v -> Measure.of(v.get("name"), v.<MeasureUse>get("use"))),
          entry(
              ArrangementMember.class,
              v ->
                  ArrangementMember.of(
                      v.<PartyId>get("organisation"),
                      v.has("roles")
                          ? v.<Iterable<MemberRole>>get("roles")
                          : List.<MemberRole>of())),
          entry(Money.class, v -> Money.of(v.<Long>get("pounds"), v.<Integer>get("pence"))),
          entry(YearValue.class, v -> YearValue.of(v.<Integer>get("year"), v.<Money>get("value"))),
          entry(
              RecommendationRef.class,
              v -> RecommendationRef.of(v.<ReportId>get("report"), v.<Integer>get("number"))),
          entry(
              WorkingGroupMember.class,
              v ->
                  v.has("role")
                      ? WorkingGroupMember.of(
                          v.<PartyId>get("organisation"),
                          v.has("person") ? v.get("person") : null,
                          v.<MemberRole>get("role"))
                      : v.has("person")
                          ? WorkingGroupMember.of(v.<PartyId>get("organisation"), v.get("person"))
                          : WorkingGroupMember.from(v.get("organisation"))),
          entry(
              ValidationResult.class,
              v ->
                  v.has("violations")
                      ? ValidationResult.of(v.<List<Violation>>get("violations"))
                      : ValidationResult.empty()),
          entry(
              Violation.class,
              v -> {
                Violation violation =
                    Violation.of(
                        v.<RuleId>get("rule"),
                        v.<Severity>get("severity"),
                        v.get("path"),
                        v.get("messageKey"),
                        v.get("messageTemplate"),
                        v.has("arguments") ? v.<Map<String, Object>>get("arguments") : Map.of());
                if (v.has("place")) {
                  violation = violation.withPlace(v.get("place"));
                }
                return v.has("location")
                    ? violation.withLocation(v.<Location>get("location"))
                    : violation;
              }),
          entry(
              Location.class,
              v -> Location.of(v.get("pointer"), v.get("description"), v.get("quote"))));

  /**
   * The booleans whose default is true, as {@code Type.property}: absent from JSON, they read as
   * true. Evidence holds personal data unless it says otherwise (data protection by default).
   */
  private static final Set<String> TRUE_BY_DEFAULT = Set.of("Evidence.personalData");

  private static final Map<String, Class<?>> PARTY_TYPES =
      partyTypes(Organisation.class, Person.class, Group.class);

  private static final ClassValue<ModelForm> MODELS =
      new ClassValue<>() {
        @Override
        protected ModelForm computeValue(Class<?> type) {
          return describe(type);
        }
      };

  /** The registered type that a runtime class, such as a generated implementation, stands for. */
  private static final ClassValue<Optional<Class<?>>> PUBLIC_TYPES =
      new ClassValue<>() {
        @Override
        protected Optional<Class<?>> computeValue(Class<?> type) {
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (PROPERTIES.containsKey(c) || isId(c) || ENUMS.contains(c)) {
              return Optional.of(c);
            }
          }
          return type == Party.class ? Optional.of(Party.class) : Optional.empty();
        }
      };

  private Forms() {}

  private static Map<Class<?>, List<String>> properties() {
    Map<Class<?>, List<String>> properties = new LinkedHashMap<>();
    for (ModelDescription.ModelType type : ModelDescription.reachableFrom(ROOTS)) {
      List<String> names = new ArrayList<>();
      for (ModelDescription.Property p : type.properties()) {
        names.add(p.name());
      }
      properties.put(type.type(), List.copyOf(names));
    }
    properties.putAll(FINDINGS);
    return Collections.unmodifiableMap(properties);
  }

  /**
   * Returns every public type with a JSON form: the model types, the typed ids, the enums that
   * stand alone ({@link Profile} and {@link Severity}) and {@link Party}.
   *
   * @return the types, model types first
   */
  public static List<Class<?>> types() {
    List<Class<?>> types = new ArrayList<>(PROPERTIES.keySet());
    types.sort((a, b) -> a.getName().compareTo(b.getName()));
    List<Class<?>> ids = new ArrayList<>();
    for (Class<?> type : PROPERTIES.keySet()) {
      for (PropertyForm p : model(type).properties) {
        collectIds(p.value, ids);
      }
    }
    ids.sort((a, b) -> a.getName().compareTo(b.getName()));
    types.addAll(ids);
    types.addAll(ENUMS);
    types.add(Party.class);
    return Collections.unmodifiableList(types);
  }

  private static void collectIds(ValueForm form, List<Class<?>> ids) {
    if (form.kind == ValueForm.Kind.ID && !ids.contains(form.type)) {
      ids.add(form.type);
    } else if (form.element != null) {
      collectIds(form.element, ids);
    }
  }

  /**
   * Returns the public type with a JSON form that a class stands for: the class itself, or the
   * model type a generated implementation extends.
   *
   * @param type a class
   * @return the public type, or empty if the class has no JSON form
   */
  public static Optional<Class<?>> publicType(Class<?> type) {
    return PUBLIC_TYPES.get(type);
  }

  /**
   * Returns the form of a public type with a JSON form.
   *
   * @param type a model type, a typed id, {@link Profile}, {@link Severity} or {@link Party}
   * @return the form
   * @throws IllegalArgumentException if the type has no JSON form
   */
  public static ValueForm of(Class<?> type) {
    return classify(type);
  }

  /** Returns the party types by their {@code "type"} name, in the order the schema lists them. */
  static Map<String, Class<?>> partyTypes() {
    return PARTY_TYPES;
  }

  static ModelForm model(Class<?> type) {
    return MODELS.get(type);
  }

  private static Map<String, Class<?>> partyTypes(Class<?>... types) {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (Class<?> type : types) {
      byName.put(type.getSimpleName().toLowerCase(java.util.Locale.ROOT), type);
    }
    return Collections.unmodifiableMap(byName);
  }

  private static ModelForm describe(Class<?> type) {
    List<String> names = PROPERTIES.get(type);
    if (names == null) {
      throw new IllegalArgumentException(type.getName() + " has no JSON form");
    }
    List<PropertyForm> properties = new ArrayList<>();
    for (String name : names) {
      Method accessor;
      try {
        accessor = type.getMethod(name);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(
            type.getSimpleName() + " has no accessor " + name + "()", e);
      }
      ValueForm value = classify(accessor.getGenericReturnType());
      // A model type is abstract, its generated class implementing the accessors; one it
      // implements itself has a default. The findings are final classes: none is a default.
      boolean hasDefault =
          Modifier.isAbstract(type.getModifiers()) && !Modifier.isAbstract(accessor.getModifiers());
      boolean bool = value.kind == ValueForm.Kind.BOOLEAN;
      boolean optional =
          value.kind == ValueForm.Kind.OPTIONAL
              || value.kind == ValueForm.Kind.LIST
              || value.kind == ValueForm.Kind.SET
              || value.kind == ValueForm.Kind.MAP;
      boolean derived = DERIVED.contains(type.getSimpleName() + "." + name);
      boolean defaultTrue = bool && TRUE_BY_DEFAULT.contains(type.getSimpleName() + "." + name);
      properties.add(
          new PropertyForm(
              properties.size(),
              name,
              value,
              accessor,
              !(optional || bool || hasDefault),
              hasDefault || bool,
              derived,
              defaultTrue));
    }
    String partyType = null;
    for (Map.Entry<String, Class<?>> e : PARTY_TYPES.entrySet()) {
      if (e.getValue() == type) {
        partyType = e.getKey();
      }
    }
    Function<Values, Object> factory = FACTORIES.get(type);
    ModelForm.Creator creator =
        factory != null
            ? values -> factory.apply(new Values(properties, values))
            : builderCreator(type, properties);
    return new ModelForm(type, partyType, properties, creator);
  }

  private static ModelForm.Creator builderCreator(Class<?> type, List<PropertyForm> properties) {
    // The builder methods are public but declared in a generated, package-private class: they are
    // reached through the public builder type, as a caller's code reaches them.
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    try {
      MethodHandle builder =
          lookup.findStatic(
              type, "builder", MethodType.methodType(type.getMethod("builder").getReturnType()));
      Class<?> builderType = builder.type().returnType();
      MethodHandle build =
          lookup.findVirtual(
              builderType,
              "build",
              MethodType.methodType(builderType.getMethod("build").getReturnType()));
      MethodHandle[] setters = new MethodHandle[properties.size()];
      for (PropertyForm p : properties) {
        Class<?> parameter = setterParameter(p.value);
        Class<?> returned = builderType.getMethod(p.name, parameter).getReturnType();
        setters[p.index] =
            lookup.findVirtual(builderType, p.name, MethodType.methodType(returned, parameter));
      }
      return values -> {
        try {
          Object b = builder.invoke();
          for (int i = 0; i < setters.length; i++) {
            Object value = values[i];
            if (value == null
                && properties.get(i).value.kind == ValueForm.Kind.BOOLEAN
                && !properties.get(i).defaulted) {
              value = Boolean.FALSE;
            }
            if (value != null) {
              setters[i].invoke(b, value);
            }
          }
          return build.invoke(b);
        } catch (RuntimeException | Error e) {
          throw e;
        } catch (Throwable e) {
          throw new InvocationTargetException(e);
        }
      };
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalStateException(
          type.getSimpleName() + " has neither a builder nor a factory for JSON", e);
    }
  }

  private static Class<?> setterParameter(ValueForm form) {
    switch (form.kind) {
      case LIST:
      case SET:
        return Iterable.class;
      case MAP:
        return Map.class;
      case OPTIONAL:
        return form.element().type;
      case INTEGER:
        return int.class;
      case LONG:
        return long.class;
      case BOOLEAN:
        return boolean.class;
      default:
        return form.type;
    }
  }

  private static ValueForm classify(Type type) {
    if (type instanceof ParameterizedType) {
      ParameterizedType p = (ParameterizedType) type;
      Type raw = p.getRawType();
      ValueForm element = classify(p.getActualTypeArguments()[0]);
      if (raw == List.class) {
        return new ValueForm(ValueForm.Kind.LIST, List.class, element);
      } else if (raw == Set.class) {
        return new ValueForm(ValueForm.Kind.SET, Set.class, element);
      } else if (raw == Optional.class) {
        return new ValueForm(ValueForm.Kind.OPTIONAL, Optional.class, element);
      } else if (raw == Map.class && p.getActualTypeArguments()[0] == String.class) {
        return new ValueForm(
            ValueForm.Kind.MAP, Map.class, classify(p.getActualTypeArguments()[1]));
      }
    } else if (type instanceof Class) {
      Class<?> c = (Class<?>) type;
      if (c == String.class) {
        return new ValueForm(ValueForm.Kind.STRING, c, null);
      } else if (c == int.class || c == Integer.class) {
        return new ValueForm(ValueForm.Kind.INTEGER, Integer.class, null);
      } else if (c == long.class || c == Long.class) {
        return new ValueForm(ValueForm.Kind.LONG, Long.class, null);
      } else if (c == boolean.class || c == Boolean.class) {
        return new ValueForm(ValueForm.Kind.BOOLEAN, Boolean.class, null);
      } else if (c == LocalDate.class) {
        return new ValueForm(ValueForm.Kind.DATE, c, null);
      } else if (c.isEnum()) {
        return new ValueForm(ValueForm.Kind.ENUM, c, null);
      } else if (c == Party.class) {
        return new ValueForm(ValueForm.Kind.PARTY, c, null);
      } else if (isId(c)) {
        return new ValueForm(ValueForm.Kind.ID, c, null);
      } else if (PROPERTIES.containsKey(c)) {
        return new ValueForm(ValueForm.Kind.MODEL, c, null);
      }
    }
    throw new IllegalArgumentException(type.getTypeName() + " has no JSON form");
  }

  /** A typed id: a public {@code of(String)} factory and a {@code value()} accessor. */
  private static boolean isId(Class<?> type) {
    try {
      return Modifier.isPublic(type.getModifiers())
          && Modifier.isStatic(type.getMethod("of", String.class).getModifiers())
          && type.getMethod("value").getReturnType() == String.class;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** Returns the factory of a typed id. */
  static Method idFactory(Class<?> type) {
    try {
      return type.getMethod("of", String.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " is not a typed id", e);
    }
  }

  /** Returns the accessor of a typed id's text. */
  static Method idValue(Class<?> type) {
    try {
      return type.getMethod("value");
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(type.getName() + " is not a typed id", e);
    }
  }

  /** The values read for a type without a builder, by property name. */
  private static final class Values {
    private final List<PropertyForm> properties;
    private final @Nullable Object[] values;

    Values(List<PropertyForm> properties, @Nullable Object[] values) {
      this.properties = properties;
      this.values = values;
    }

    boolean has(String name) {
      return values[index(name)] != null;
    }

    @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
    <T> T get(String name) {
      Object value = values[index(name)];
      if (value == null && properties.get(index(name)).value.kind == ValueForm.Kind.BOOLEAN) {
        value = Boolean.FALSE;
      }
      if (value == null) {
        throw new NullPointerException(name);
      }
      return (T) value;
    }

    private int index(String name) {
      for (PropertyForm p : properties) {
        if (p.name.equals(name)) {
          return p.index;
        }
      }
      throw new IllegalArgumentException(name);
    }
  }
}
