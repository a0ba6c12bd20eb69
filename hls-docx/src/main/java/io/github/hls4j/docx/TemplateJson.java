package io.github.hls4j.docx;

import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.json.internal.HardenedReader;
import io.github.hls4j.json.internal.JsonText;
import io.github.hls4j.json.internal.RecordForm;
import io.github.hls4j.json.internal.TextOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes template files through hls-json's hardened reader, with no JSON library: the
 * board and strategies in hls4j's form, and an unknown field or a missing or null required field an
 * error. A missing or null field reaches the template's constructor as null: a required one is
 * refused there, and is reported as missing; an optional one takes its default.
 */
final class TemplateJson {

  /** A template file is small; this bounds what is read. */
  static final int MAX_TEMPLATE_LENGTH = 1_000_000;

  /** A drafted template's notes for the person checking it, which the reader leaves aside. */
  private static final String TO_CHECK = "toCheck";

  private static final HardenedReader READER =
      new HardenedReader(
          JsonText.parsers(HardenedReader.MAX_NESTING_DEPTH, HardenedReader.MAX_STRING_LENGTH),
          MAX_TEMPLATE_LENGTH);

  private TemplateJson() {}

  /** Writes a template as a template file, with a drafter's guesses first, in {@code toCheck}. */
  static String write(ReportTemplate template, List<String> toCheck) {
    TextOutput out = new TextOutput();
    try {
      out.startObject();
      out.name(TO_CHECK);
      out.startArray();
      for (String note : toCheck) {
        out.string(note);
      }
      out.endArray();
      RecordForm.writeProperties(template, out);
      out.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // text in memory
    }
    return out + "\n";
  }

  static ReportTemplate read(InputStream in, String source) {
    byte[] bytes = READER.bytes(in, source);
    if (bytes.length > MAX_TEMPLATE_LENGTH) {
      throw new InvalidJsonException(
          source, 0, 0, "", "a template is longer than " + MAX_TEMPLATE_LENGTH + " bytes");
    }
    if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
      throw new InvalidJsonException(
          source,
          0,
          0,
          "",
          "is a Word document or another zip file, not a template; draft a template from a council's blank Word template with TemplateDraft (hls template draft)");
    }
    if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
      throw new InvalidJsonException(
          source, 1, 1, "", "the document is empty; expected a template");
    }
    return READER.readRecord(bytes, source, ReportTemplate.class, "template", Set.of(TO_CHECK));
  }
}
