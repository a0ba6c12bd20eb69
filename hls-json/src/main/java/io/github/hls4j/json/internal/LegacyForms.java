package io.github.hls4j.json.internal;

import io.github.hls4j.commissioning.ArrangementMember;
import io.github.hls4j.commissioning.ReplacedContract;
import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.stewardship.MemberRole;
import io.github.hls4j.stewardship.SystemScale;
import io.github.hls4j.strategy.DeliveryRef;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How JSON written by hls4j 0.1 reads under the current model: the properties that moved, and
 * values once written as text.
 */
final class LegacyForms {

  private LegacyForms() {}

  /**
   * Properties that hls4j 0.1 wrote under another name or in another shape, by type: still read,
   * into the property that replaced them, with a warning that says where the field moved. Writing
   * uses the new property only.
   */
  private static final Map<Class<?>, List<Moved>> MOVED =
      Map.of(
          ArrangementMember.class,
          List.of(
              new Moved(
                  "role",
                  "roles",
                  new ValueForm(ValueForm.Kind.ENUM, MemberRole.class, null),
                  role -> List.of(role))),
          Barrier.class,
          List.of(
              Moved.toOwner(
                  "raisedBy",
                  "Escalation",
                  "raisedBy",
                  new ValueForm(ValueForm.Kind.ID, CycleId.class, null)),
              Moved.derived(
                  "raisedAt",
                  new ValueForm(ValueForm.Kind.ENUM, SystemScale.class, null),
                  "LearningCycle.scale of the cycle that raised it")));

  /**
   * A property that moved: its old name and form, the property that holds it now, and how its value
   * becomes that one's. The property that holds it now is the type's own, or, when {@link #toOwner}
   * is set, that of the object holding this one; a property whose value hls4j now derives from
   * another is read and left, and {@link #derivedFrom} says from what.
   */
  static final class Moved {
    final String from;
    final String to;
    final ValueForm form;
    final Function<Object, Object> convert;
    final boolean toOwner;
    final String owner;
    final @Nullable String derivedFrom;

    Moved(String from, String to, ValueForm form, Function<Object, Object> convert) {
      this(from, to, form, convert, false, "", null);
    }

    private Moved(
        String from,
        String to,
        ValueForm form,
        Function<Object, Object> convert,
        boolean toOwner,
        String owner,
        @Nullable String derivedFrom) {
      this.from = from;
      this.to = to;
      this.form = form;
      this.convert = convert;
      this.toOwner = toOwner;
      this.owner = owner;
      this.derivedFrom = derivedFrom;
    }

    /**
     * A property that moved, unchanged, to the object that holds this one, of type {@code owner}.
     */
    static Moved toOwner(String from, String owner, String to, ValueForm form) {
      return new Moved(from, to, form, value -> value, true, owner, null);
    }

    /** A property whose value hls4j now derives from another part of the model. */
    static Moved derived(String from, ValueForm form, String derivedFrom) {
      return new Moved(from, from, form, value -> value, false, "", derivedFrom);
    }
  }

  /**
   * Model types whose values hls4j 0.1 wrote as text: still read from text, with a warning, into
   * the model value the text stands for. Writing uses the object form only.
   */
  private static final Map<Class<?>, Text> TEXTS =
      Map.of(
          DeliveryRef.class,
          new Text("{\"name\": ...}, a DeliveryRef by name", DeliveryRef::named),
          ReplacedContract.class,
          new Text("{\"name\": ...}, a ReplacedContract by name", ReplacedContract::named));

  /** How a model type's value written as text by hls4j 0.1 reads now. */
  static final class Text {
    final String readAs;
    final Function<String, Object> convert;

    Text(String readAs, Function<String, Object> convert) {
      this.readAs = readAs;
      this.convert = convert;
    }
  }

  /** Returns how a model type's value written as text reads, or null if it was never text. */
  static @Nullable Text text(Class<?> type) {
    return TEXTS.get(type);
  }

  /** Returns how a property that a type no longer has moved, or null if it never had it. */
  static @Nullable Moved moved(Class<?> type, String name) {
    for (Moved m : MOVED.getOrDefault(type, List.of())) {
      if (m.from.equals(name)) {
        return m;
      }
    }
    return null;
  }
}
