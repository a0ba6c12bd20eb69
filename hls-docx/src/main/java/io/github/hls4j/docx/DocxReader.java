package io.github.hls4j.docx;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Reads board reports from Word documents (.docx), laid out as a {@link ReportTemplate} says.
 *
 * <pre>{@code
 * DocxImport read = DocxReader.of(ReportTemplate.somerset()).read(Path.of("report.docx"));
 * ValidationResult result = GovernanceRules.validator(Profile.DECISION_READY).validate(read.report());
 * }</pre>
 *
 * <p>A document that can be read never makes the reader throw: what it cannot map becomes an {@code
 * import/*} finding of {@link DocxImport#findings()}, located in the document. A file that cannot
 * be read as a Word document at all gets an {@link UnreadableDocumentException} naming the file and
 * the problem: a damaged zip, an encrypted or binary {@code .doc} file, a macro-enabled document, a
 * DOCTYPE (XML entities are refused), tables, content controls or links nested more than 32 deep,
 * or a file over the limits below.
 *
 * <p><b>Limits.</b> A document is at most {@value #MAX_DOCUMENT_BYTES} bytes, and Apache POI's zip
 * limits are set, for the whole JVM, to at least these strictnesses the first time a reader is
 * made: no zip entry inflates to more than {@value #MAX_ENTRY_BYTES} bytes or at a ratio below
 * {@value #MIN_INFLATE_RATIO} (a zip bomb), a package has at most {@value #MAX_ENTRIES} entries,
 * and a part holds at most {@value #MAX_TEXT_CHARACTERS} characters of text. Limits an application
 * has already set more strictly are kept.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class DocxReader {

  /** The largest document read, in bytes: {@value}. */
  public static final int MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

  /** The smallest ratio of compressed to inflated size of a zip entry: {@value}. */
  public static final double MIN_INFLATE_RATIO = 0.01;

  /** The largest inflated size of a zip entry, in bytes: {@value}. */
  public static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;

  /** The most entries a document's package may hold: {@value}. */
  public static final long MAX_ENTRIES = 1_000;

  /** The most characters of text a part may hold: {@value}. */
  public static final long MAX_TEXT_CHARACTERS = 10_000_000;

  private static final String MACRO_CONTENT_TYPE =
      "application/vnd.ms-word.document.macroEnabled.main+xml";
  private static final String MACRO_TEMPLATE_CONTENT_TYPE =
      "application/vnd.ms-word.template.macroEnabledTemplate.main+xml";

  static {
    limitZips();
  }

  private final ReportTemplate template;

  private DocxReader(ReportTemplate template) {
    this.template = template;
  }

  /**
   * Returns a reader of documents laid out as {@code template} says.
   *
   * @param template the template
   * @return the reader
   * @throws NullPointerException if {@code template} is null
   * @since 0.1.0
   */
  public static DocxReader of(ReportTemplate template) {
    return new DocxReader(requireNonNull(template, "template"));
  }

  /**
   * Returns the reader's template.
   *
   * @return the template
   * @since 0.1.0
   */
  public ReportTemplate template() {
    return template;
  }

  /**
   * Reads a document from a file. The report's id is the one {@link DocxWriter} stored in the
   * document's custom properties, or else made from the file's name.
   *
   * @param file the file
   * @return the report and the import findings
   * @throws UnreadableDocumentException if the file is missing or cannot be read as a Word document
   * @since 0.1.0
   */
  public DocxImport read(Path file) {
    String source = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    } catch (NoSuchFileException e) {
      throw new UnreadableDocumentException(source, "no such file");
    } catch (IOException e) {
      throw new UnreadableDocumentException(source, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Reads a document from a stream, which is read to its end but not closed.
   *
   * @param in the document
   * @param source the document's name for messages and, without its extension, for the report's id
   *     when the document holds none
   * @return the report and the import findings
   * @throws UnreadableDocumentException if the input cannot be read as a Word document
   * @since 0.1.0
   */
  public DocxImport read(InputStream in, String source) {
    requireNonNull(source, "source");
    byte[] bytes;
    try {
      bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
    } catch (IOException e) {
      throw new UnreadableDocumentException(source, String.valueOf(e.getMessage()));
    }
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw new UnreadableDocumentException(
          source, "it is larger than " + MAX_DOCUMENT_BYTES + " bytes");
    }
    try (XWPFDocument document = open(bytes, source)) {
      return ReportMapper.map(document, template, source);
    } catch (WordBody.TooDeep e) {
      throw new UnreadableDocumentException(source, e.getMessage());
    } catch (IOException e) {
      throw new UnreadableDocumentException(source, damaged(e));
    }
  }

  /** Opens a document after checking what kind of file it is; never returns a macro-enabled one. */
  static XWPFDocument open(byte[] bytes, String source) {
    if (bytes.length == 0) {
      throw new UnreadableDocumentException(source, "it is empty");
    }
    FileMagic magic = FileMagic.valueOf(bytes);
    if (magic == FileMagic.OLE2) {
      throw new UnreadableDocumentException(source, binary(bytes));
    }
    if (magic != FileMagic.OOXML) {
      throw new UnreadableDocumentException(source, "it is not a Word document (.docx)");
    }
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
      refuseMacros(pkg, source);
      return new XWPFDocument(pkg);
    } catch (UnreadableDocumentException e) {
      pkg.revert();
      throw e;
    } catch (Exception e) { // POI reports damage with checked and unchecked exceptions alike
      if (pkg != null) {
        pkg.revert();
      }
      throw new UnreadableDocumentException(source, problem(e));
    }
  }

  private static void refuseMacros(OPCPackage pkg, String source) throws InvalidFormatException {
    for (PackagePart part : pkg.getParts()) {
      String type = part.getContentType();
      String name = part.getPartName().getName().toLowerCase(Locale.ROOT);
      if (type.equals(MACRO_CONTENT_TYPE)
          || type.equals(MACRO_TEMPLATE_CONTENT_TYPE)
          || name.endsWith("vbaproject.bin")) {
        throw new UnreadableDocumentException(
            source, "it is macro-enabled (.docm); hls4j does not open documents with macros");
      }
    }
  }

  /** Says what an OLE2 file is: an encrypted .docx, or a Word 97-2003 document. */
  private static String binary(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
        return "it is encrypted (password-protected); save an unprotected copy";
      }
    } catch (IOException | RuntimeException e) {
      return "it is a damaged binary Office file";
    }
    return "it is a Word 97-2003 binary document (.doc); save it as .docx";
  }

  private static String problem(Exception e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String message = String.valueOf(t.getMessage());
      if (message.contains("Zip bomb")
          || message.contains("zip bomb")
          || message.contains("MAX_ENTRY_SIZE")
          || message.contains("MAX_FILE_COUNT")
          || message.contains("max text size")) {
        return "it exceeds hls4j's limits for a compressed document (a possible zip bomb)";
      }
      if (message.contains("DOCTYPE")) {
        return "it holds a DOCTYPE declaration, which hls4j refuses (XML entities)";
      }
    }
    return damaged(e);
  }

  static String damaged(Exception e) {
    String message = e.getMessage();
    return "it is damaged: "
        + (message == null ? "not a readable zip package" : withoutClassNames(firstLine(message)));
  }

  /**
   * POI's messages start with the Java class of the exception they wrap; a reader needs only the
   * problem.
   */
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error):\\s*");

  private static String withoutClassNames(String message) {
    String text = CLASS_NAME.matcher(message).replaceAll("").strip();
    return text.isEmpty() ? "not a readable Word document" : text;
  }

  /** The first line of a message, for one line of output. */
  static String firstLine(String message) {
    int end = message.indexOf('\n');
    return end < 0 ? message : message.substring(0, end);
  }

  /** Sets POI's zip limits to at least hls4j's strictness, keeping any stricter ones. */
  private static void limitZips() {
    ZipSecureFile.setMinInflateRatio(
        Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
    ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
    ZipSecureFile.setMaxFileCount(Math.min(ZipSecureFile.getMaxFileCount(), MAX_ENTRIES));
    ZipSecureFile.setMaxTextSize(Math.min(ZipSecureFile.getMaxTextSize(), MAX_TEXT_CHARACTERS));
  }
}
