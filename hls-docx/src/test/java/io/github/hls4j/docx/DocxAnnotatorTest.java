package io.github.hls4j.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hls4j.docx.CouncilLayouts.Variant;
import io.github.hls4j.docx.CouncilLayoutsTest.Layout;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleId;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class DocxAnnotatorTest {

  private static final String W = WordBody.W;

  static List<Arguments> documents() throws IOException {
    List<Arguments> documents = new ArrayList<>();
    CouncilLayoutsTest.layouts()
        .forEach(
            a -> {
              Layout layout = (Layout) a.get()[0];
              documents.add(
                  Arguments.of(
                      layout.name(),
                      CouncilLayouts.template(layout.name()),
                      layout.document().apply(Variant.FILLED)));
            });
    documents.add(
        Arguments.of(
            "somerset", ReportTemplate.somerset(), Files.readAllBytes(SomersetDocument.FIXTURE)));
    return documents;
  }

  private static ValidationResult findings(ReportTemplate template, byte[] document) {
    DocxImport read =
        DocxReader.of(template).read(new ByteArrayInputStream(document), "report.docx");
    return read.with(GovernanceRules.validator(Profile.DECISION_READY).validate(read.report()));
  }

  private static byte[] annotate(byte[] document, ValidationResult findings) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(DocxAnnotator.annotate(document, "report.docx", findings, out))
        .isEqualTo(findings.size());
    return out.toByteArray();
  }

  private static XWPFDocument open(byte[] document) {
    return DocxReader.open(document, "checked.docx");
  }

  /** The comment ids referenced from each paragraph, by the paragraph's text. */
  private static Map<String, String> anchoredText(XWPFDocument word) {
    Map<String, String> textById = new HashMap<>();
    collect((Element) word.getDocument().getBody().getDomNode(), textById);
    return textById;
  }

  private static void collect(Element e, Map<String, String> textById) {
    if (W.equals(e.getNamespaceURI()) && "p".equals(e.getLocalName())) {
      List<String> starts = new ArrayList<>();
      List<String> references = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      walk(e, starts, references, text);
      assertThat(references)
          .as("each range is closed by its reference")
          .containsExactlyInAnyOrderElementsOf(starts);
      references.forEach(id -> textById.put(id, text.toString()));
      return;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        collect(child, textById);
      }
    }
  }

  private static void walk(
      Element e, List<String> starts, List<String> references, StringBuilder text) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child && W.equals(child.getNamespaceURI())) {
        switch (child.getLocalName()) {
          case "commentRangeStart" -> starts.add(child.getAttributeNS(W, "id"));
          case "commentReference" -> references.add(child.getAttributeNS(W, "id"));
          case "t" -> {
            for (Node t = child.getFirstChild(); t != null; t = t.getNextSibling()) {
              text.append(t.getNodeValue());
            }
          }
          default -> walk(child, starts, references, text);
        }
      }
    }
  }

  /** The body as XML with the comments' ranges and references taken out. */
  private static String bodyWithoutComments(XWPFDocument word) {
    Element body = (Element) word.getDocument().getBody().getDomNode();
    strip(body);
    return word.getDocument().getBody().xmlText();
  }

  private static void strip(Element e) {
    Node n = e.getFirstChild();
    while (n != null) {
      Node next = n.getNextSibling();
      if (n instanceof Element child && W.equals(child.getNamespaceURI())) {
        String local = child.getLocalName();
        boolean reference =
            local.equals("r") && WordBody.child(child, W, "commentReference") != null;
        if (local.equals("commentRangeStart") || local.equals("commentRangeEnd") || reference) {
          e.removeChild(child);
        } else {
          strip(child);
        }
      }
      n = next;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void annotate_filledReport_writesOneCommentPerFindingWithItsRuleSeverityAndMessage(
      String name, ReportTemplate template, byte[] document) throws IOException {
    ValidationResult findings = findings(template, document);

    try (XWPFDocument checked = open(annotate(document, findings))) {
      XWPFComment[] comments = checked.getComments();
      assertThat(comments).hasSize(findings.size()).isNotEmpty();
      List<String> texts = new ArrayList<>();
      for (XWPFComment c : comments) {
        assertThat(c.getAuthor()).isEqualTo(DocxAnnotator.AUTHOR);
        texts.add(c.getText().strip());
      }
      assertThat(texts)
          .containsExactlyInAnyOrderElementsOf(
              findings.violations().stream().map(DocxAnnotator::text).toList());
      assertThat(anchoredText(checked)).hasSize(findings.size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void annotate_filledReport_leavesTheDocumentsContentAsItWas(
      String name, ReportTemplate template, byte[] document) throws IOException {
    ValidationResult findings = findings(template, document);
    byte[] annotated = annotate(document, findings);

    try (XWPFDocument original = open(document);
        XWPFDocument checked = open(annotated)) {
      assertThat(bodyWithoutComments(checked)).isEqualTo(bodyWithoutComments(original));
    }
    DocxImport before =
        DocxReader.of(template).read(new ByteArrayInputStream(document), "report.docx");
    DocxImport after =
        DocxReader.of(template).read(new ByteArrayInputStream(annotated), "report.docx");
    assertThat(after.report()).isEqualTo(before.report());
    assertThat(findings(template, annotated)).isEqualTo(findings);
  }

  @Test
  void annotate_undatedSignOff_anchorsItsCommentInTheDateCell() throws IOException {
    Layout cabinet =
        CouncilLayoutsTest.layouts()
            .map(a -> (Layout) a.get()[0])
            .filter(l -> l.name().equals("cabinet"))
            .findFirst()
            .orElseThrow();
    byte[] document = cabinet.document().apply(Variant.FILLED);
    ValidationResult findings = findings(CouncilLayouts.template("cabinet"), document);
    Violation undated =
        findings.withRule(RuleId.of("governance/signoff-undated")).violations().get(0);

    try (XWPFDocument checked = open(annotate(document, findings))) {
      String id = null;
      for (XWPFComment c : checked.getComments()) {
        if (c.getText().contains("governance/signoff-undated")) {
          id = c.getId();
        }
      }
      assertThat(id).isNotNull();
      Element anchored =
          DocxAnnotator.anchor(
              (Element) checked.getDocument().getBody().getDomNode(),
              undated.location().orElseThrow().pointer());
      assertThat(anchored).isNotNull();
      assertThat(anchored.getParentNode().getLocalName()).isEqualTo("tc");
      List<String> references = new ArrayList<>();
      walk(anchored, new ArrayList<>(), references, new StringBuilder());
      assertThat(references).contains(id);
    }
  }

  @Test
  void annotate_findingWithoutLocation_isAnchoredAtTheFirstParagraph() throws IOException {
    byte[] document = new WordFile().add(WordFile.Xml.p("Title"), WordFile.Xml.p("Second")).bytes();
    Violation unlocated =
        Violation.of(
            RuleId.of("test/rule"),
            io.github.hls4j.validation.Severity.WARNING,
            "title",
            "k",
            "Look",
            Map.of());

    try (XWPFDocument checked = open(annotate(document, ValidationResult.of(List.of(unlocated))))) {
      assertThat(anchoredText(checked))
          .containsExactly(Map.entry(checked.getComments()[0].getId(), "Title"));
    }
  }

  @Test
  void annotate_notAWordDocument_throwsNamingTheSource() {
    assertThatThrownBy(
            () ->
                DocxAnnotator.annotate(
                    "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "report.json",
                    ValidationResult.empty(),
                    new ByteArrayOutputStream()))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessageStartingWith("report.json");
  }
}
