package io.github.hls4j.json.internal;

import io.github.hls4j.json.JsonDocument;
import io.github.hls4j.validation.RuleId;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes the JSON Schema (draft 2020-12) of a document type from the same description the reader
 * and writer use: an object per model type, with every property, the required ones, no others, and
 * no {@code null} anywhere.
 *
 * @since 0.1.0
 */
public final class SchemaWriter {

  private static final String DRAFT = "https://json-schema.org/draft/2020-12/schema";
  private static final String BASE = "https://hls4j.github.io/schema/";

  /** What {@link RuleId#of} takes: kebab-case {@code namespace/name}. */
  private static final String RULE_ID = "^[a-z][a-z0-9]*(-[a-z0-9]+)*/[a-z][a-z0-9]*(-[a-z0-9]+)*$";

  private SchemaWriter() {}

  /**
   * Writes a document type's schema.
   *
   * @param document the document type
   * @param out the output
   * @throws IOException if the output fails
   */
  public static void write(JsonDocument document, JsonOutput out) throws IOException {
    Map<String, ValueForm> definitions = definitions(document.type());
    out.startObject();
    field(out, "$schema", DRAFT);
    field(out, "$id", BASE + document.documentName() + ".schema.json");
    field(out, "title", "hls4j " + document.type().getSimpleName());
    field(
        out,
        "description",
        "A " + document.type().getSimpleName() + " in hls4j's JSON form; see docs/json.md.");
    field(out, "$ref", "#/$defs/" + document.type().getSimpleName());
    out.name("$defs");
    out.startObject();
    for (Map.Entry<String, ValueForm> d : definitions.entrySet()) {
      out.name(d.getKey());
      definition(d.getValue(), out);
    }
    out.endObject();
    out.endObject();
  }

  /** Every named form reachable from the document's type, in the order first reached. */
  private static Map<String, ValueForm> definitions(Class<?> root) {
    Map<String, ValueForm> definitions = new LinkedHashMap<>();
    Deque<ValueForm> todo = new ArrayDeque<>();
    todo.add(Forms.of(root));
    while (!todo.isEmpty()) {
      ValueForm form = todo.removeFirst();
      if (form.element != null) {
        todo.addFirst(form.element);
        continue;
      }
      if (!named(form)) {
        continue;
      }
      String name = form.type.getSimpleName();
      ValueForm known = definitions.putIfAbsent(name, form);
      if (known != null) {
        if (known.type != form.type) {
          throw new IllegalStateException("two types named " + name);
        }
        continue;
      }
      if (form.kind == ValueForm.Kind.MODEL) {
        for (PropertyForm p : form.model().properties) {
          todo.addLast(p.value);
        }
      } else if (form.kind == ValueForm.Kind.PARTY) {
        for (Class<?> type : Forms.partyTypes().values()) {
          todo.addLast(Forms.of(type));
        }
      }
    }
    return definitions;
  }

  private static boolean named(ValueForm form) {
    switch (form.kind) {
      case ENUM:
      case ID:
      case MODEL:
      case PARTY:
        return true;
      default:
        return false;
    }
  }

  private static void definition(ValueForm form, JsonOutput out) throws IOException {
    out.startObject();
    switch (form.kind) {
      case ENUM:
        out.name("enum");
        out.startArray();
        for (String constant : form.constants()) {
          out.string(constant);
        }
        out.endArray();
        break;
      case ID:
        field(out, "type", "string");
        out.name("minLength");
        out.number(1);
        if (form.type == RuleId.class) {
          field(out, "pattern", RULE_ID);
        }
        break;
      case PARTY:
        out.name("oneOf");
        out.startArray();
        for (Class<?> type : Forms.partyTypes().values()) {
          out.startObject();
          field(out, "$ref", "#/$defs/" + type.getSimpleName());
          out.endObject();
        }
        out.endArray();
        break;
      default:
        object(form.model(), out);
    }
    out.endObject();
  }

  private static void object(ModelForm model, JsonOutput out) throws IOException {
    field(out, "type", "object");
    out.name("properties");
    out.startObject();
    if (model.partyType != null) {
      out.name("type");
      out.startObject();
      field(out, "const", model.partyType);
      out.endObject();
    }
    for (PropertyForm p : model.properties) {
      out.name(p.name);
      property(
          p.value,
          p.defaulted && p.value.kind == ValueForm.Kind.BOOLEAN
              ? Boolean.valueOf(p.defaultTrue)
              : null,
          out);
    }
    out.endObject();
    out.name("required");
    out.startArray();
    if (model.partyType != null) {
      out.string("type");
    }
    for (PropertyForm p : model.properties) {
      if (p.required) {
        out.string(p.name);
      }
    }
    out.endArray();
    out.name("additionalProperties");
    out.bool(false);
  }

  private static void property(ValueForm form, @Nullable Boolean byDefault, JsonOutput out)
      throws IOException {
    if (form.kind == ValueForm.Kind.OPTIONAL) {
      property(form.element(), null, out);
      return;
    }
    out.startObject();
    switch (form.kind) {
      case STRING:
        field(out, "type", "string");
        break;
      case INTEGER:
      case LONG:
        field(out, "type", "integer");
        break;
      case BOOLEAN:
        field(out, "type", "boolean");
        if (byDefault != null) {
          out.name("default");
          out.bool(byDefault);
        }
        break;
      case DATE:
        field(out, "type", "string");
        field(out, "format", "date");
        field(out, "pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
        break;
      case LIST:
      case SET:
        field(out, "type", "array");
        out.name("items");
        property(form.element(), null, out);
        break;
      case MAP:
        field(out, "type", "object");
        out.name("additionalProperties");
        property(form.element(), false, out);
        break;
      default:
        field(out, "$ref", "#/$defs/" + form.type.getSimpleName());
    }
    out.endObject();
  }

  private static void field(JsonOutput out, String name, String value) throws IOException {
    out.name(name);
    out.string(value);
  }
}
