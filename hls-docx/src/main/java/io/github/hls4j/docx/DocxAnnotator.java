package io.github.hls4j.docx;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.text.Printable;
import io.github.hls4j.validation.Location;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFComments;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes findings back into a copy of the Word document they were found in, each as a Word comment
 * anchored at its {@linkplain Violation#location() location}: its severity, rule and message, by
 * the author {@value #AUTHOR}. An officer opens the copy in Word and sees each problem where it is.
 *
 * <pre>{@code
 * byte[] original = Files.readAllBytes(Path.of("report.docx"));
 * DocxImport read = DocxReader.of(template).read(new ByteArrayInputStream(original), "report.docx");
 * ValidationResult found = read.with(GovernanceRules.validator(Profile.DECISION_READY).validate(read.report()));
 * try (OutputStream out = Files.newOutputStream(Path.of("checked.docx"))) {
 *   DocxAnnotator.annotate(original, "report.docx", found, out);
 * }
 * }</pre>
 *
 * <p>Only comments are added: the document's text, tables and formatting are left as they were. A
 * comment is anchored at the paragraph its location names, or at the first paragraph of the table,
 * row or cell it names; a finding with no location, or with one the document does not have, is
 * anchored at the document's first paragraph. Comments already in the document are kept.
 *
 * @since 0.1.0
 */
public final class DocxAnnotator {

  /** The author of the comments written: {@value}. */
  public static final String AUTHOR = "hls4j";

  private static final String W = WordBody.W;
  private static final Pattern STEP = Pattern.compile("(paragraph|table|row|cell)\\[(\\d+)\\]");

  private DocxAnnotator() {}

  /**
   * Writes a copy of {@code document} with one comment for each finding.
   *
   * @param document the Word document the findings were found in
   * @param source the document's name, for messages
   * @param findings the findings, located in the document as {@link DocxImport#with} locates them
   * @param out where the copy is written; not closed
   * @return the number of comments written, one a finding
   * @throws UnreadableDocumentException if {@code document} cannot be read as a Word document
   * @throws IOException if the copy cannot be written
   * @throws NullPointerException if any argument is null
   * @since 0.1.0
   */
  public static int annotate(
      byte[] document, String source, ValidationResult findings, OutputStream out)
      throws IOException {
    requireNonNull(document, "document");
    requireNonNull(source, "source");
    requireNonNull(findings, "findings");
    requireNonNull(out, "out");
    if (document.length > DocxReader.MAX_DOCUMENT_BYTES) {
      throw new UnreadableDocumentException(
          source, "it is larger than " + DocxReader.MAX_DOCUMENT_BYTES + " bytes");
    }
    try (XWPFDocument word = DocxReader.open(document, source)) {
      Element body = (Element) word.getDocument().getBody().getDomNode();
      XWPFComments comments =
          word.getDocComments() == null ? word.createComments() : word.getDocComments();
      long id = nextId(comments);
      for (Violation v : findings.violations()) {
        Element paragraph =
            anchor(body, v.location().map(Location::pointer).orElse(Locations.BODY));
        if (paragraph == null) {
          paragraph = (Element) word.createParagraph().getCTP().getDomNode();
        }
        XWPFComment comment = comments.createComment(BigInteger.valueOf(id));
        comment.setAuthor(AUTHOR);
        comment.setInitials("hls");
        comment.createParagraph().createRun().setText(text(v));
        mark(paragraph, Long.toString(id));
        id++;
      }
      word.write(out);
      return findings.size();
    }
  }

  /** A comment's text: severity, rule and message, on one line. */
  static String text(Violation v) {
    return v.severity() + " " + v.rule() + ": " + Printable.oneLine(v.message());
  }

  private static long nextId(XWPFComments comments) {
    long next = 0;
    for (XWPFComment c : comments.getComments()) {
      try {
        next = Math.max(next, Long.parseLong(c.getId()) + 1);
      } catch (NumberFormatException e) {
        // an id that is no number takes no number from the ones written
      }
    }
    return next;
  }

  /**
   * The paragraph that a location's pointer names, as {@link WordBody} counts them, or the first
   * paragraph of the table, row or cell it names; the document's first paragraph when the pointer
   * names nothing the document has.
   */
  static @Nullable Element anchor(Element body, String pointer) {
    Element at = body;
    Matcher step = STEP.matcher(pointer);
    while (step.find() && at != null) {
      int n = Integer.parseInt(step.group(2));
      at =
          switch (step.group(1)) {
            case "paragraph" -> nth(at, "p", n, true);
            case "table" -> nth(at, "tbl", n, true);
            case "row" -> nth(at, "tr", n, false);
            default -> nth(at, "tc", n, false);
          };
    }
    Element paragraph = at == null ? null : firstParagraph(at);
    return paragraph == null ? firstParagraph(body) : paragraph;
  }

  /**
   * The {@code n}th element named {@code name} in a container, looking into content controls as the
   * reader does.
   */
  private static @Nullable Element nth(Element container, String name, int n, boolean blocks) {
    int[] seen = {0};
    return find(container, name, n, blocks, seen, 0);
  }

  private static @Nullable Element find(
      Element container, String name, int n, boolean blocks, int[] seen, int depth) {
    if (depth > WordBody.MAX_DEPTH) {
      return null;
    }
    for (Node node = container.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (!(node instanceof Element e) || !W.equals(e.getNamespaceURI())) {
        continue;
      }
      String local = e.getLocalName();
      if (local.equals(name)) {
        if (++seen[0] == n) {
          return e;
        }
        continue;
      }
      Element inner = null;
      if (local.equals("sdt")) {
        inner = WordBody.child(e, W, "sdtContent");
      } else if (local.equals("customXml")
          || (blocks && (local.equals("ins") || local.equals("smartTag")))) {
        inner = e;
      }
      if (inner != null) {
        Element found = find(inner, name, n, blocks, seen, depth + 1);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static @Nullable Element firstParagraph(Element at) {
    if (W.equals(at.getNamespaceURI()) && "p".equals(at.getLocalName())) {
      return at;
    }
    for (Node node = at.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e) {
        Element found = firstParagraph(e);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /**
   * Marks a whole paragraph as the range of comment {@code id}, with the comment's reference at its
   * end.
   */
  private static void mark(Element paragraph, String id) {
    Element start = element(paragraph, "commentRangeStart", id);
    Node first = paragraph.getFirstChild();
    while (first != null && !(first instanceof Element)) {
      first = first.getNextSibling();
    }
    if (first instanceof Element e
        && W.equals(e.getNamespaceURI())
        && "pPr".equals(e.getLocalName())) {
      first = e.getNextSibling();
    }
    paragraph.insertBefore(start, first);
    paragraph.appendChild(element(paragraph, "commentRangeEnd", id));
    Element run = paragraph.getOwnerDocument().createElementNS(W, "w:r");
    run.appendChild(element(paragraph, "commentReference", id));
    paragraph.appendChild(run);
  }

  private static Element element(Element paragraph, String name, String id) {
    Element e = paragraph.getOwnerDocument().createElementNS(W, "w:" + name);
    e.setAttributeNS(W, "w:id", id);
    return e;
  }
}
