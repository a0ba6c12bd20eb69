package io.github.hls4j.docx;

import static io.github.hls4j.docx.WordBody.W;
import static io.github.hls4j.docx.WordBody.child;

import java.util.Comparator;
import java.util.HashMap;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The language a Word document's own text is written in, as Word records it: each run's {@code
 * w:lang w:val}, else its character style's, else its paragraph style's (or the default paragraph
 * style's), each through the styles it is based on, else the document defaults'. The language of
 * the most letters of the body wins, languages counted whole ({@code en-GB} and {@code en-US} are
 * both English, and the tag written most for it is given); text with no language counts against
 * every language, so a document that mostly says nothing has none. The complex-script ({@code
 * w:bidi}) and East Asian ({@code w:eastAsia}) languages are left aside, and so is a paragraph
 * mark's language, which holds no text. Single-use and single-threaded.
 */
final class DocumentLanguage {

  /** The most styles followed through {@code w:basedOn}. */
  private static final int MAX_HOPS = 10;

  /** A style's own language and the style it is based on. */
  private record Style(@Nullable String language, @Nullable String basedOn) {}

  private final Map<String, Style> styles = new HashMap<>();
  private @Nullable String defaults;
  private @Nullable String defaultParagraphStyle;

  /** Letters by language tag; the empty tag for text with no language. */
  private final Map<String, Long> letters = new TreeMap<>();

  private final Map<String, String> resolved = new HashMap<>();

  private DocumentLanguage() {}

  /** Returns a tally over the document's styles and defaults, with no text counted yet. */
  static DocumentLanguage of(XWPFDocument document) {
    DocumentLanguage language = new DocumentLanguage();
    XWPFStyles styles = document.getStyles();
    if (styles != null && styles.getCtStyles() != null) {
      language.styles(styles.getCtStyles().getDomNode());
    }
    return language;
  }

  private void styles(Node root) {
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e) || !W.equals(e.getNamespaceURI())) {
        continue;
      }
      if (e.getLocalName().equals("docDefaults")) {
        Element rPrDefault = child(e, W, "rPrDefault");
        defaults = rPrDefault == null ? null : language(child(rPrDefault, W, "rPr"));
      } else if (e.getLocalName().equals("style")) {
        String id = e.getAttributeNS(W, "styleId");
        Element basedOn = child(e, W, "basedOn");
        styles.putIfAbsent(
            id,
            new Style(
                language(child(e, W, "rPr")),
                basedOn == null ? null : basedOn.getAttributeNS(W, "val")));
        String isDefault = e.getAttributeNS(W, "default");
        if (defaultParagraphStyle == null
            && e.getAttributeNS(W, "type").equals("paragraph")
            && (isDefault.equals("1") || isDefault.equals("true") || isDefault.equals("on"))) {
          defaultParagraphStyle = id;
        }
      }
    }
  }

  /**
   * Counts the letters of one run's text.
   *
   * @param run the run ({@code w:r})
   * @param paragraphStyle the id of its paragraph's style, or empty
   * @param text the run's text
   */
  void count(Element run, String paragraphStyle, CharSequence text) {
    long count = text.codePoints().filter(Character::isLetter).count();
    if (count == 0) {
      return;
    }
    letters.merge(runLanguage(run, paragraphStyle), count, Long::sum);
  }

  private String runLanguage(Element run, String paragraphStyle) {
    Element rPr = child(run, W, "rPr");
    String own = language(rPr);
    if (own != null) {
      return own;
    }
    Element rStyle = rPr == null ? null : child(rPr, W, "rStyle");
    if (rStyle != null) {
      String styled = styleLanguage(rStyle.getAttributeNS(W, "val"));
      if (styled != null) {
        return styled;
      }
    }
    @Nullable String paragraph = paragraphStyle.isEmpty() ? defaultParagraphStyle : paragraphStyle;
    String fromParagraph = paragraph == null ? null : styleLanguage(paragraph);
    if (fromParagraph != null) {
      return fromParagraph;
    }
    return defaults == null ? "" : defaults;
  }

  /** A style's language, through the styles it is based on, or null. */
  private @Nullable String styleLanguage(String id) {
    String known = resolved.get(id);
    if (known != null) {
      return known.isEmpty() ? null : known;
    }
    @Nullable String found = null;
    @Nullable String at = id;
    for (int hops = 0; hops < MAX_HOPS && at != null && found == null; hops++) {
      Style style = styles.get(at);
      if (style == null) {
        break;
      }
      found = style.language();
      at = style.basedOn();
    }
    resolved.put(id, found == null ? "" : found);
    return found;
  }

  /**
   * The language tag of a run's properties' {@code w:lang w:val}, or null when they give none or
   * one that names no language ({@code x-none}, {@code und}, {@code zxx}).
   */
  private static @Nullable String language(@Nullable Element rPr) {
    Element lang = rPr == null ? null : child(rPr, W, "lang");
    if (lang == null) {
      return null;
    }
    Locale locale;
    try {
      locale = new Locale.Builder().setLanguageTag(lang.getAttributeNS(W, "val").strip()).build();
    } catch (IllformedLocaleException e) {
      return null;
    }
    String language = locale.getLanguage();
    return language.isEmpty() || language.equals("und") || language.equals("zxx")
        ? null
        : locale.toLanguageTag();
  }

  /**
   * Returns the language most of the counted text is in, or empty when there was no text, or most
   * of it has no language.
   */
  Optional<Locale> language() {
    Map<String, Long> byLanguage = new TreeMap<>();
    letters.forEach((tag, count) -> byLanguage.merge(primary(tag), count, Long::sum));
    Optional<Map.Entry<String, Long>> most =
        byLanguage.entrySet().stream().max(Map.Entry.comparingByValue());
    if (most.isEmpty() || most.get().getKey().isEmpty()) {
      return Optional.empty();
    }
    String language = most.get().getKey();
    return letters.entrySet().stream()
        .filter(e -> primary(e.getKey()).equals(language))
        .max(Map.Entry.<String, Long>comparingByValue().thenComparing(byTagDescending()))
        .map(e -> Locale.forLanguageTag(e.getKey()));
  }

  /** Of two tags counted as often, the first in order wins. */
  private static Comparator<Map.Entry<String, Long>> byTagDescending() {
    return Map.Entry.<String, Long>comparingByKey().reversed();
  }

  private static String primary(String tag) {
    return tag.isEmpty() ? "" : Locale.forLanguageTag(tag).getLanguage();
  }
}
