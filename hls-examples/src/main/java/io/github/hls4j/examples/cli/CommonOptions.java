package io.github.hls4j.examples.cli;

import io.github.hls4j.docx.ReportTemplate;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.json.InvalidJsonException;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options that several commands share. */
final class CommonOptions {

  private CommonOptions() {}

  /** The {@code --template} option of the commands that read or write Word. */
  static final class TemplateOption {
    @Option(
        names = "--template",
        paramLabel = "FILE",
        description =
            "The Word template's description, as JSON, for reading or writing Word (default: the built-in Somerset template).")
    @Nullable String file;

    /**
     * The template named, or the built-in Somerset one.
     *
     * @throws Sources.UnreadableInput if the file named cannot be read or holds no template
     */
    ReportTemplate template() {
      if (file == null) {
        return ReportTemplate.somerset();
      }
      byte[] json = Sources.bytes(file, HlsJson.MAX_DOCUMENT_LENGTH + 1);
      try {
        return ReportTemplate.read(new ByteArrayInputStream(json), file);
      } catch (InvalidJsonException e) {
        throw new Sources.UnreadableInput(e);
      }
    }
  }

  /** The {@code --output} option of the commands that write a document. */
  static final class OutputOption {
    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "Where to write; standard output if not given.")
    @Nullable Path file;
  }
}
