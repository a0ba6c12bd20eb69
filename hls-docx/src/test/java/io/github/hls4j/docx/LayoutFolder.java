package io.github.hls4j.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Word document kept in the test resources as the folder of its XML parts, written by hand
 * ({@code [Content_Types].xml}, {@code _rels/.rels}, {@code word/document.xml}, {@code
 * word/styles.xml}, {@code word/numbering.xml}, {@code word/_rels/document.xml.rels}), zipped into
 * a .docx when a test asks for it.
 */
final class LayoutFolder {

  private LayoutFolder() {}

  /** Returns the document of the resource folder {@code layouts/<name>}, zipped as Word zips it. */
  static byte[] docx(String name) {
    String resource = "layouts/" + name;
    URL url = LayoutFolder.class.getResource(resource);
    if (url == null) {
      throw new IllegalStateException("no test resource folder " + resource);
    }
    try {
      Path folder = Path.of(url.toURI());
      List<Path> parts = new ArrayList<>();
      try (Stream<Path> files = Files.walk(folder)) {
        files.filter(Files::isRegularFile).forEach(parts::add);
      }
      // [Content_Types].xml first, then the rest in name order, so that the bytes are the same
      // every time
      parts.sort(
          Comparator.comparing(
                  (Path p) -> !p.getFileName().toString().equals("[Content_Types].xml"))
              .thenComparing(p -> folder.relativize(p).toString()));
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
        for (Path part : parts) {
          ZipEntry entry = new ZipEntry(folder.relativize(part).toString().replace('\\', '/'));
          entry.setTime(0);
          zip.putNextEntry(entry);
          zip.write(Files.readAllBytes(part));
          zip.closeEntry();
        }
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
