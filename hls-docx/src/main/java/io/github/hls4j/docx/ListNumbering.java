package io.github.hls4j.docx;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;

/** Word's automatic list numbering for the paragraphs of a document, counted as Word counts. */
final class ListNumbering {

  private final XWPFDocument document;
  private final Map<String, int[]> counters = new HashMap<>();
  private final Set<String> restarted = new HashSet<>();

  ListNumbering(XWPFDocument document) {
    this.document = document;
  }

  /**
   * Word's automatic number for a paragraph at a level of a list: its level text with the counters
   * put in.
   */
  String number(String numId, int level) {
    CTLvl lvl = level(numId, level);
    // Lists that share an abstract definition share their counters, as in Word, unless a list
    // restarts a level with a start override the first time it is used.
    int[] count = counters.computeIfAbsent(listKey(numId), k -> new int[9]);
    if (level < 0 || level >= count.length) {
      return "";
    }
    Integer override = startOverride(numId, level);
    if (override != null && restarted.add(numId + ":" + level)) {
      count[level] = override;
    } else {
      count[level] = count[level] == 0 ? start(numId, level) : count[level] + 1;
    }
    for (int deeper = level + 1; deeper < count.length; deeper++) {
      count[deeper] = 0;
    }
    if (lvl == null || lvl.getLvlText() == null) {
      return count[level] + ".";
    }
    String format = lvl.getNumFmt() == null ? "decimal" : lvl.getNumFmt().getVal().toString();
    if (format.equals("bullet") || format.equals("none")) {
      return "";
    }
    String pattern = lvl.getLvlText().getVal();
    StringBuilder label = new StringBuilder();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
        int at = pattern.charAt(++i) - '1';
        int value = at >= 0 && at < count.length ? Math.max(count[at], 1) : 1;
        CTLvl of = level(numId, at);
        String fmt =
            of == null || of.getNumFmt() == null ? "decimal" : of.getNumFmt().getVal().toString();
        label.append(format(value, fmt));
      } else {
        label.append(c);
      }
    }
    return label.toString();
  }

  private int start(String numId, int level) {
    CTLvl lvl = level(numId, level);
    return lvl == null || lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
  }

  private static String format(int value, String format) {
    return switch (format) {
      case "lowerLetter" -> String.valueOf((char) ('a' + (value - 1) % 26));
      case "upperLetter" -> String.valueOf((char) ('A' + (value - 1) % 26));
      case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
      case "upperRoman" -> roman(value);
      default -> Integer.toString(value);
    };
  }

  private static String roman(int value) {
    int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    String[] letters = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
    StringBuilder s = new StringBuilder();
    int left = value;
    for (int i = 0; i < values.length; i++) {
      while (left >= values[i]) {
        s.append(letters[i]);
        left -= values[i];
      }
    }
    return s.toString();
  }

  /**
   * The key of a list's counters: its abstract definition, or the list itself when that is missing.
   */
  private String listKey(String numId) {
    XWPFNum num = num(numId);
    return num == null || num.getCTNum().getAbstractNumId() == null
        ? "num " + numId
        : "abstract " + num.getCTNum().getAbstractNumId().getVal();
  }

  private @Nullable Integer startOverride(String numId, int level) {
    XWPFNum num = num(numId);
    if (num == null) {
      return null;
    }
    for (CTNumLvl override : num.getCTNum().getLvlOverrideArray()) {
      if (override.getIlvl() != null
          && override.getIlvl().intValue() == level
          && override.isSetStartOverride()) {
        return override.getStartOverride().getVal().intValue();
      }
    }
    return null;
  }

  private @Nullable XWPFNum num(String numId) {
    XWPFNumbering numbering = document.getNumbering();
    if (numbering == null) {
      return null;
    }
    try {
      return numbering.getNum(new BigInteger(numId));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private @Nullable CTLvl level(String numId, int level) {
    XWPFNum num = num(numId);
    if (num == null || level < 0 || num.getCTNum().getAbstractNumId() == null) {
      return null;
    }
    XWPFAbstractNum abstractNum =
        document.getNumbering().getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
    if (abstractNum == null) {
      return null;
    }
    for (CTLvl lvl : abstractNum.getCTAbstractNum().getLvlArray()) {
      if (lvl.getIlvl() != null && lvl.getIlvl().intValue() == level) {
        return lvl;
      }
    }
    return null;
  }
}
