package io.github.hls4j.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Four councils' report layouts, written by hand in WordprocessingML as Word writes them (not by
 * hls4j's writer) and kept as folders of XML parts in the test resources ({@code layouts/}, with a
 * README saying what each holds and what is planted in it): each as its blank template, a filled
 * report with planted defects, and the same report repaired, with the template that reads it. They
 * are modelled on councils' published report templates: a cabinet report laid out by Word's heading
 * styles with a cover sheet of bold labels; a committee report whose cover sheet is a table of
 * labels with typed numbered sections in capitals; a health and wellbeing board paper whose tick
 * table lists two strategies; and a report numbered throughout by Word's multilevel list.
 */
final class CouncilLayouts {

  /** Which copy of a layout. */
  enum Variant {
    BLANK,
    FILLED,
    REPAIRED
  }

  private CouncilLayouts() {}

  static ReportTemplate template(String name) {
    String resource = "layouts/" + name + "-template.json";
    try (InputStream in = CouncilLayouts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      return ReportTemplate.read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document of a layout, such as {@code layouts/cabinet-filled/}, zipped. */
  static byte[] document(String name, Variant v) {
    return LayoutFolder.docx(name + "-" + v.name().toLowerCase(Locale.ROOT));
  }

  /** The cabinet report laid out by headings. */
  static byte[] cabinet(Variant v) {
    return document("cabinet", v);
  }

  /** The committee report with a cover-sheet table. */
  static byte[] committee(Variant v) {
    return document("committee", v);
  }

  /** The health and wellbeing board paper with a tick table of two strategies. */
  static byte[] hwb(Variant v) {
    return document("hwb", v);
  }

  /** The report with Word's automatic numbering throughout. */
  static byte[] numberedThroughout(Variant v) {
    return document("numbered", v);
  }
}
