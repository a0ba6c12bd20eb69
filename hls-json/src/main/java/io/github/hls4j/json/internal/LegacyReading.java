package io.github.hls4j.json.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads what hls4j 0.1 wrote and what has moved since, for a {@link FormReader}: a model written as
 * text, and a property now elsewhere, each with a warning naming where it was and where it is now.
 */
final class LegacyReading {

  private final FormReader reader;

  /**
   * Values of properties that moved to the object holding the one just read (a 0.1 {@code
   * Barrier.raisedBy}, now {@code Escalation.raisedBy}): the holder takes them once the property
   * value they came in is read.
   */
  private final List<Lifted> lifted = new ArrayList<>();

  /** A value on its way to the object holding the one it was read in. */
  private static final class Lifted {
    final LegacyForms.Moved moved;
    final Object value;
    final int line;
    final int column;
    final String owner;

    Lifted(LegacyForms.Moved moved, Object value, int line, int column, String owner) {
      this.moved = moved;
      this.value = value;
      this.line = line;
      this.column = column;
      this.owner = owner;
    }
  }

  LegacyReading(FormReader reader) {
    this.reader = reader;
  }

  /** Reads a model that hls4j 0.1 wrote as text, from the input's current text. */
  Object text(LegacyForms.Text text, String owner) throws IOException {
    String given = reader.in.text();
    reader.warnings.accept(
        reader.pointer()
            + " (line "
            + Math.max(1, reader.in.line())
            + ", column "
            + reader.in.column()
            + "): "
            + owner
            + " written as text is read as "
            + text.readAs
            + ", where hls4j now writes it");
    try {
      return text.convert.apply(given);
    } catch (RuntimeException e) {
      throw reader.error(
          Problems.of("json/refused-value", "owner", owner, "refusal", Problems.refusal(e)), e);
    }
  }

  /** Reads a property of {@code form} that moved, from its name on to its value's last token. */
  void moved(
      ModelForm form,
      String name,
      LegacyForms.Moved moved,
      @Nullable Object[] values,
      int[] lines,
      int[] columns)
      throws IOException {
    if (!moved.toOwner && moved.derivedFrom == null) {
      PropertyForm now = form.property(moved.to);
      if (now == null) {
        throw new IllegalStateException(form.name + " has no property " + moved.to);
      }
      if (lines[now.index] != 0) {
        throw reader.error(
            Problems.of("json/moved-beside", "type", form.name, "property", name, "now", moved.to));
      }
      reader.in.next();
      lines[now.index] = Math.max(1, reader.in.line());
      columns[now.index] = reader.in.column();
      String pointer = reader.pointer();
      values[now.index] = moved.convert.apply(reader.value(moved.form, form.name + "." + name));
      reader.warnings.accept(
          pointer
              + " (line "
              + lines[now.index]
              + ", column "
              + columns[now.index]
              + "): "
              + form.name
              + "."
              + name
              + " is read as "
              + form.name
              + "."
              + moved.to
              + ", where hls4j now writes it");
      reader.path.removeLast();
      return;
    }
    reader.in.next();
    int movedLine = Math.max(1, reader.in.line());
    int movedColumn = reader.in.column();
    String pointer = reader.pointer();
    Object value = moved.convert.apply(reader.value(moved.form, form.name + "." + name));
    if (moved.toOwner) {
      lifted.add(new Lifted(moved, value, movedLine, movedColumn, form.name));
      reader.warnings.accept(
          pointer
              + " (line "
              + movedLine
              + ", column "
              + movedColumn
              + "): "
              + form.name
              + "."
              + name
              + " is read as "
              + moved.owner
              + "."
              + moved.to
              + ", where hls4j now writes it");
    } else {
      reader.warnings.accept(
          pointer
              + " (line "
              + movedLine
              + ", column "
              + movedColumn
              + "): "
              + form.name
              + "."
              + name
              + " is no longer read: hls4j now takes it from "
              + moved.derivedFrom);
    }
    reader.path.removeLast();
  }

  /** Gives an object the values of properties that moved to it from an object it holds. */
  void take(ModelForm form, @Nullable Object[] values, int[] lines, int[] columns) {
    if (lifted.isEmpty()) {
      return;
    }
    List<Lifted> taken = List.copyOf(lifted);
    lifted.clear();
    for (Lifted l : taken) {
      PropertyForm now = form.property(l.moved.to);
      if (now == null) {
        throw new IllegalStateException(form.name + " has no property " + l.moved.to);
      }
      if (lines[now.index] != 0) {
        throw reader.error(
            l.line,
            l.column,
            Problems.of(
                "json/moved-twice",
                "old",
                String.join(".", l.owner, l.moved.from),
                "type",
                form.name,
                "now",
                now.name));
      }
      lines[now.index] = l.line;
      columns[now.index] = l.column;
      values[now.index] = l.value;
    }
  }
}
