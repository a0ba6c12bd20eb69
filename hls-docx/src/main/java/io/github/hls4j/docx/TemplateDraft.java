package io.github.hls4j.docx;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A template drafted from a council's blank report template (.docx): its cover-sheet labels, its
 * layout's labels or headings, its sections, its tick tables and its sign-off table, each placed by
 * the words councils commonly use, with every guess listed for a person to check.
 *
 * <pre>{@code
 * TemplateDraft draft = TemplateDraft.of(Path.of("blank.docx"));
 * Files.writeString(Path.of("my-council.json"), draft.json()); // "toCheck" lists the guesses
 * }</pre>
 *
 * <p>The draft is a working {@link ReportTemplate}: a label it did not find in the blank is given
 * the common one, and said so. What it could not place at all is in {@link #unplaced()}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class TemplateDraft {

  private final ReportTemplate template;
  private final List<String> toCheck;
  private final List<String> unplaced;

  TemplateDraft(ReportTemplate template, List<String> toCheck, List<String> unplaced) {
    this.template = template;
    this.toCheck = List.copyOf(toCheck);
    this.unplaced = List.copyOf(unplaced);
  }

  /**
   * Drafts a template from a blank template in a file.
   *
   * @param blank the blank template
   * @return the draft
   * @throws UnreadableDocumentException if the file is missing or is no readable Word document
   * @since 0.1.0
   */
  public static TemplateDraft of(Path blank) {
    String source = blank.toString();
    try (InputStream in = Files.newInputStream(blank)) {
      return of(in, source);
    } catch (NoSuchFileException e) {
      throw new UnreadableDocumentException(source, "no such file");
    } catch (IOException e) {
      throw new UnreadableDocumentException(source, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Drafts a template from a blank template read from a stream, which is read to its end but not
   * closed.
   *
   * @param in the blank template
   * @param source its name, for messages and the template's name
   * @return the draft
   * @throws UnreadableDocumentException if the input is no readable Word document
   * @since 0.1.0
   */
  public static TemplateDraft of(InputStream in, String source) {
    requireNonNull(source, "source");
    byte[] bytes;
    try {
      bytes = in.readNBytes(DocxReader.MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UnreadableDocumentException(source, String.valueOf(e.getMessage()));
    }
    if (bytes.length > DocxReader.MAX_DOCUMENT_BYTES) {
      throw new UnreadableDocumentException(
          source, "it is larger than " + DocxReader.MAX_DOCUMENT_BYTES + " bytes");
    }
    try (XWPFDocument document = DocxReader.open(bytes, source)) {
      return new TemplateDrafter(source).draft(WordBody.read(document));
    } catch (WordBody.TooDeep e) {
      throw new UnreadableDocumentException(source, e.getMessage());
    } catch (IOException e) {
      throw new UnreadableDocumentException(source, DocxReader.damaged(e));
    }
  }

  /**
   * Returns the drafted template.
   *
   * @return the template
   * @since 0.1.0
   */
  public ReportTemplate template() {
    return template;
  }

  /**
   * Returns the guesses for a person to check, one a line, each naming the template's field.
   *
   * @return the guesses, in the order they were made
   * @since 0.1.0
   */
  public List<String> toCheck() {
    return toCheck;
  }

  /**
   * Returns what the drafter could not place, each with its place in the document.
   *
   * @return the places and quotes, in document order
   * @since 0.1.0
   */
  public List<String> unplaced() {
    return unplaced;
  }

  /**
   * Returns the draft as a template file, with its guesses in a {@code toCheck} list, which {@link
   * ReportTemplate#read(Path)} ignores.
   *
   * @return the JSON
   * @since 0.1.0
   */
  public String json() {
    return TemplateJson.write(template, toCheck);
  }
}
