package io.github.hls4j.docx;

import io.github.hls4j.docx.WordBody.Para;
import io.github.hls4j.docx.WordBody.WordLink;
import io.github.hls4j.governance.BackgroundPaper;
import io.github.hls4j.governance.Link;
import io.github.hls4j.validation.FindingPath;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the background papers section: "Title, available at: [link]" is a paper with its title (the
 * template's lead-ins dropped) and its link; a paragraph without a link is a paper without one.
 * Single-use and single-threaded.
 */
final class PaperReader {

  private final ReportDraft draft;

  PaperReader(ReportDraft draft) {
    this.draft = draft;
  }

  /** A background papers section that says there are none: "None.", "N/A", "There are none". */
  private static final Pattern NONE =
      Pattern.compile(
          "(?i)^(?:none|nil|n/a|not applicable|there are none|no background papers)\\.?$");

  void paragraph(Para p, String text) {
    String rest = text.replaceFirst("^\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s*", "");
    if (rest.isEmpty() || (p.links().isEmpty() && NONE.matcher(rest).matches())) {
      return; // "None.": the report has no background papers
    }
    if (p.links().isEmpty()) {
      draft
          .attempt(p.path(), rest, () -> BackgroundPaper.builder().title(rest).build())
          .ifPresent(paper -> add(paper, p.path(), rest));
      return;
    }
    WordLink link = p.links().get(0);
    int at = link.text().isEmpty() ? -1 : rest.lastIndexOf(link.text());
    String before = at < 0 ? rest : rest.substring(0, at);
    String paperTitle = withoutLeadIn(Labels.clean(before));
    String shown = paperTitle.isEmpty() ? link.text() : paperTitle;
    String linkText = link.text().isEmpty() ? link.target() : link.text();
    draft
        .attempt(
            p.path(),
            rest,
            () ->
                BackgroundPaper.builder()
                    .title(shown)
                    .link(Link.of(linkText, link.target()))
                    .build())
        .ifPresent(paper -> add(paper, p.path(), rest));
  }

  private void add(BackgroundPaper paper, String path, String text) {
    draft.papers.add(paper);
    draft.place(FindingPath.of("backgroundPapers", draft.papers.size() - 1), path, text);
  }

  private String withoutLeadIn(String before) {
    String lower = before.toLowerCase(Locale.ROOT);
    for (String leadIn : draft.template.paperLeadIns()) {
      String l = Labels.clean(leadIn).toLowerCase(Locale.ROOT);
      if (!l.isEmpty() && lower.endsWith(l)) {
        return Labels.clean(before.substring(0, before.length() - l.length()));
      }
    }
    return before;
  }
}
