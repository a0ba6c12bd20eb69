package io.github.hls4j.examples.cli;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.github.hls4j.docx.DocxImport;
import io.github.hls4j.docx.DocxReader;
import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.docx.UnreadableDocumentException;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.Reason;
import io.github.hls4j.validation.ValidationResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads what the command line names: board reports as JSON or Word, and JSON documents of hls4j's
 * other types, from files or standard input; what cannot be read is an {@link UnreadableInput}.
 */
final class Sources {

  private Sources() {}

  /**
   * An input that cannot be read: a file that is missing, malformed JSON or no readable Word
   * document.
   */
  static final class UnreadableInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnreadableInput(RuntimeException cause) {
      super(cause.getMessage(), cause);
    }
  }

  /**
   * The problem of an input that cannot be read, in a language: a JSON document's problem worded
   * from its reason, else the message as it is.
   */
  static String problem(RuntimeException e, java.util.Locale language) {
    Throwable problem = e instanceof UnreadableInput ? e.getCause() : e;
    return problem instanceof InvalidJsonException json
        ? json.message(InvalidJsonException.phrasebook(language))
        : String.valueOf(e.getMessage());
  }

  /**
   * Reads a board report, as JSON or as a Word document: the content decides, not the file's name.
   * A zip package or an OLE2 file goes to the Word reader, which explains what it cannot open;
   * anything else is read as JSON, with no import findings. The template is asked for only for
   * Word.
   */
  static DocxImport report(String file, Supplier<ReportTemplate> layout) {
    return report(
        file, Suppliers.ofInstance(bytes(file, DocxReader.MAX_DOCUMENT_BYTES + 1)), layout);
  }

  private static DocxImport report(
      String file, Supplier<byte[]> read, Supplier<ReportTemplate> layout) {
    byte[] bytes = read.get();
    try {
      if (isJson(bytes)) {
        Document kind = Document.of(bytes);
        if (kind != Document.REPORT) {
          throw kind.notAReport(file);
        }
        return new DocxImport(
            Hls.json().read(new ByteArrayInputStream(bytes), file, BoardReport.class),
            ValidationResult.empty());
      }
      return DocxReader.of(layout.get()).read(new ByteArrayInputStream(bytes), file);
    } catch (InvalidJsonException | UnreadableDocumentException e) {
      throw new UnreadableInput(e);
    }
  }

  /**
   * Reads what {@code hls validate} checks: a board report, as JSON or Word, as {@link #report}
   * does; or, told by its content, a learning system or a health round held as JSON. Anything else
   * (a template, findings) is refused as no board report.
   */
  static Object validatable(String file, Supplier<ReportTemplate> layout) {
    byte[] bytes = bytes(file, DocxReader.MAX_DOCUMENT_BYTES + 1);
    if (isJson(bytes)) {
      Document kind = Document.of(bytes);
      try {
        if (kind == Document.SYSTEM) {
          return Hls.json().read(new ByteArrayInputStream(bytes), file, LearningSystem.class);
        }
        if (kind == Document.HEALTH_ROUND) {
          return Hls.json().read(new ByteArrayInputStream(bytes), file, HealthRound.class);
        }
      } catch (InvalidJsonException e) {
        throw new UnreadableInput(e);
      }
    }
    return report(file, Suppliers.ofInstance(bytes), layout);
  }

  /**
   * Whether the bytes are a zip package (.docx) or an OLE2 file (.doc, or an encrypted .docx):
   * Word's business.
   */
  private static boolean isJson(byte[] bytes) {
    boolean zip =
        bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    boolean ole2 =
        bytes.length >= 4
            && (bytes[0] & 0xFF) == 0xD0
            && (bytes[1] & 0xFF) == 0xCF
            && (bytes[2] & 0xFF) == 0x11
            && (bytes[3] & 0xFF) == 0xE0;
    return !zip && !ole2;
  }

  /** Reads a JSON document of one of hls4j's types, or says why it cannot. */
  static <T> T readJson(String file, Class<T> type) {
    byte[] bytes = bytes(file, HlsJson.MAX_DOCUMENT_LENGTH + 1);
    Document expected =
        type == LearningSystem.class
            ? Document.SYSTEM
            : type == HealthRound.class ? Document.HEALTH_ROUND : null;
    if (expected != null) {
      Document kind = Document.of(bytes, expected);
      if (kind != expected) {
        throw new UnreadableInput(kind.notA(expected, file));
      }
    }
    try {
      return Hls.json().read(new ByteArrayInputStream(bytes), file, type);
    } catch (InvalidJsonException e) {
      throw new UnreadableInput(e);
    }
  }

  /**
   * Reads at most {@code limit} bytes of a file, or of standard input for {@code -}; the readers
   * say when that is too many.
   */
  private static byte[] bytes(String file, int limit) {
    try (InputStream in = file.equals("-") ? System.in : Files.newInputStream(Path.of(file))) {
      return in.readNBytes(limit);
    } catch (NoSuchFileException e) {
      throw new UnreadableInput(
          new InvalidJsonException(
              file, 0, 0, "", Reason.of("json/no-such-file", Map.of(), "no such file")));
    } catch (IOException e) {
      String detail = String.valueOf(e.getMessage());
      throw new UnreadableInput(
          new InvalidJsonException(
              file,
              0,
              0,
              "",
              Reason.of("json/unreadable", Map.of("detail", detail), "cannot be read: " + detail)));
    }
  }
}
