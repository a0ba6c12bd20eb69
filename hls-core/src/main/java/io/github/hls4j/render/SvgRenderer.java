package io.github.hls4j.render;

import static java.util.Objects.requireNonNull;

import com.google.common.escape.Escaper;
import com.google.common.xml.XmlEscapers;
import io.github.hls4j.health.BehaviourDimension;
import io.github.hls4j.health.HealthProfile;
import io.github.hls4j.health.ScoreSpread;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.health.SystemBehaviour;
import io.github.hls4j.text.Printable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes SVG: a {@link HealthProfile} as a chart of median and spread per behaviour grouped by
 * dimension, 800 pixels wide, that can go in a board paper. Every piece of text in the SVG is
 * escaped. {@link MarkdownRenderer} writes the same profile as tables.
 *
 * <p>The renderer is a pure function of its arguments and is thread-safe.
 *
 * @since 0.1.0
 */
public final class SvgRenderer {

  private static final Escaper XML_TEXT = XmlEscapers.xmlContentEscaper();

  /**
   * Text for the SVG: unprintable characters and unpaired surrogates shown as \\uXXXX, then
   * escaped.
   */
  private static String xmlText(String text) {
    return XML_TEXT.escape(Printable.oneLine(text));
  }

  private static String xmlAttribute(String text) {
    return XML_ATTRIBUTE.escape(Printable.oneLine(text));
  }

  private static final Escaper XML_ATTRIBUTE = XmlEscapers.xmlAttributeEscaper();

  private static final int WIDTH = 800;
  private static final int MEDIAN_COLUMN = 790;
  private static final int SCALE_LEFT = 380;
  private static final int SCALE_RIGHT = 725;
  private static final int ROW = 30;
  private static final int TOP = 60;

  private SvgRenderer() {}

  /**
   * Returns the profile as a standalone SVG document, 800 pixels wide: a row per behaviour under
   * its dimension, a line from the lowest to the highest score, a box over the middle half, a mark
   * at the median, and a small dot at each stakeholder group's median (named in its tooltip).
   *
   * @param profile the profile
   * @return the SVG document
   * @since 0.1.0
   */
  public static String render(HealthProfile profile) {
    requireNonNull(profile, "profile");
    int rows = SystemBehaviour.values().length + BehaviourDimension.values().length;
    int height = TOP + rows * ROW + 56;
    StringBuilder out = new StringBuilder(8192);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" font-family=\"Arial, Helvetica, sans-serif\" font-size=\"13\" role=\"img\"")
        .append(" aria-labelledby=\"chart-title\" aria-describedby=\"chart-numbers\">\n");
    out.append("<title id=\"chart-title\">")
        .append(xmlText("System health: " + profile.name()))
        .append("</title>\n");
    out.append("<desc id=\"chart-numbers\">").append(xmlText(numbers(profile))).append("</desc>\n");
    out.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    out.append("<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\">")
        .append(xmlText("System health: " + profile.name()))
        .append("</text>\n");
    for (int score = 1; score <= 10; score++) {
      double x = x(score);
      out.append("<line x1=\"")
          .append(number(x))
          .append("\" y1=\"")
          .append(TOP - 10)
          .append("\" x2=\"")
          .append(number(x))
          .append("\" y2=\"")
          .append(height - 35)
          .append("\" stroke=\"#e0e0e0\"/>\n");
      out.append("<text x=\"")
          .append(number(x))
          .append("\" y=\"")
          .append(TOP - 15)
          .append("\" text-anchor=\"middle\" fill=\"#555555\">")
          .append(score)
          .append("</text>\n");
    }
    out.append("<text x=\"")
        .append(MEDIAN_COLUMN)
        .append("\" y=\"")
        .append(TOP - 15)
        .append("\" text-anchor=\"end\" fill=\"#555555\">Median</text>\n");
    int y = TOP;
    BehaviourDimension dimension = null;
    for (SystemBehaviour b : SystemBehaviour.values()) {
      if (b.dimension() != dimension) {
        dimension = b.dimension();
        y += ROW;
        out.append("<text x=\"10\" y=\"")
            .append(y - 8)
            .append("\" font-weight=\"bold\">")
            .append(xmlText(words(dimension.name())))
            .append("</text>\n");
      }
      y += ROW;
      behaviourRow(profile, b, y, out);
    }
    out.append("<text x=\"10\" y=\"")
        .append(height - 28)
        .append("\" fill=\"#555555\" font-size=\"11\">")
        .append(
            xmlText(
                "Scores from 1 to 10. Line: lowest to highest score. Box: middle half. Bar: median."
                    + " Lettered dots: each group's median."))
        .append("</text>\n");
    out.append("<text x=\"10\" y=\"")
        .append(height - 12)
        .append("\" fill=\"#555555\" font-size=\"11\">")
        .append(
            xmlText(
                profile.byGroup().keySet().stream()
                    .map(g -> letter(g) + " " + g.label())
                    .collect(java.util.stream.Collectors.joining(", "))))
        .append("</text>\n");
    return out.append("</svg>\n").toString();
  }

  /**
   * The chart's numbers in words, its text alternative: for each behaviour the median, the lowest
   * and highest score and the number of voices, or that it is not scored.
   */
  static String numbers(HealthProfile profile) {
    StringBuilder out = new StringBuilder("Scores from 1 to 10. ");
    for (SystemBehaviour b : SystemBehaviour.values()) {
      Optional<ScoreSpread> spread = profile.spread(b);
      out.append(b.description()).append(": ");
      if (spread.isEmpty()) {
        out.append("not scored. ");
      } else {
        ScoreSpread s = spread.get();
        out.append("median ")
            .append(number(s.median()))
            .append(", lowest ")
            .append(s.min())
            .append(", highest ")
            .append(s.max())
            .append(", from ")
            .append(s.voices())
            .append(" voices. ");
      }
    }
    return out.toString().strip();
  }

  private static void behaviourRow(
      HealthProfile profile, SystemBehaviour b, int y, StringBuilder out) {
    out.append("<text x=\"20\" y=\"")
        .append(y - 8)
        .append("\" font-size=\"12\">")
        .append(xmlText(b.description()))
        .append("</text>\n");
    Optional<ScoreSpread> spread = profile.spread(b);
    if (spread.isEmpty()) {
      out.append("<text x=\"")
          .append(SCALE_LEFT)
          .append("\" y=\"")
          .append(y - 8)
          .append("\" fill=\"#555555\">not scored</text>\n");
      return;
    }
    ScoreSpread s = spread.get();
    int mid = y - 12;
    out.append("<line x1=\"")
        .append(number(x(s.min())))
        .append("\" y1=\"")
        .append(mid)
        .append("\" x2=\"")
        .append(number(x(s.max())))
        .append("\" y2=\"")
        .append(mid)
        .append("\" stroke=\"#1f4e79\" stroke-width=\"2\"/>\n");
    out.append("<rect x=\"")
        .append(number(x(s.lowerQuartile())))
        .append("\" y=\"")
        .append(mid - 7)
        .append("\" width=\"")
        .append(number(Math.max(2, x(s.upperQuartile()) - x(s.lowerQuartile()))))
        .append("\" height=\"14\" fill=\"#9dc3e6\" stroke=\"#1f4e79\"/>\n");
    out.append("<line x1=\"")
        .append(number(x(s.median())))
        .append("\" y1=\"")
        .append(mid - 9)
        .append("\" x2=\"")
        .append(number(x(s.median())))
        .append("\" y2=\"")
        .append(mid + 9)
        .append("\" stroke=\"#000000\" stroke-width=\"3\"><title>")
        .append(xmlText("Median " + number(s.median()) + " from " + s.voices() + " voices"))
        .append("</title></line>\n");
    Map<Double, Integer> atScore = new java.util.HashMap<>();
    profile
        .byGroup()
        .forEach(
            (group, spreads) -> {
              ScoreSpread g = spreads.get(b);
              if (g != null) {
                out.append("<circle cx=\"")
                    .append(number(x(g.median())))
                    .append("\" cy=\"")
                    .append(mid + 11)
                    .append("\" r=\"3\" fill=\"#c55a11\"><title>")
                    .append(xmlText(group.label() + ": " + number(g.median())))
                    .append("</title></circle>\n");
                // In print there are no tooltips: each dot is lettered, groups at one score side by
                // side.
                int beside = atScore.merge(g.median(), 1, Integer::sum) - 1;
                out.append("<text x=\"")
                    .append(number(x(g.median()) + 5 + beside * 9))
                    .append("\" y=\"")
                    .append(mid + 15)
                    .append("\" font-size=\"9\" fill=\"#c55a11\">")
                    .append(letter(group))
                    .append("</text>\n");
              }
            });
    out.append("<text x=\"")
        .append(MEDIAN_COLUMN)
        .append("\" y=\"")
        .append(y - 8)
        .append("\" text-anchor=\"end\" fill=\"#555555\" aria-label=\"")
        .append(xmlAttribute("median " + number(s.median())))
        .append("\">")
        .append(number(s.median()))
        .append("</text>\n");
  }

  /** The letter a group's dots carry in print, as the chart's key spells out. */
  static String letter(StakeholderGroup group) {
    return switch (group) {
      case COUNCIL -> "C";
      case NHS -> "N";
      case VCFSE -> "V";
      case OTHER_STATUTORY -> "O";
      case ELECTED_MEMBERS -> "E";
      case FRONTLINE_STAFF -> "F";
      case RESIDENTS -> "R";
      case PEOPLE_USING_SERVICES -> "P";
    };
  }

  private static double x(double score) {
    return SCALE_LEFT + (score - 1) * (SCALE_RIGHT - SCALE_LEFT) / 9.0;
  }

  static String number(double value) {
    return value == Math.rint(value)
        ? String.valueOf((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  static String words(String constant) {
    String lower = MarkdownText.words(constant);
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }
}
