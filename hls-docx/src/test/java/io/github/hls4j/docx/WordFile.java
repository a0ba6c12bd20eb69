package io.github.hls4j.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Word documents written as Word writes them, part by part in WordprocessingML, for fixtures that
 * do not come from hls4j's own writer: content controls, checkboxes, automatic numbering, merged
 * cells and hyperlinks as a person makes them in Word.
 */
final class WordFile {

  static final String NAMESPACES =
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
          + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\"";

  private final StringBuilder body = new StringBuilder();
  private final List<String> links = new ArrayList<>();
  private String numbering = "";
  private String styles = "";
  private String mainContentType =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private final Map<String, byte[]> extraParts = new LinkedHashMap<>();
  private String doctype = "";
  private String coreProperties = "";

  /** Adds body XML: paragraphs and tables. */
  WordFile add(String... xml) {
    for (String x : xml) {
      body.append(x);
    }
    return this;
  }

  /** Returns the relationship id of an external hyperlink to {@code target}. */
  String link(String target) {
    links.add(target);
    return "rIdLink" + links.size();
  }

  WordFile numbering(String abstractNums) {
    this.numbering = abstractNums;
    return this;
  }

  /** Adds {@code word/styles.xml}, holding these style definitions. */
  WordFile styles(String definitions) {
    this.styles = definitions;
    return this;
  }

  WordFile contentType(String type) {
    this.mainContentType = type;
    return this;
  }

  WordFile part(String name, byte[] bytes) {
    extraParts.put(name, bytes);
    return this;
  }

  /** Adds core properties, as XML inside {@code cp:coreProperties}. */
  WordFile coreProperties(String xml) {
    this.coreProperties = xml;
    return this;
  }

  WordFile doctype(String declaration) {
    this.doctype = declaration;
    return this;
  }

  byte[] bytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      String overrides =
          "<Override PartName=\"/word/document.xml\" ContentType=\""
              + mainContentType
              + "\"/>"
              + (numbering.isEmpty()
                  ? ""
                  : "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>")
              + (styles.isEmpty()
                  ? ""
                  : "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>")
              + (coreProperties.isEmpty()
                  ? ""
                  : "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>");
      entry(
          zip,
          "[Content_Types].xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Default Extension=\"bin\" ContentType=\"application/octet-stream\"/>"
              + overrides
              + "</Types>");
      entry(
          zip,
          "_rels/.rels",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
              + (coreProperties.isEmpty()
                  ? ""
                  : "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>")
              + "</Relationships>");
      if (!coreProperties.isEmpty()) {
        entry(
            zip,
            "docProps/core.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + coreProperties
                + "</cp:coreProperties>");
      }
      StringBuilder rels =
          new StringBuilder(
              "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                  + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
      for (int i = 0; i < links.size(); i++) {
        rels.append("<Relationship Id=\"rIdLink")
            .append(i + 1)
            .append(
                "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink\" Target=\"")
            .append(Xml.escape(links.get(i)))
            .append("\" TargetMode=\"External\"/>");
      }
      if (!numbering.isEmpty()) {
        rels.append(
            "<Relationship Id=\"rIdNumbering\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>");
      }
      if (!styles.isEmpty()) {
        rels.append(
            "<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>");
      }
      rels.append("</Relationships>");
      entry(zip, "word/_rels/document.xml.rels", rels.toString());
      entry(
          zip,
          "word/document.xml",
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
              + doctype
              + "<w:document "
              + NAMESPACES
              + "><w:body>"
              + body
              + "<w:sectPr/></w:body></w:document>");
      if (!numbering.isEmpty()) {
        entry(
            zip,
            "word/numbering.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:numbering "
                + NAMESPACES
                + ">"
                + numbering
                + "</w:numbering>");
      }
      if (!styles.isEmpty()) {
        entry(
            zip,
            "word/styles.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:styles "
                + NAMESPACES
                + ">"
                + styles
                + "</w:styles>");
      }
      for (Map.Entry<String, byte[]> part : extraParts.entrySet()) {
        ZipEntry e = new ZipEntry(part.getKey());
        e.setTime(0);
        zip.putNextEntry(e);
        zip.write(part.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTime(315532800000L); // 1980-01-01: the same bytes on every run
    zip.putNextEntry(e);
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  /** WordprocessingML as a person's Word writes it. */
  static final class Xml {
    private Xml() {}

    static String escape(String text) {
      return text.replace("&", "&amp;")
          .replace("<", "&lt;")
          .replace(">", "&gt;")
          .replace("\"", "&quot;");
    }

    static String run(String text) {
      return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    /** A run in bold, as a cover sheet's labels are. */
    static String bold(String text) {
      return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">"
          + escape(text)
          + "</w:t></w:r>";
    }

    /** A paragraph in a style, numbered automatically by Word. */
    static String styledNumbered(String style, int numId, int level, String text) {
      return "<w:p><w:pPr><w:pStyle w:val=\""
          + style
          + "\"/><w:numPr><w:ilvl w:val=\""
          + level
          + "\"/><w:numId w:val=\""
          + numId
          + "\"/></w:numPr></w:pPr>"
          + (text.isEmpty() ? "" : run(text))
          + "</w:p>";
    }

    /**
     * A paragraph style: its id, its name, the style it is based on (or none) and its outline level
     * (or -1).
     */
    static String style(String id, String name, String basedOn, int outlineLevel) {
      return "<w:style w:type=\"paragraph\" w:styleId=\""
          + id
          + "\"><w:name w:val=\""
          + escape(name)
          + "\"/>"
          + (basedOn.isEmpty() ? "" : "<w:basedOn w:val=\"" + basedOn + "\"/>")
          + (outlineLevel < 0
              ? ""
              : "<w:pPr><w:outlineLvl w:val=\"" + outlineLevel + "\"/></w:pPr>")
          + "</w:style>";
    }

    /** A row spanning {@code span} grid columns, as a table's sub-heading is. */
    static String spanRow(int span, String text) {
      return "<w:tr><w:tc><w:tcPr><w:gridSpan w:val=\""
          + span
          + "\"/></w:tcPr>"
          + pOf(bold(text))
          + "</w:tc></w:tr>";
    }

    static String p(String text) {
      return "<w:p>" + (text.isEmpty() ? "" : run(text)) + "</w:p>";
    }

    static String styled(String style, String text) {
      return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>" + run(text) + "</w:p>";
    }

    static String numbered(int numId, int level, String text) {
      return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\""
          + level
          + "\"/><w:numId w:val=\""
          + numId
          + "\"/></w:numPr></w:pPr>"
          + (text.isEmpty() ? "" : run(text))
          + "</w:p>";
    }

    /** A paragraph of runs and other inline content. */
    static String pOf(String... inline) {
      return "<w:p>" + String.join("", inline) + "</w:p>";
    }

    static String hyperlink(String relationshipId, String text) {
      return "<w:hyperlink r:id=\"" + relationshipId + "\">" + run(text) + "</w:hyperlink>";
    }

    static String anchor(String anchor, String text) {
      return "<w:hyperlink w:anchor=\"" + escape(anchor) + "\">" + run(text) + "</w:hyperlink>";
    }

    static String lineBreak() {
      return "<w:r><w:br/></w:r>";
    }

    /** A date picker still showing its placeholder, as an unfilled template leaves it. */
    static String datePlaceholder() {
      return "<w:sdt><w:sdtPr><w:id w:val=\"-1\"/><w:showingPlcHdr/><w:date><w:dateFormat w:val=\"dd/MM/yyyy\"/>"
          + "<w:lid w:val=\"en-GB\"/></w:date></w:sdtPr><w:sdtContent>"
          + p("Click or tap to enter a date.")
          + "</w:sdtContent></w:sdt>";
    }

    /** A date picker holding a date, shown as {@code shown}. */
    static String date(String iso, String shown) {
      return "<w:sdt><w:sdtPr><w:date w:fullDate=\""
          + iso
          + "T00:00:00Z\"><w:dateFormat w:val=\"dd/MM/yyyy\"/></w:date></w:sdtPr>"
          + "<w:sdtContent>"
          + p(shown)
          + "</w:sdtContent></w:sdt>";
    }

    /** A plain-text content control still showing its placeholder, inside a paragraph. */
    static String textPlaceholder(String prompt) {
      return "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>"
          + run(prompt)
          + "</w:sdtContent></w:sdt>";
    }

    /** A checkbox content control, with Word's ballot box glyph. */
    static String checkbox(boolean checked) {
      return "<w:p><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\""
          + (checked ? 1 : 0)
          + "\"/>"
          + "<w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/><w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/>"
          + "</w14:checkbox></w:sdtPr><w:sdtContent>"
          + run(checked ? "\u2612" : "\u2610")
          + "</w:sdtContent></w:sdt></w:p>";
    }

    static String table(String... rows) {
      return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>"
          + String.join("", rows)
          + "</w:tbl>";
    }

    static String row(String... cells) {
      return "<w:tr>" + String.join("", cells) + "</w:tr>";
    }

    /** A cell holding body XML. */
    static String cell(String... blocks) {
      String content = String.join("", blocks);
      return "<w:tc>" + (content.isEmpty() ? "<w:p/>" : content) + "</w:tc>";
    }

    /** A cell of plain paragraphs, one per text. */
    static String textCell(String... paragraphs) {
      StringBuilder content = new StringBuilder();
      for (String t : paragraphs) {
        content.append(p(t));
      }
      return cell(content.toString());
    }

    /**
     * A cell spanning {@code span} grid columns, shaded grey, empty: the separator of a priority
     * table.
     */
    static String greyCell(int span) {
      return "<w:tc><w:tcPr><w:gridSpan w:val=\""
          + span
          + "\"/><w:shd w:val=\"clear\" w:fill=\"CCCCCC\"/></w:tcPr><w:p/></w:tc>";
    }

    /** A cell merged with the one above it. */
    static String mergedCell() {
      return "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>";
    }

    /** The first cell of a vertical merge. */
    static String mergeStart(String text) {
      return "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" + p(text) + "</w:tc>";
    }

    /** A list definition: {@code levels} are pairs of level text and number format. */
    static String list(int id, String... levels) {
      StringBuilder s = new StringBuilder("<w:abstractNum w:abstractNumId=\"" + id + "\">");
      for (int i = 0; i < levels.length; i += 2) {
        s.append("<w:lvl w:ilvl=\"")
            .append(i / 2)
            .append("\"><w:start w:val=\"1\"/><w:numFmt w:val=\"")
            .append(levels[i + 1])
            .append("\"/><w:lvlText w:val=\"")
            .append(escape(levels[i]))
            .append("\"/></w:lvl>");
      }
      return s.append("</w:abstractNum>").toString();
    }

    static String num(int numId, int abstractId) {
      return "<w:num w:numId=\""
          + numId
          + "\"><w:abstractNumId w:val=\""
          + abstractId
          + "\"/></w:num>";
    }
  }
}
