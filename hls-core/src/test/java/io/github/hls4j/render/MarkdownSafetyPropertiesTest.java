package io.github.hls4j.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.Paragraph;
import io.github.hls4j.governance.Recommendation;
import io.github.hls4j.governance.ReportSection;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.governance.SignOffRole;
import io.github.hls4j.party.Person;
import io.github.hls4j.testing.ReportGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiFunction;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Markdown that stays text under any engine, proved with CommonMark: payloads put into random text
 * fields of generated reports never change the structure the renderer gives the clean report — the
 * same headings, lists, table rows and quotes, no code block, no HTML, no image — and every link
 * that remains goes to an https, http or mailto destination.
 */
class MarkdownSafetyPropertiesTest {

  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();

  static final List<String> PAYLOADS =
      List.of(
          "# Forged heading",
          "###### six",
          "    indented code",
          "\tindented by a tab",
          "---",
          "***",
          "___",
          "~~~",
          "```",
          "~~~ the rest of the report",
          "<script>alert(1)</script>",
          "<div onclick=\"x()\">",
          "<!-- comment -->",
          "<https://evil.example>",
          "<javascript:alert(1)>",
          "- forged item",
          "+ forged item",
          "* forged item",
          "1. forged item",
          "2) forged item",
          "> forged quote",
          "| forged | row |",
          "|---|---|",
          "[click](javascript:alert(1))",
          "[click](https://evil.example)",
          "![image](https://evil.example/x.png)",
          "[ref]: https://evil.example",
          "line\n# heading after a line break",
          "line\r\n---\r\nafter",
          "=====",
          "text\n=====",
          "**bold** and _emphasis_ and `code`",
          "&lt;script&gt; &amp; &#60;b&#62;",
          "\\",
          "trailing backslash \\",
          "escape \u001B[2J\u001B]0;owned\u0007 done",
          "right\u202Eto left",
          "zero\u200Bwidth",
          "www.evil.example and https://evil.example/autolink",
          "~~struck~~",
          "   # three spaces then a hash");

  private static List<BiFunction<BoardReport, String, BoardReport>> fields() {
    List<BiFunction<BoardReport, String, BoardReport>> fields = new ArrayList<>();
    fields.add((r, t) -> BoardReport.builder().from(r).title(t).build());
    fields.add((r, t) -> BoardReport.builder().from(r).addSummary(t).build());
    fields.add((r, t) -> BoardReport.builder().from(r).recommendationsPreamble(t).build());
    fields.add((r, t) -> BoardReport.builder().from(r).addReasons(t).build());
    fields.add(
        (r, t) ->
            BoardReport.builder()
                .from(r)
                .board(Board.builder().from(r.board()).name(t).build())
                .build());
    fields.add(
        (r, t) ->
            BoardReport.builder()
                .from(r)
                .leadOfficer(Person.builder().from(r.leadOfficer()).name(t).roleTitle(t).build())
                .build());
    fields.add(
        (r, t) -> {
          List<Recommendation> list = new ArrayList<>(r.recommendations());
          list.set(0, Recommendation.builder().from(list.get(0)).action(t).carriedOutBy(t).build());
          return BoardReport.builder().from(r).recommendations(list).build();
        });
    fields.add(
        (r, t) -> {
          List<ReportSection> sections = new ArrayList<>(r.sections());
          ReportSection first = sections.get(0);
          sections.set(
              0,
              ReportSection.builder()
                  .from(first)
                  .heading(t)
                  .addParagraphs(
                      Paragraph.builder()
                          .number("9.9")
                          .addText(t)
                          .addItems(io.github.hls4j.governance.ListItem.of(t, t))
                          .build())
                  .build());
          return BoardReport.builder().from(r).sections(sections).build();
        });
    fields.add(
        (r, t) ->
            BoardReport.builder()
                .from(r)
                .addBackgroundPapers(
                    BackgroundPaper.builder()
                        .title(t)
                        .link(io.github.hls4j.governance.Link.of(t, t))
                        .build())
                .build());
    fields.add(
        (r, t) ->
            BoardReport.builder()
                .from(r)
                .addSignOffs(
                    SignOff.builder()
                        .role(
                            SignOffRole.required(
                                t, io.github.hls4j.governance.SignOffRoleKind.OTHER))
                        .name(t)
                        .dateText(t)
                        .build())
                .build());
    return fields;
  }

  /** What a rendering is made of, as CommonMark reads it. */
  private static final class Structure extends AbstractVisitor {
    final List<Integer> headings = new ArrayList<>();
    int listItems;
    int tableRows;
    int quotes;
    int breaks;
    int code;
    int html;
    int images;
    final List<String> destinations = new ArrayList<>();

    static Structure of(String markdown) {
      Structure s = new Structure();
      PARSER.parse(markdown).accept(s);
      return s;
    }

    @Override
    public void visit(Heading heading) {
      headings.add(heading.getLevel());
      visitChildren(heading);
    }

    @Override
    public void visit(ListItem item) {
      listItems++;
      visitChildren(item);
    }

    @Override
    public void visit(BulletList list) {
      visitChildren(list);
    }

    @Override
    public void visit(OrderedList list) {
      visitChildren(list);
    }

    @Override
    public void visit(BlockQuote quote) {
      quotes++;
      visitChildren(quote);
    }

    @Override
    public void visit(ThematicBreak rule) {
      breaks++;
    }

    @Override
    public void visit(FencedCodeBlock block) {
      code++;
    }

    @Override
    public void visit(IndentedCodeBlock block) {
      code++;
    }

    @Override
    public void visit(HtmlBlock block) {
      html++;
    }

    @Override
    public void visit(HtmlInline inline) {
      html++;
    }

    @Override
    public void visit(Image image) {
      images++;
      visitChildren(image);
    }

    @Override
    public void visit(Link link) {
      destinations.add(link.getDestination());
      visitChildren(link);
    }

    @Override
    public void visit(CustomBlock block) {
      visitChildren(block);
    }

    @Override
    public void visit(CustomNode node) {
      if (node instanceof TableRow) {
        tableRows++;
      }
      visitChildren(node);
    }

    @Override
    protected void visitChildren(Node parent) {
      super.visitChildren(parent);
    }
  }

  @Test
  void payloadsInAnyTextField_neverChangeTheStructure() {
    List<BiFunction<BoardReport, String, BoardReport>> fields = fields();
    qt().withExamples(Integer.getInteger("hls4j.examples", 500))
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              BoardReport report = ReportGenerator.validReport(random);
              BoardReport clean = report;
              BoardReport dirty = report;
              for (int k = 0; k < 3; k++) {
                BiFunction<BoardReport, String, BoardReport> field =
                    fields.get(random.nextInt(fields.size()));
                String payload = PAYLOADS.get(random.nextInt(PAYLOADS.size()));
                String text =
                    random.nextBoolean() ? payload : "Words before " + payload + " words after";
                clean = field.apply(clean, "Plain words " + k);
                dirty = field.apply(dirty, text);
              }

              String markdown = MarkdownRenderer.render(dirty);
              Structure expected = Structure.of(MarkdownRenderer.render(clean));
              Structure actual = Structure.of(markdown);

              assertThat(actual.headings).as(markdown).isEqualTo(expected.headings);
              assertThat(actual.listItems).as(markdown).isEqualTo(expected.listItems);
              assertThat(actual.tableRows).as(markdown).isEqualTo(expected.tableRows);
              assertThat(actual.quotes).as(markdown).isEqualTo(expected.quotes);
              assertThat(actual.breaks).as(markdown).isEqualTo(expected.breaks);
              assertThat(actual.code).as(markdown).isZero();
              assertThat(actual.html).as(markdown).isZero();
              assertThat(actual.images).as(markdown).isZero();
              assertThat(actual.destinations.size())
                  .as(markdown)
                  .isLessThanOrEqualTo(expected.destinations.size());
              assertThat(actual.destinations)
                  .as(markdown)
                  .allMatch(
                      d ->
                          d.toLowerCase(Locale.ROOT).startsWith("https:")
                              || d.toLowerCase(Locale.ROOT).startsWith("http:")
                              || d.toLowerCase(Locale.ROOT).startsWith("mailto:"));
              assertThat(markdown)
                  .doesNotContain("\u001B")
                  .doesNotContain("\u202E")
                  .doesNotContain("\u200B");
            });
  }
}
