package io.github.hls4j.docx;

import io.github.hls4j.docx.ReportDraft.ParagraphDraft;
import io.github.hls4j.docx.ReportDraft.SectionDraft;
import io.github.hls4j.docx.WordBody.Cell;
import io.github.hls4j.docx.WordBody.Para;
import io.github.hls4j.docx.WordBody.Table;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the numbered sections of a report: their numbered paragraphs ("1.1", typed, numbered by
 * Word or in a table with the number on the left, or numbered in order under a styled heading), the
 * text that carries them on, and their lists. Single-use and single-threaded.
 */
final class SectionReader {

  static final Pattern PARAGRAPH_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})+\\.?$");
  private static final Pattern TYPED_PARAGRAPH =
      Pattern.compile("^(\\d{1,3}(?:\\.\\d{1,3})+)\\.?(?:\\s+(.*))?$");

  /** A number Word gives a paragraph of a report numbered throughout by one list: "12.". */
  private static final Pattern WORD_PARAGRAPH = Pattern.compile("^\\d{1,3}\\.$");

  private static final Pattern TYPED_ITEM =
      Pattern.compile("^(\\(\\w{1,4}\\)|\\w{1,3}\\))\\s+(\\S.*)$");

  private final ReportDraft draft;
  private final PaperReader papers;

  SectionReader(ReportDraft draft, PaperReader papers) {
    this.draft = draft;
    this.papers = papers;
  }

  /** A paragraph of the section being read. */
  void paragraph(Para p, String text) {
    SectionDraft section = draft.section();
    if (!p.number().isEmpty()) {
      if (PARAGRAPH_NUMBER.matcher(p.number()).matches()) {
        section.paragraphs.add(new ParagraphDraft(stripDot(p.number()), p.path()));
        section.text(text, p.path());
      } else if (section.byHeading
          && WORD_PARAGRAPH.matcher(p.number()).matches()
          && !leadsIntoList(section.current())) {
        // a report whose paragraphs Word numbers 1., 2., 3. throughout, under unnumbered headings
        section.paragraphs.add(new ParagraphDraft(stripDot(p.number()), p.path()));
        section.text(text, p.path());
      } else {
        if (section.byHeading && section.current() == null) {
          section.unnumbered(p.path());
        }
        section.item(p.number(), text, p.path());
      }
      return;
    }
    if (section.byHeading && !TYPED_PARAGRAPH.matcher(text).matches()) {
      // a section under a heading, in paragraphs without numbers: each is one, numbered in order
      ParagraphDraft current = section.current();
      Matcher item = TYPED_ITEM.matcher(text);
      if (item.matches() && current != null) {
        section.item(item.group(1), item.group(2), p.path());
      } else if (current != null && !current.synthetic) {
        section.text(text, p.path());
      } else {
        section.unnumbered(p.path());
        section.text(text, p.path());
      }
      return;
    }
    Matcher numbered = TYPED_PARAGRAPH.matcher(text);
    if (numbered.matches()) {
      section.paragraphs.add(new ParagraphDraft(numbered.group(1), p.path()));
      String rest = numbered.group(2);
      section.text(rest == null ? "" : rest, p.path());
      return;
    }
    Matcher item = TYPED_ITEM.matcher(text);
    if (item.matches() && section.current() != null) {
      section.item(item.group(1), item.group(2), p.path());
      return;
    }
    if (section.current() == null && section.holdsSignOff) {
      // "Report history" after the sign-off table of "9. AUDIT TRAIL": a paragraph of its own
      section.unnumbered(p.path());
      section.text(text, p.path());
    } else if (section.current() == null) {
      draft.unplaced(p.path(), text);
    } else {
      section.text(text, p.path());
    }
  }

  /**
   * A table of numbered paragraphs: the number in the first cell, the text beside it; or a table of
   * labels and values, each row read as a paragraph "Label: value", except a row labelled as the
   * background papers, which holds them.
   */
  void table(Table table) {
    SectionDraft section = draft.section();
    for (List<Cell> cells : table.rows()) {
      if (cells.isEmpty()) {
        continue;
      }
      String first = cells.get(0).text();
      List<Cell> rest = cells.subList(1, cells.size());
      if (PARAGRAPH_NUMBER.matcher(first).matches()) {
        section.paragraphs.add(new ParagraphDraft(stripDot(first), cells.get(0).path()));
      } else if (cells.size() == 2 && Labels.matches(draft.template.backgroundPapers(), first)) {
        // "Background information | Temporary Accommodation Strategy 2024 [link]" in a "Report
        // history" table: the background papers, each paragraph of the value a paper
        for (Para p : rest.get(0).paragraphs()) {
          String text = Labels.clean(p.text());
          if (!text.isEmpty()) {
            papers.paragraph(p, text);
          }
        }
        continue;
      } else if (cells.size() == 2
          && !first.isEmpty()
          && first.length() <= 80
          && !rest.get(0).text().isEmpty()) {
        // a key-value row, such as "Report deadline | 06/03/2026" in a "Report history" table: a
        // paragraph of its own
        section.unnumbered(cells.get(0).path());
        section.text(first + ": " + rest.get(0).text(), cells.get(0).path());
        continue;
      } else if (!first.isEmpty() || section.current() == null) {
        draft.unplaced(cells.get(0).path(), ReportMapper.text(cells));
        continue;
      }
      for (Cell cell : rest) {
        for (Para p : cell.paragraphs()) {
          String text = Labels.clean(p.text());
          if (text.isEmpty()) {
            continue;
          }
          Matcher item = TYPED_ITEM.matcher(text);
          if (!p.number().isEmpty()) {
            section.item(p.number(), text, p.path());
          } else if (item.matches()) {
            section.item(item.group(1), item.group(2), p.path());
          } else {
            section.text(text, p.path());
          }
        }
      }
    }
  }

  /**
   * Whether the paragraph so far ends by leading into a list ("The options are:"), so that a
   * numbered line is its item.
   */
  private static boolean leadsIntoList(@Nullable ParagraphDraft current) {
    if (current == null) {
      return false;
    }
    return !current.items.isEmpty()
        || !current.text.isEmpty() && current.text.get(current.text.size() - 1).endsWith(":");
  }

  private static String stripDot(String number) {
    return number.endsWith(".") ? number.substring(0, number.length() - 1) : number;
  }
}
