package io.github.hls4j.docx;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A Word document's body as the reader sees it: paragraphs and tables, each with its place in the
 * document ({@code body/table[1]/row[3]/cell[2]}), its visible text, its automatic number, its
 * links and what its content controls say. Read from the WordprocessingML itself, so that content
 * controls, checkboxes and anchors are seen as Word shows them.
 */
final class WordBody {

  static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
  static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  /** A block of the body: a paragraph or a table. */
  sealed interface Block permits Para, Table {
    String path();
  }

  /** A link in a paragraph: its text and its target, an address or {@code #anchor}. */
  record WordLink(String text, String target) {}

  /**
   * A paragraph.
   *
   * @param number the automatic number Word shows before it, or empty
   * @param level the numbering level, or -1 when it is not numbered automatically
   * @param checked whether a checkbox content control in it is ticked, or null if it has none
   * @param date the date a date-picker control in it holds, or null
   * @param placeholder whether a content control in it still shows its placeholder
   * @param heading its heading level (1 for Heading 1), from its style or outline level, or 0 when
   *     it is not a heading
   */
  record Para(
      String path,
      String text,
      String style,
      String number,
      int level,
      List<WordLink> links,
      @Nullable Boolean checked,
      @Nullable LocalDate date,
      boolean placeholder,
      int heading)
      implements Block {
    boolean isBlank() {
      return Labels.clean(text).isEmpty();
    }
  }

  /** A table, row by row. */
  record Table(String path, List<List<Cell>> rows) implements Block {}

  /** A table cell and what it holds; {@code shaded} when it has a fill colour other than white. */
  record Cell(String path, List<Block> blocks, boolean shaded) {
    /** Returns the cell's paragraphs, nested tables left out. */
    List<Para> paragraphs() {
      List<Para> paras = new ArrayList<>();
      for (Block b : blocks) {
        if (b instanceof Para p) {
          paras.add(p);
        }
      }
      return paras;
    }

    /** Returns the text of the cell's paragraphs, one line each, blank ones left out. */
    String text() {
      List<String> lines = new ArrayList<>();
      for (Para p : paragraphs()) {
        if (!p.isBlank()) {
          lines.add(Labels.clean(p.text()));
        }
      }
      return String.join("\n", lines);
    }
  }

  /** The deepest nesting of tables, content controls and links read; deeper is refused. */
  static final int MAX_DEPTH = 32;

  /** Thrown when a document nests deeper than {@link #MAX_DEPTH}. */
  static final class TooDeep extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooDeep() {
      super(
          "it nests tables, content controls or links more than " + MAX_DEPTH + " deep",
          null,
          false,
          false);
    }
  }

  private final XWPFDocument document;
  private int depth;
  private final ListNumbering numbering;
  private final Map<String, Integer> styleLevels = new HashMap<>();
  private final DocumentLanguage language;

  private WordBody(XWPFDocument document, DocumentLanguage language) {
    this.document = document;
    this.numbering = new ListNumbering(document);
    this.language = language;
  }

  /** Returns the blocks of the document's body. */
  static List<Block> read(XWPFDocument document) {
    return read(document, DocumentLanguage.of(document));
  }

  /**
   * Returns the blocks of the document's body, counting the language of its text in {@code
   * language}.
   */
  static List<Block> read(XWPFDocument document, DocumentLanguage language) {
    Node body = document.getDocument().getBody().getDomNode();
    return new WordBody(document, language).blocks(body, "body", Control.NONE);
  }

  /** What an enclosing content control says about the text inside it. */
  private record Control(@Nullable Boolean checked, @Nullable LocalDate date, boolean placeholder) {
    static final Control NONE = new Control(null, null, false);

    Control with(Control inner) {
      return new Control(
          inner.checked != null ? inner.checked : checked,
          inner.date != null ? inner.date : date,
          placeholder || inner.placeholder);
    }
  }

  private List<Block> blocks(Node container, String path, Control control) {
    List<Block> blocks = new ArrayList<>();
    collect(container, path, control, blocks, new int[2]);
    return blocks;
  }

  /**
   * Collects the paragraphs and tables of a container; {@code seen} counts paragraphs and tables
   * for their paths.
   */
  private void collect(
      Node container, String path, Control control, List<Block> blocks, int[] seen) {
    enter();
    for (Node n = container.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
        continue;
      }
      switch (e.getLocalName()) {
        case "p" -> blocks.add(paragraph(e, path + "/paragraph[" + ++seen[0] + "]", control));
        case "tbl" -> blocks.add(table(e, path + "/table[" + ++seen[1] + "]", control));
        case "sdt" -> {
          Element content = child(e, W, "sdtContent");
          if (content != null) {
            collect(content, path, control.with(control(e)), blocks, seen);
          }
        }
        case "customXml", "ins", "smartTag" -> collect(e, path, control, blocks, seen);
        default -> {}
      }
    }
    depth--;
  }

  private void enter() {
    if (++depth > MAX_DEPTH) {
      throw new TooDeep();
    }
  }

  private Table table(Element tbl, String path, Control control) {
    List<List<Cell>> rows = new ArrayList<>();
    for (Element tr : rows(tbl)) {
      String rowPath = path + "/row[" + (rows.size() + 1) + "]";
      List<Cell> cells = new ArrayList<>();
      for (Element tc : cells(tr)) {
        String cellPath = rowPath + "/cell[" + (cells.size() + 1) + "]";
        cells.add(new Cell(cellPath, blocks(tc, cellPath, control), shaded(tc)));
      }
      rows.add(cells);
    }
    return new Table(path, rows);
  }

  /** The rows of a table, including those inside row-level content controls. */
  private List<Element> rows(Element tbl) {
    List<Element> rows = new ArrayList<>();
    gather(tbl, "tr", rows);
    return rows;
  }

  private List<Element> cells(Element tr) {
    List<Element> cells = new ArrayList<>();
    gather(tr, "tc", cells);
    return cells;
  }

  private void gather(Element parent, String name, List<Element> found) {
    enter();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && W.equals(e.getNamespaceURI())) {
        if (e.getLocalName().equals(name)) {
          found.add(e);
        } else if (e.getLocalName().equals("sdt") || e.getLocalName().equals("customXml")) {
          Element content = e.getLocalName().equals("sdt") ? child(e, W, "sdtContent") : e;
          if (content != null) {
            gather(content, name, found);
          }
        }
      }
    }
    depth--;
  }

  private Para paragraph(Element p, String path, Control outer) {
    Element pPr = child(p, W, "pPr");
    Element pStyle = pPr == null ? null : child(pPr, W, "pStyle");
    String style = pStyle == null ? "" : pStyle.getAttributeNS(W, "val");
    Text text = new Text(outer, style);
    runs(p, text);
    String number = "";
    int level = -1;
    int heading = 0;
    if (pPr != null) {
      heading = style.isEmpty() ? 0 : styleLevel(style);
      Element outline = child(pPr, W, "outlineLvl");
      if (outline != null) {
        int outlineLevel = parse(outline.getAttributeNS(W, "val"), 9);
        heading = outlineLevel >= 0 && outlineLevel < 9 ? outlineLevel + 1 : 0;
      }
      Element numPr = child(pPr, W, "numPr");
      if (numPr != null) {
        String numId = value(child(numPr, W, "numId"));
        String ilvl = value(child(numPr, W, "ilvl"));
        level = parse(ilvl, 0);
        if (!numId.isEmpty() && !numId.equals("0")) {
          number = numbering.number(numId, level);
        } else {
          level = -1;
        }
      }
    }
    return new Para(
        path,
        text.text.toString(),
        style,
        number,
        level,
        List.copyOf(text.links),
        text.control.checked,
        text.control.date,
        text.control.placeholder,
        heading);
  }

  /** Whether a cell is shaded: a fill that is not white or automatic, as a separator row has. */
  private static boolean shaded(Element tc) {
    Element tcPr = child(tc, W, "tcPr");
    @Nullable Element shd = tcPr == null ? null : child(tcPr, W, "shd");
    if (shd == null) {
      return false;
    }
    String fill = shd.getAttributeNS(W, "fill");
    return !fill.isEmpty() && !fill.equalsIgnoreCase("auto") && !fill.equalsIgnoreCase("FFFFFF");
  }

  /**
   * The heading level a paragraph style gives: Word's "heading N" styles and any style with an
   * outline level, directly or through the styles it is based on; 0 for none.
   */
  private int styleLevel(String styleId) {
    Integer known = styleLevels.get(styleId);
    if (known != null) {
      return known;
    }
    int level = 0;
    XWPFStyles styles = document.getStyles();
    @Nullable String id = styleId;
    for (int hops = 0; hops < 10 && id != null && level == 0; hops++) {
      @Nullable XWPFStyle style = styles == null ? null : styles.getStyle(id);
      if (style == null) {
        level = headingName(id);
        break;
      }
      CTStyle ct = style.getCTStyle();
      if (ct.getPPr() != null && ct.getPPr().getOutlineLvl() != null) {
        int outline = ct.getPPr().getOutlineLvl().getVal().intValue();
        level = outline >= 0 && outline < 9 ? outline + 1 : 0;
        break;
      }
      level = headingName(style.getName() == null ? id : style.getName());
      id = ct.getBasedOn() == null ? null : ct.getBasedOn().getVal();
    }
    styleLevels.put(styleId, level);
    return level;
  }

  /** The N of a style named "heading N" or with the id "HeadingN", or 0. */
  private static int headingName(String name) {
    Matcher m = HEADING_STYLE.matcher(name);
    return m.matches() ? Integer.parseInt(m.group(1)) : 0;
  }

  private static final Pattern HEADING_STYLE = Pattern.compile("(?i)heading\\s?([1-9])");

  /** The text of a paragraph as it is built, with its links and controls, and its style's id. */
  private static final class Text {
    final StringBuilder text = new StringBuilder();
    final List<WordLink> links = new ArrayList<>();
    final String style;
    Control control;

    Text(Control control, String style) {
      this.control = control;
      this.style = style;
    }
  }

  private void runs(Element parent, Text text) {
    enter();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
        continue;
      }
      switch (e.getLocalName()) {
        case "r" -> {
          int start = text.text.length();
          run(e, text.text);
          language.count(e, text.style, text.text.subSequence(start, text.text.length()));
        }
        case "hyperlink" -> {
          int start = text.text.length();
          runs(e, text);
          text.links.add(new WordLink(Labels.clean(text.text.substring(start)), target(e)));
        }
        case "sdt" -> {
          text.control = text.control.with(control(e));
          Element content = child(e, W, "sdtContent");
          if (content != null) {
            runs(content, text);
          }
        }
        case "ins", "smartTag", "customXml", "fldSimple" -> runs(e, text);
        default -> {}
      }
    }
    depth--;
  }

  private static void run(Element r, StringBuilder text) {
    for (Node n = r.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
        continue;
      }
      switch (e.getLocalName()) {
        case "t" -> characters(e, text);
        case "tab", "br", "cr" -> text.append(' ');
        case "noBreakHyphen" -> text.append('-');
        case "sym" -> text.append(symbol(e.getAttributeNS(W, "char")));
        default -> {}
      }
    }
  }

  /** Appends the character data of a text element; xmlbeans' DOM has no {@code getTextContent}. */
  private static void characters(Element t, StringBuilder text) {
    for (Node n = t.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        text.append(n.getNodeValue());
      }
    }
  }

  /**
   * Wingdings' ballot boxes, as Word's older checkboxes insert them, and any other symbol as its
   * character.
   */
  private static String symbol(String hex) {
    int code = parseHex(hex);
    return switch (code) {
      case 0xF0FD, 0xF078 -> "\u2612";
      case 0xF0A8, 0xF06F -> "\u2610";
      case 0xF0FE -> "\u2611";
      default ->
          code > 0 && code < 0xF000 && !Character.isSurrogate((char) code)
              ? new String(Character.toChars(code))
              : "";
    };
  }

  private static int parseHex(String hex) {
    try {
      return Integer.parseInt(hex, 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private String target(Element hyperlink) {
    String id = hyperlink.getAttributeNS(R, "id");
    String anchor = hyperlink.getAttributeNS(W, "anchor");
    if (!id.isEmpty()) {
      PackageRelationship rel = document.getPackagePart().getRelationship(id);
      if (rel != null) {
        String target = rel.getTargetURI().toString();
        return anchor.isEmpty() ? target : target + "#" + anchor;
      }
    }
    return "#" + anchor;
  }

  /** What a content control's properties say: a checkbox's state, a date, a placeholder shown. */
  private static Control control(Element sdt) {
    Element pr = child(sdt, W, "sdtPr");
    if (pr == null) {
      return Control.NONE;
    }
    boolean placeholder =
        child(pr, W, "showingPlcHdr") != null
            && !"0".equals(child(pr, W, "showingPlcHdr").getAttributeNS(W, "val"))
            && !"false".equals(child(pr, W, "showingPlcHdr").getAttributeNS(W, "val"));
    Boolean checked = null;
    Element checkbox = child(pr, W14, "checkbox");
    if (checkbox != null) {
      Element state = child(checkbox, W14, "checked");
      String val = state == null ? "0" : state.getAttributeNS(W14, "val");
      checked = val.equals("1") || val.equalsIgnoreCase("true");
    }
    LocalDate date = null;
    Element picker = child(pr, W, "date");
    if (picker != null && !placeholder) {
      String full = picker.getAttributeNS(W, "fullDate");
      if (full.length() >= 10) {
        try {
          date = LocalDate.parse(full.substring(0, 10));
        } catch (DateTimeParseException e) {
          date = null; // the shown text is read instead
        }
      }
    }
    return new Control(checked, date, placeholder);
  }

  static @Nullable Element child(Element parent, String namespace, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && namespace.equals(e.getNamespaceURI())
          && name.equals(e.getLocalName())) {
        return e;
      }
    }
    return null;
  }

  private static String value(@Nullable Element e) {
    return e == null ? "" : e.getAttributeNS(W, "val");
  }

  private static int parse(String text, int otherwise) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
