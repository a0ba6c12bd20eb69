package io.github.hls4j.json.internal;

import io.github.hls4j.learning.DataSharingAgreement;
import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.HorizontalShare;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.system.LearningSystem;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes a model to a {@link JsonOutput} in hls4j's form: properties in the order of the model's
 * accessors, absent optional values left out, empty lists written, a party's {@code "type"} first.
 *
 * <p>Personal evidence that no agreement covers is never written: the records of a share that
 * carries personal data to another organisation are written redacted ({@link
 * LearningRecord#redacted()}) unless the share names an agreement of the system being written that
 * covers both organisations and the purpose. A share written on its own, outside its system, has no
 * agreement to check, so its records are written redacted whenever it carries personal data to
 * another organisation. Each piece of personal evidence so removed is written as a piece of the
 * same kind, still marked as personal data, whose text says it was withheld ({@link #WITHHELD}):
 * the share's own facts survive, so that a system read back still shows a share of personal data
 * with no agreement covering it (the rule {@code learning/share-without-agreement}, a learning
 * digest's concerns), while its personal content never leaves.
 *
 * @since 0.1.0
 */
public final class FormWriter {

  /** The text written in place of personal evidence that no agreement covers. */
  public static final String WITHHELD =
      "Withheld: personal data that no data-sharing agreement covers";

  /**
   * Writes a value of a type with a JSON form.
   *
   * @param value a model, a typed id, a party or findings
   * @param out the output
   * @throws IllegalArgumentException if the value's type has no JSON form
   * @throws IOException if the output fails
   */
  public static void write(Object value, JsonOutput out) throws IOException {
    write(value, out, false);
  }

  /**
   * Writes a value, every learning record in it redacted ({@link LearningRecord#redacted()}) when
   * asked: the form for anything that leaves an organisation.
   *
   * @param value a model, a typed id, a party or findings
   * @param out the output
   * @param redacted whether to write learning records redacted
   * @throws IllegalArgumentException if the value's type has no JSON form
   * @throws IOException if the output fails
   */
  public static void write(Object value, JsonOutput out, boolean redacted) throws IOException {
    Class<?> type =
        Forms.publicType(value.getClass())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(value.getClass().getName() + " has no JSON form"));
    new FormWriter(redacted).value(Forms.of(type), value, out);
  }

  private final boolean redacted;

  /** The system being written, whose agreements may cover its shares. */
  private @Nullable LearningSystem system;

  private FormWriter(boolean redacted) {
    this.redacted = redacted;
  }

  /**
   * The share as it may be written: its records redacted unless an agreement of the system covers
   * it.
   */
  private Object shareToWrite(HorizontalShare share) {
    if (redacted || !share.carriesPersonalDataAcrossOrganisations() || covered(share)) {
      return share;
    }
    List<LearningRecord> records = new ArrayList<>(share.records().size());
    for (LearningRecord record : share.records()) {
      records.add(withheld(record));
    }
    return HorizontalShare.builder().from(share).records(records).build();
  }

  /**
   * The record redacted ({@link LearningRecord#redacted()}), with each piece of personal evidence
   * in its place as a piece of the same kind whose text is withheld, still marked as personal.
   */
  private static LearningRecord withheld(LearningRecord record) {
    LearningRecord redacted = record.redacted();
    if (redacted == record) {
      return record;
    }
    List<Evidence> evidence = new ArrayList<>(record.evidence().size());
    int kept = 0;
    for (Evidence e : record.evidence()) {
      evidence.add(
          e.personalData()
              ? Evidence.of(e.kind(), WITHHELD, true)
              : redacted.evidence().get(kept++));
    }
    return LearningRecord.builder().from(redacted).evidence(evidence).build();
  }

  private boolean covered(HorizontalShare share) {
    LearningSystem within = system;
    if (within == null || share.agreement().isEmpty()) {
      return false;
    }
    for (DataSharingAgreement agreement : within.agreements()) {
      if (agreement.id().equals(share.agreement().get())
          && agreement.covers(share.fromOrganisation(), share.toOrganisation(), share.purpose())) {
        return true;
      }
    }
    return false;
  }

  private void value(ValueForm form, Object value, JsonOutput out) throws IOException {
    switch (form.kind) {
      case STRING:
        out.string((String) value);
        return;
      case INTEGER:
        out.number((Integer) value);
        return;
      case LONG:
        out.number((Long) value);
        return;
      case BOOLEAN:
        out.bool((Boolean) value);
        return;
      case DATE:
        out.string(value.toString());
        return;
      case ENUM:
        out.string(((Enum<?>) value).name());
        return;
      case ID:
        out.string((String) invoke(Forms.idValue(form.type), value));
        return;
      case OPTIONAL:
        value(form.element(), value, out);
        return;
      case LIST:
      case SET:
        out.startArray();
        for (Object item : (Iterable<?>) value) {
          value(form.element(), item, out);
        }
        out.endArray();
        return;
      case MAP:
        out.startObject();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          out.name((String) entry.getKey());
          value(form.element(), entry.getValue(), out);
        }
        out.endObject();
        return;
      case MODEL:
        if (value instanceof LearningSystem && system == null) {
          system = (LearningSystem) value;
        }
        Object written = value;
        if (redacted && value instanceof LearningRecord) {
          written = ((LearningRecord) value).redacted();
        } else if (value instanceof HorizontalShare) {
          written = shareToWrite((HorizontalShare) value);
        }
        object(form.model(), written, out);
        return;
      case PARTY:
        Class<?> party = Forms.publicType(value.getClass()).orElseThrow();
        object(Forms.of(party).model(), value, out);
        return;
    }
    throw new AssertionError(form.kind);
  }

  private void object(ModelForm form, Object value, JsonOutput out) throws IOException {
    out.startObject();
    if (form.partyType != null) {
      out.name("type");
      out.string(form.partyType);
    }
    for (PropertyForm p : form.properties) {
      Object v = invoke(p.accessor, value);
      if (v instanceof Optional) {
        Optional<?> optional = (Optional<?>) v;
        if (optional.isEmpty()) {
          continue;
        }
        v = optional.get();
      }
      out.name(p.name);
      value(p.value, v, out);
    }
    out.endObject();
  }

  private static Object invoke(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(accessor + " failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
