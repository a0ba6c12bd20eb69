package io.github.hls4j.examples;

import io.github.hls4j.docx.DocxAnnotator;
import io.github.hls4j.docx.DocxImport;
import io.github.hls4j.docx.DocxReader;
import io.github.hls4j.docx.DocxWriter;
import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.docx.TemplateDraft;
import io.github.hls4j.docx.UnreadableDocumentException;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Board reports as Word documents: clearing a report before it goes into a Board pack, and drafting
 * a paper from a model. The snippets in docs/word.md are taken from here.
 */
public final class WordExample {

  private WordExample() {}

  /**
   * Checks a Word report as the Board's clerk would before it goes into the pack.
   *
   * @param file the report
   * @return the import findings and the findings at DECISION_READY, or why the file cannot be read
   */
  public static String clear(Path file) {
    // snippet: word-clear
    DocxReader reader = DocxReader.of(ReportTemplate.somerset());
    try {
      DocxImport read = reader.read(file);
      ValidationResult found =
          read.with(GovernanceRules.validator(Profile.DECISION_READY).validate(read.report()));
      return found
          .toString(); // the import/* findings name places such as body/table[1]/row[3]/cell[2]
    } catch (UnreadableDocumentException e) {
      return e.getMessage(); // e.g. board.doc: cannot be read: it is a Word 97-2003 binary document
      // (.doc); save it as .docx
    }
    // end snippet
  }

  /**
   * Drafts the Somerset report as a Word document in the Somerset template's layout.
   *
   * @param file where to write it
   * @throws IOException if it cannot be written
   */
  public static void draft(Path file) throws IOException {
    // snippet: word-draft
    BoardReport report = SomersetReport.report();
    try (OutputStream out = Files.newOutputStream(file)) {
      DocxWriter.of(ReportTemplate.somerset()).write(report, out);
    }
    // end snippet
  }

  /**
   * Reads a council's own template.
   *
   * @param file the template, as JSON
   * @return a reader of documents in that layout
   */
  public static DocxReader ownTemplate(Path file) {
    // snippet: word-template
    ReportTemplate county =
        ReportTemplate.read(file); // InvalidJsonException names the file, line and field
    DocxReader reader = DocxReader.of(county);
    // end snippet
    return reader;
  }

  /**
   * Drafts a template from a council's blank report template.
   *
   * @param blank the blank template, as Word
   * @param template where to write the drafted template, as JSON
   * @return the guesses a person should check
   * @throws IOException if the template cannot be written
   */
  public static List<String> draftTemplate(Path blank, Path template) throws IOException {
    // snippet: word-template-draft
    TemplateDraft draft = TemplateDraft.of(blank);
    Files.writeString(template, draft.json()); // draft.toCheck() lists the guesses
    // end snippet
    return draft.toCheck();
  }

  /**
   * Writes a Word report's findings into a copy of it, as Word comments where they are.
   *
   * @param file the report, as Word
   * @param checked where to write the copy
   * @return the number of comments written, one a finding
   * @throws IOException if the report cannot be read or the copy written
   */
  public static int annotate(Path file, Path checked) throws IOException {
    DocxReader reader = DocxReader.of(ReportTemplate.somerset());
    // snippet: word-annotate
    byte[] original = Files.readAllBytes(file);
    DocxImport read = reader.read(new ByteArrayInputStream(original), file.toString());
    ValidationResult found =
        read.with(GovernanceRules.validator(Profile.DECISION_READY).validate(read.report()));
    try (OutputStream out = Files.newOutputStream(checked)) {
      DocxAnnotator.annotate(original, file.toString(), found, out); // one comment a finding
    }
    // end snippet
    return found.size();
  }
}
