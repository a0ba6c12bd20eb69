package io.github.hls4j.docx;

import static io.github.hls4j.docx.WordFile.Xml.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

/** Files that are not readable Word documents get a clear error naming the file and the problem. */
class HostileDocumentTest {

  private static final DocxReader READER = DocxReader.of(ReportTemplate.somerset());

  private static UnreadableDocumentException refused(byte[] bytes) {
    try {
      READER.read(new ByteArrayInputStream(bytes), "board.docx");
    } catch (UnreadableDocumentException e) {
      return e;
    }
    throw new AssertionError("board.docx was read");
  }

  private static byte[] plainDocument() {
    return new WordFile().add(p("Title")).bytes();
  }

  @Test
  void read_damagedZip_isRefused() {
    byte[] whole = plainDocument();
    UnreadableDocumentException e = refused(Arrays.copyOf(whole, whole.length / 2));

    assertThat(e.source()).isEqualTo("board.docx");
    assertThat(e.problem()).startsWith("it is damaged");
    assertThat(e.getMessage()).startsWith("board.docx: cannot be read: it is damaged");
  }

  @Test
  void read_malformedDocumentXml_saysItIsDamagedWithoutAJavaClassName() {
    byte[] malformed = new WordFile().add("<w:p><w:r><w:t>unclosed</w:r></w:p>").bytes();

    UnreadableDocumentException e = refused(malformed);

    assertThat(e.problem()).startsWith("it is damaged: ");
    assertThat(e.problem()).doesNotContain("org.apache").doesNotContain("Exception");
  }

  @Test
  void read_binaryDoc_isRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
      fs.writeFilesystem(out);
    }

    assertThat(refused(out.toByteArray()).problem())
        .contains("Word 97-2003 binary document (.doc)");
  }

  @Test
  void read_encryptedDocx_isRefused() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.standard).getEncryptor();
      encryptor.confirmPassword("secret");
      try (OutputStream data = encryptor.getDataStream(fs)) {
        data.write(plainDocument());
      }
      fs.writeFilesystem(out);
    }

    assertThat(refused(out.toByteArray()).problem()).contains("encrypted");
  }

  @Test
  void read_macroEnabled_isRefused() {
    byte[] docm =
        new WordFile()
            .add(p("Title"))
            .contentType("application/vnd.ms-word.document.macroEnabled.main+xml")
            .part("word/vbaProject.bin", new byte[] {1, 2, 3})
            .bytes();

    assertThat(refused(docm).problem()).contains("macro-enabled");
  }

  @Test
  void read_vbaProjectInAnOrdinaryDocument_isRefused() {
    byte[] hidden =
        new WordFile().add(p("Title")).part("word/vbaProject.bin", new byte[] {1, 2, 3}).bytes();

    assertThat(refused(hidden).problem()).contains("macro-enabled");
  }

  @Test
  void read_externalEntity_isRefusedAndNothingIsRead() {
    byte[] xxe =
        new WordFile()
            .doctype("<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
            .add("<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>")
            .bytes();

    UnreadableDocumentException e = refused(xxe);

    assertThat(e.problem()).contains("DOCTYPE");
    assertThat(e.getMessage()).doesNotContain("root:");
  }

  @Test
  void read_entityExpansion_isRefused() {
    byte[] laughs =
        new WordFile()
            .doctype(
                "<!DOCTYPE w:document [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")
            .add("<w:p><w:r><w:t>&b;</w:t></w:r></w:p>")
            .bytes();

    assertThat(refused(laughs).problem()).contains("DOCTYPE");
  }

  @Test
  void read_zipBomb_isRefused() {
    byte[] bomb =
        new WordFile()
            .add(p("Title"))
            .part("word/media/zeros.bin", new byte[20 * 1024 * 1024])
            .bytes();

    assertThat(refused(bomb).problem()).contains("zip bomb");
  }

  @Test
  void read_propertiesPOICannotParse_areLeftAside() {
    byte[] doc =
        new WordFile().add(p("Title")).coreProperties("<dc:title>a&#7;b</dc:title>").bytes();

    DocxImport read = READER.read(new ByteArrayInputStream(doc), "board.docx");

    assertThat(read.report().title()).isEqualTo("Title");
    assertThat(read.findings().violations())
        .extracting(v -> v.rule().toString())
        .containsOnly("import/missing-part");
  }

  @Test
  void read_notAWordDocument_isRefused() {
    assertThat(refused("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)).problem())
        .isEqualTo("it is not a Word document (.docx)");
    assertThat(refused("{\"id\": \"report\"}".getBytes(StandardCharsets.UTF_8)).problem())
        .isEqualTo("it is not a Word document (.docx)");
  }

  @Test
  void read_emptyFile_isRefused() {
    assertThat(refused(new byte[0]).problem()).isEqualTo("it is empty");
  }

  @Test
  void read_tooLarge_isRefusedBeforeItIsOpened() {
    byte[] large = new byte[DocxReader.MAX_DOCUMENT_BYTES + 1];
    large[0] = 'P';
    large[1] = 'K';

    assertThat(refused(large).problem())
        .isEqualTo("it is larger than " + DocxReader.MAX_DOCUMENT_BYTES + " bytes");
  }

  @Test
  void read_missingFile_namesIt() {
    assertThatThrownBy(() -> READER.read(Path.of("no-such-report.docx")))
        .isInstanceOf(UnreadableDocumentException.class)
        .hasMessage("no-such-report.docx: cannot be read: no such file");
  }

  @Test
  void reader_setsPoisZipLimitsAtLeastAsStrictlyAsItsOwn() {
    DocxReader.of(
        ReportTemplate.somerset()); // the limits are set once the reader's class is loaded

    assertThat(ZipSecureFile.getMinInflateRatio())
        .isGreaterThanOrEqualTo(DocxReader.MIN_INFLATE_RATIO);
    assertThat(ZipSecureFile.getMaxEntrySize()).isLessThanOrEqualTo(DocxReader.MAX_ENTRY_BYTES);
    assertThat(ZipSecureFile.getMaxFileCount()).isLessThanOrEqualTo(DocxReader.MAX_ENTRIES);
    assertThat(ZipSecureFile.getMaxTextSize()).isLessThanOrEqualTo(DocxReader.MAX_TEXT_CHARACTERS);
  }
}
