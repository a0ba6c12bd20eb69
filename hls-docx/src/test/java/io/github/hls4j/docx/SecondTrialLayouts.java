package io.github.hls4j.docx;

import io.github.hls4j.docx.WordFile.Xml;
import java.util.ArrayList;
import java.util.List;

/**
 * The four layouts of the second trial, built as the tester's own small WordprocessingML writer
 * built them (their {@code layout_a.py} … {@code layout_d.py} and {@code wml.py}): an English
 * county council's cabinet report (a cover table, Heading 1 parts, Word-numbered recommendations,
 * Heading 2 implications with equalities and climate sub-headings, a sign-off table of date
 * pickers); an NHS foundation trust's board cover sheet (one cover table holding the purpose tick
 * boxes, "The Board is asked to:" with (a) (b) (c) and a nested table of strategic objectives); a
 * London borough's cabinet report (bold cover lines, bold "REPORT SUMMARY" and "RECOMMENDATIONS"
 * before typed numbered sections in capitals, an "AUDIT TRAIL" with a consultation table dated
 * "03.10.25" and a "Report history" table); and a district council's report numbered 1., 2., 3.
 * throughout by one Word list under unnumbered Heading 1 parts, with "That the Executive:" numbered
 * too. Each in its blank and its filled copy, with the planted defects listed in {@link
 * SecondTrialLayoutsTest}.
 */
final class SecondTrialLayouts {

  private SecondTrialLayouts() {}

  // The tester's writer: styles, lists, runs, cells

  private static String headingStyle(int n) {
    return "<w:style w:type=\"paragraph\" w:styleId=\"Heading"
        + n
        + "\"><w:name w:val=\"heading "
        + n
        + "\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/>"
        + "<w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>"
        + "<w:outlineLvl w:val=\""
        + (n - 1)
        + "\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\""
        + (32 - 4 * n)
        + "\"/></w:rPr></w:style>";
  }

  static final String STYLES =
      "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/><w:sz"
          + " w:val=\"24\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault></w:docDefaults>"
          + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name"
          + " w:val=\"Normal\"/><w:qFormat/></w:style>"
          + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn"
          + " w:val=\"Normal\"/><w:qFormat/><w:rPr><w:b/><w:sz w:val=\"40\"/></w:rPr></w:style>"
          + headingStyle(1)
          + headingStyle(2)
          + headingStyle(3)
          + "<w:style w:type=\"paragraph\" w:styleId=\"ListParagraph\"><w:name w:val=\"List"
          + " Paragraph\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:ind"
          + " w:left=\"720\"/></w:pPr></w:style>"
          + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name"
          + " w:val=\"Hyperlink\"/><w:rPr><w:color w:val=\"0563C1\"/><w:u"
          + " w:val=\"single\"/></w:rPr></w:style>"
          + "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table"
          + " Grid\"/></w:style>";

  private static String level(int i, String format, String text, int indent) {
    return "<w:lvl w:ilvl=\""
        + i
        + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\""
        + format
        + "\"/><w:lvlText w:val=\""
        + text
        + "\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\""
        + indent
        + "\" w:hanging=\"567\"/></w:pPr></w:lvl>";
  }

  /**
   * numId 1: "1." / "1.1" / "(a)", multilevel; 2: "1."; 3: "(a)"; 4: bullets; 5: "1." restarted.
   */
  static final String NUMBERING =
      "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"multilevel\"/>"
          + level(0, "decimal", "%1.", 567)
          + level(1, "decimal", "%1.%2", 1134)
          + level(2, "lowerLetter", "(%3)", 1701)
          + "</w:abstractNum>"
          + "<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"singleLevel\"/>"
          + level(0, "decimal", "%1.", 567)
          + "</w:abstractNum>"
          + "<w:abstractNum w:abstractNumId=\"2\"><w:multiLevelType w:val=\"singleLevel\"/>"
          + level(0, "lowerLetter", "(%1)", 567)
          + "</w:abstractNum>"
          + "<w:abstractNum w:abstractNumId=\"3\"><w:multiLevelType w:val=\"singleLevel\"/>"
          + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText"
          + " w:val=\"\u2022\"/><w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\""
          + " w:hanging=\"360\"/></w:pPr></w:lvl></w:abstractNum>"
          + Xml.num(1, 0)
          + Xml.num(2, 1)
          + Xml.num(3, 2)
          + Xml.num(4, 3)
          + "<w:num w:numId=\"5\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride"
          + " w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>";

  private static WordFile document() {
    return new WordFile().styles(STYLES).numbering(NUMBERING);
  }

  /** A bold run. */
  static String b(String text) {
    return Xml.bold(text);
  }

  /** Parts of a paragraph: raw XML (starting with {@code <}) or plain text. */
  private static String runs(String... parts) {
    StringBuilder body = new StringBuilder();
    for (String x : parts) {
      body.append(x.startsWith("<") ? x : Xml.run(x));
    }
    return body.toString();
  }

  static String p(String... parts) {
    return "<w:p>" + runs(parts) + "</w:p>";
  }

  static String styled(String style, String... parts) {
    return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>" + runs(parts) + "</w:p>";
  }

  static String numbered(String style, int numId, String... parts) {
    return "<w:p><w:pPr>"
        + (style.isEmpty() ? "" : "<w:pStyle w:val=\"" + style + "\"/>")
        + "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\""
        + numId
        + "\"/></w:numPr></w:pPr>"
        + runs(parts)
        + "</w:p>";
  }

  static String h(String text) {
    return styled("Heading1", text);
  }

  static String h2(String text) {
    return styled("Heading2", text);
  }

  static String checkbox(boolean checked) {
    return "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\""
        + (checked ? 1 : 0)
        + "\"/><w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/>"
        + "<w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox></w:sdtPr>"
        + "<w:sdtContent><w:r><w:rPr><w:rFonts w:ascii=\"MS Gothic\" w:hAnsi=\"MS Gothic\""
        + " w:eastAsia=\"MS Gothic\"/></w:rPr><w:t xml:space=\"preserve\">"
        + (checked ? "\u2612" : "\u2610")
        + "</w:t></w:r></w:sdtContent></w:sdt>";
  }

  /** A date picker showing its prompt, inline. */
  static String datePicker() {
    return "<w:sdt><w:sdtPr><w:showingPlcHdr/><w:date><w:dateFormat w:val=\"dd/MM/yyyy\"/>"
        + "<w:lid w:val=\"en-GB\"/></w:date></w:sdtPr><w:sdtContent>"
        + Xml.run("Click or tap to enter a date.")
        + "</w:sdtContent></w:sdt>";
  }

  /** A date picker holding a date, inline. */
  static String datePicker(String iso, String shown) {
    return "<w:sdt><w:sdtPr><w:date w:fullDate=\""
        + iso
        + "T00:00:00Z\"><w:dateFormat w:val=\"dd/MM/yyyy\"/><w:lid w:val=\"en-GB\"/></w:date>"
        + "</w:sdtPr><w:sdtContent>"
        + Xml.run(shown)
        + "</w:sdtContent></w:sdt>";
  }

  /** A cell of a width; a text is a paragraph of its own; a table is followed by an empty one. */
  static String cell(int width, String... blocks) {
    List<String> content = new ArrayList<>();
    for (String x : blocks) {
      content.add(x.startsWith("<w:p") || x.startsWith("<w:tbl") ? x : p(x));
    }
    if (content.isEmpty()) {
      content.add(p());
    }
    if (content.get(content.size() - 1).startsWith("<w:tbl")) {
      content.add(p());
    }
    return "<w:tc><w:tcPr><w:tcW w:w=\""
        + width
        + "\" w:type=\"dxa\"/></w:tcPr>"
        + String.join("", content)
        + "</w:tc>";
  }

  static String row(String... cells) {
    return "<w:tr>" + String.join("", cells) + "</w:tr>";
  }

  static String table(String... rows) {
    return "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"0\" w:type=\"auto\"/>"
        + "</w:tblPr>"
        + String.join("", rows)
        + "</w:tbl>";
  }

  static String table(List<String> rows) {
    return table(rows.toArray(String[]::new));
  }

  /** A cover table: a bold label on the left, the value on the right. */
  private static String cover(int labelWidth, int valueWidth, String[][] rows) {
    List<String> out = new ArrayList<>();
    for (String[] r : rows) {
      out.add(row(cell(labelWidth, p(b(r[0]))), cell(valueWidth, r[1])));
    }
    return table(out);
  }

  private static String fill(boolean fill, String blank, String filled) {
    return fill ? filled : blank;
  }

  // A: an English county council's cabinet report

  /** Layout a, its blank ({@code fill} false) or its filled report. */
  static byte[] county(boolean fill) {
    WordFile d = document();
    d.add(p(b("Westshire County Council")), p("Cabinet"));
    d.add(
        styled(
            "Title",
            fill(
                fill,
                "[Report title]",
                "Highways Maintenance Contract: Recommissioning from April 2026")));
    d.add(
        cover(
            3000,
            6000,
            new String[][] {
              {
                "Report of",
                fill(fill, "[Name, Job title]", "Helen Carter, Executive Director of Place")
              },
              {
                "Portfolio holder",
                fill(
                    fill,
                    "[Cabinet Member for \u2026]",
                    "Councillor Ravi Patel, Cabinet Member for Highways")
              },
              {"Report author", fill(fill, "[Name, Job title]", "Tom Briggs, Head of Highways")},
              {
                "Contact",
                fill(fill, "[email / telephone]", "tom.briggs@westshire.gov.uk / 01234 567890")
              },
              {"Date of meeting", fill(fill, "[Date of meeting]", "14 October 2025")},
              {"Key decision", fill(fill, "Yes / No", "Yes")},
              {"Wards affected", fill(fill, "[All / list wards]", "All")},
              {"Forward Plan reference", fill(fill, "[FP reference]", "FP/2025/114")}
            }));
    d.add(h("Summary"));
    if (fill) {
      d.add(
          p(
              "The current highways maintenance contract ends on 31 March 2026. This report"
                  + " proposes recommissioning the service as a new model term contract, following"
                  + " the Cabinet decision of [insert date of previous Cabinet decision]."),
          p(
              "Four options were appraised; a ten-year term contract with a five-year extension"
                  + " offers the best value."));
    } else {
      d.add(p("[Summarise the report in no more than 150 words.]"));
    }
    d.add(h("Recommendations"), p("That Cabinet:"));
    if (fill) {
      d.add(
          numbered(
              "",
              2,
              "Approves the recommissioning of highways maintenance as a term contract from 1"
                  + " April 2026, led by the Head of Highways, with a progress report to Cabinet in"
                  + " March 2026."),
          numbered(
              "",
              2,
              "Approves the procurement strategy at Appendix A, to be run by the Head of"
                  + " Procurement by December 2025."),
          numbered(
              "",
              2,
              "Subject to recommendation 5, delegates authority to the Executive Director of Place"
                  + " to award the contract by February 2026."));
    } else {
      d.add(numbered("", 2, "[Recommendation]"));
    }
    d.add(
        h("Reasons for recommendations"),
        p(
            fill(
                fill,
                "[Why are these recommendations being made?]",
                "The contract must be in place before the current one expires; the term contract"
                    + " gives continuity of service.")),
        h("Alternative options considered"),
        p(
            fill(
                fill,
                "[What other options were considered and why were they rejected?]",
                "Bringing the service in house was rejected because of the capital needed for plant"
                    + " and depots.")),
        h("Background"),
        p(
            fill(
                fill,
                "[Background to the decision]",
                "The council maintains 4,200 km of roads. The current contract was let in 2016.")),
        h("Consultation"),
        p(
            fill(
                fill,
                "[Who has been consulted?]",
                "Town and parish councils and the Highways Scrutiny Panel were consulted in July"
                    + " 2025.")),
        h("Implications"),
        h2("Financial"),
        p(
            fill(
                fill,
                "[Set out the financial implications, agreed with the Section 151 Officer.]",
                "The contract will be delivered within the existing envelope for the service.")),
        h2("Legal"),
        p(
            fill(
                fill,
                "[Set out the legal implications, agreed with the Monitoring Officer.]",
                "The council is satisfied that the procurement is legal and lawful.")),
        h2("Equalities"),
        p(
            fill(
                fill,
                "[Has an Equality Impact Assessment been carried out?]",
                "An Equality Impact Assessment has been carried out and is attached at Appendix"
                    + " B.")),
        h2("Climate change"),
        p(
            fill(
                fill,
                "[Climate and environmental implications]",
                "The contract requires a fleet that is 50% electric by 2030.")),
        h("Risk management"),
        p(
            fill(
                fill,
                "[Key risks and mitigations]",
                "The main risk is a failed procurement; it is mitigated by early market engagement."
                    + " Mobilisation risk is mitigated by a six-month handover.")),
        h("Background papers"));
    if (fill) {
      String url = "https://www.westshire.gov.uk/highways-asset-management-plan-2024.pdf";
      d.add(p("Highways Asset Management Plan 2024, available at: ", link(d, url, url)));
    } else {
      d.add(p("[Title], available at: [link]"));
    }
    d.add(h("Sign-off"));
    List<String> rows = new ArrayList<>();
    rows.add(row(cell(4500, p(b("Role"))), cell(4500, p(b("Name"))), cell(4500, p(b("Date")))));
    String[][] signers = {
      {"Executive Director (Lead Officer)", "Helen Carter", "2025-09-22", "22/09/2025"},
      {"Section 151 Officer", "Mark Dean", "", ""},
      {"Monitoring Officer", "Priya Shah", "2025-09-24", "24/09/2025"},
      {"Portfolio holder (if applicable)", "Councillor Ravi Patel", "2025-09-25", "25/09/2025"}
    };
    for (String[] s : signers) {
      String date = fill && !s[2].isEmpty() ? datePicker(s[2], s[3]) : datePicker();
      rows.add(row(cell(4500, s[0]), fill ? cell(4500, s[1]) : cell(4500), cell(4500, p(date))));
    }
    d.add(table(rows));
    return d.bytes();
  }

  private static String link(WordFile d, String text, String url) {
    return "<w:hyperlink r:id=\""
        + d.link(url)
        + "\"><w:r><w:rPr><w:rStyle w:val=\"Hyperlink\"/></w:rPr><w:t xml:space=\"preserve\">"
        + Xml.escape(text)
        + "</w:t></w:r></w:hyperlink>";
  }

  // B: an NHS foundation trust's board cover sheet

  private static final List<String> OBJECTIVES =
      List.of(
          "Safe and high-quality care",
          "Our people",
          "Working with partners",
          "Sustainable finances",
          "Research and innovation");

  /**
   * Layout b, its blank or its filled report; {@code dependsOn} is the letter recommendation (c) is
   * subject to ("c" in the trial's report, "d" in its variant).
   */
  static byte[] nhs(boolean fill, String dependsOn) {
    WordFile d = document();
    d.add(p(b("Northvale Hospitals NHS Foundation Trust")));
    d.add(p(b("Board of Directors (Meeting in Public)")));
    List<String> purposes = List.of("Approval", "Assurance", "Discussion", "Information");
    String purpose =
        table(
            row(purposes.stream().map(x -> cell(1800, p(x))).toArray(String[]::new)),
            row(
                purposes.stream()
                    .map(x -> cell(1800, p(checkbox(fill && x.equals("Approval")))))
                    .toArray(String[]::new)));
    List<String> objectiveRows = new ArrayList<>();
    objectiveRows.add(row(cell(4000, p(b("Strategic objective"))), cell(1000, p(b("Tick")))));
    for (String o : OBJECTIVES) {
      objectiveRows.add(row(cell(4000, o), cell(1000, p(checkbox(fill)))));
    }
    String objectives = table(objectiveRows);
    List<String> recommendations = new ArrayList<>();
    recommendations.add(p("The Board is asked to:"));
    if (fill) {
      recommendations.add(
          numbered(
              "",
              3,
              "approve the redesign of the outpatient pathway set out in section 3, to be delivered"
                  + " by the Chief Operating Officer from January 2026, with a progress report to"
                  + " the Board in April 2026;"));
      recommendations.add(
          numbered("", 3, "note the engagement plan led by the Director of Strategy; and"));
      recommendations.add(
          numbered(
              "",
              3,
              "subject to recommendation ("
                  + dependsOn
                  + "), delegate approval of the business case to the Finance and Performance"
                  + " Committee by March 2026."));
    } else {
      recommendations.add(numbered("", 3, "[approve / note / discuss \u2026]"));
    }
    Object[][] cover = {
      {
        "Report title",
        p(fill(fill, "[Title of paper]", "Outpatient Transformation Programme: Pathway Redesign"))
      },
      {"Meeting date", p(datePicker())},
      {"Agenda item", p(fill(fill, "[x.x]", "7.2"))},
      {
        "Executive lead", p(fill(fill, "[Name, Title]", "Dr Aisha Rahman, Chief Operating Officer"))
      },
      {
        "Report author", p(fill(fill, "[Name, Title]", "Gareth Lewis, Head of Outpatient Services"))
      },
      {"Purpose", purpose},
      {
        "Executive summary",
        p(
            fill(
                fill,
                "[Summarise the key points in no more than half a page.]",
                "Outpatient waiting lists have grown by 18% in a year. The programme proposes a new"
                    + " model of outpatient care with patient-initiated follow-up and virtual"
                    + " clinics."))
      },
      {"Recommendation", String.join("", recommendations)},
      {
        "Link to strategic objectives",
        p("Please tick the strategic objectives this paper supports") + objectives
      },
      {
        "Board Assurance Framework risk",
        p(
            fill(
                fill,
                "[BAF risk reference and title]",
                "BAF 2: Failure to deliver timely access to elective care"))
      },
      {
        "Financial implications",
        p(
            fill(
                fill,
                "[Describe the financial implications]",
                "The programme requires \u00a31.2m of capital from the 2025/26 capital programme."))
      },
      {
        "Legal and regulatory implications",
        p(
            fill(
                fill,
                "[Describe the legal and regulatory implications]",
                "The proposals are lawful and in line with regulatory expectations."))
      },
      {
        "Equality impact assessment",
        p(
            fill(
                fill,
                "[Has an EIA been completed?]",
                "An equality impact assessment has been completed and is attached at Appendix"
                    + " 1."))
      },
      {"Risk", p(fill(fill, "[Describe the risks]", "There are no significant risks identified."))},
      {
        "Previously considered by",
        p(
            fill(
                fill,
                "[Committee and date]",
                "Finance and Performance Committee, 18 September 2025"))
      }
    };
    List<String> rows = new ArrayList<>();
    for (Object[] r : cover) {
      String content = (String) r[1];
      // a cell ending with a table gets an empty paragraph after it, as Word requires
      if (content.endsWith("</w:tbl>")) {
        content = content + p();
      }
      rows.add(
          row(
              cell(3000, p(b((String) r[0]))),
              "<w:tc><w:tcPr><w:tcW w:w=\"6500\" w:type=\"dxa\"/></w:tcPr>" + content + "</w:tc>"));
    }
    d.add(table(rows));
    String[][] sections = {
      {
        "1. Introduction",
        "[Introduction]",
        "This paper sets out the case for redesigning outpatient services."
      },
      {
        "2. Background",
        "[Background]",
        "The Trust delivers 600,000 outpatient appointments a year."
      },
      {
        "3. Proposal",
        "[Proposal]",
        "Three specialties will move to patient-initiated follow-up first."
      },
      {"4. Next steps", "[Next steps]", "Clinical engagement will continue through October 2025."}
    };
    for (String[] s : sections) {
      d.add(h(s[0]), p(fill(fill, s[1], s[2])));
    }
    return d.bytes();
  }

  // C: a London borough's cabinet report

  /**
   * Layout c, its blank or its filled report; {@code emptyParagraph} is what follows "2.2" in the
   * "PROPOSAL AND REASONS" section of the filled report ("2.3 " in the trial's report).
   */
  static byte[] london(boolean fill) {
    WordFile d = document();
    d.add(p(b("London Borough of Thamesbank")));
    d.add(p(b(fill(fill, "[TITLE OF REPORT]", "Temporary Accommodation Procurement Framework"))));
    d.add(p(b("Report to: "), fill(fill, "[Cabinet / Committee], [date]", "Cabinet")));
    d.add(p(b("Date of meeting: "), fill(fill, "[date]", "Monday 10 November 2025")));
    d.add(p(b("Wards: "), fill(fill, "[Wards]", "All")));
    d.add(
        p(
            b("Portfolio: "),
            fill(
                fill,
                "[Cabinet Member]",
                "Cabinet Member for Housing and Homelessness: Councillor Dana Mills")));
    d.add(p(b("Report Authorised by:")));
    d.add(
        p(
            fill(
                fill,
                "[Name: Strategic Director for \u2026]",
                "Bayo Adeyemi: Strategic Director for Housing")));
    d.add(
        p(
            b("Contact for enquiries: "),
            fill(
                fill,
                "[Name, Job title, email, telephone]",
                "Sam Okafor, Commissioning Manager, s.okafor@thamesbank.gov.uk, 020 7926 5555")));
    d.add(p(b("REPORT SUMMARY")));
    d.add(
        p(
            fill(
                fill,
                "[Summary]",
                "The council spends \u00a338m a year on temporary accommodation. This report"
                    + " proposes a new procurement framework to replace spot purchasing.")));
    d.add(p(b("FINANCE SUMMARY")));
    d.add(
        p(
            fill(
                fill,
                "[Finance summary]",
                "The framework is expected to save \u00a32.1m a year from 2026/27.")));
    d.add(p(b("RECOMMENDATIONS")));
    d.add(p("That Cabinet:"));
    if (fill) {
      d.add(
          p(
              "(a) approves the establishment of the temporary accommodation framework, to be let"
                  + " by the Strategic Director for Housing by April 2026, with a report back to"
                  + " Cabinet in October 2026;"),
          p("(b) notes the results of the market engagement at Appendix 1;"),
          p(
              "(c) subject to recommendation (d), delegates the award of call-off contracts to the"
                  + " Strategic Director for Housing."));
    } else {
      d.add(p("(a) [recommendation]"));
    }
    String[][] sections = {
      {
        "1. CONTEXT",
        "1.1 Homelessness presentations have risen by 24% since 2022.",
        "1.2 Nightly-paid accommodation now houses 2,900 households."
      },
      {
        "2. PROPOSAL AND REASONS",
        "2.1 A framework gives the council control over quality and price.",
        "2.2 Providers will be evaluated on quality (60%) and price (40%).",
        "2.3 "
      },
      {
        "3. FINANCE",
        "3.1 The framework is expected to reduce the cost of nightly-paid accommodation by"
            + " \u00a32.1m a year against the 2025/26 budget."
      },
      {
        "4. LEGAL AND DEMOCRACY",
        "4.1 The council has a duty under Part 7 of the Housing Act 1996 to secure accommodation;"
            + " the procurement is under the Procurement Act 2023."
      },
      {
        "5. CONSULTATION AND CO-PRODUCTION",
        "5.1 Residents in temporary accommodation were consulted through the Housing Forum."
      },
      {
        "6. RISK MANAGEMENT",
        "6.1 The main risk is insufficient provider interest; market engagement has shown 31"
            + " interested providers."
      },
      {
        "7. EQUALITIES IMPACT ASSESSMENT",
        "7.1 An Equality Impact Assessment has been completed and is attached at Appendix 2."
      },
      {"8. NEXT STEPS", "8.1 The tender will be published in December 2025."}
    };
    for (String[] s : sections) {
      d.add(p(b(s[0])));
      for (int i = 1; i < s.length; i++) {
        String number = s[i].split(" ", 2)[0];
        d.add(p(fill ? s[i] : number + " [text]"));
      }
    }
    d.add(p(b("9. AUDIT TRAIL")));
    d.add(p(b("Consultation")));
    List<String> rows = new ArrayList<>();
    rows.add(
        row(
            List.of(
                    "Name and position of consultee",
                    "Date sent",
                    "Date received",
                    "Comments in paragraph")
                .stream()
                .map(x -> cell(2200, p(b(x))))
                .toArray(String[]::new)));
    if (fill) {
      String[][] consultees = {
        {"Fiona Connolly, Strategic Director for Housing", "01.10.25", "03.10.25", ""},
        {"Kim Lau, Director of Finance", "01.10.25", "06.10.25", "3.1"},
        {"Ola Bright, Director of Legal Services", "01.10.25", "07.10.25", "4.1"}
      };
      for (String[] c : consultees) {
        rows.add(
            row(
                cell(2200, c[0]),
                cell(2200, c[1]),
                cell(2200, c[2]),
                c[3].isEmpty() ? cell(2200, p("")) : cell(2200, c[3])));
      }
    } else {
      for (String who :
          List.of(
              "[Name, Strategic Director]",
              "[Name, Director of Finance]",
              "[Name, Director of Legal Services]")) {
        rows.add(row(cell(2200, who), cell(2200, p("")), cell(2200, p("")), cell(2200, p(""))));
      }
    }
    d.add(table(rows));
    d.add(p(b("Report history")));
    String[][] history = {
      {"Original discussion with Cabinet Member", "[date]", "15 July 2025"},
      {"Report deadline", "[date]", "24 October 2025"},
      {"Date final report sent", "[date]", "27 October 2025"},
      {"Part II Exempt from Disclosure/confidential accompanying report?", "[Yes/No]", "No"},
      {"Key decision report", "[Yes/No]", "Yes"},
      {"Date first appeared on forward plan", "[date]", "1 August 2025"},
      {"Key decision reasons", "[reasons]", "Expenditure over \u00a3500,000"},
      {"Background information", "[list]", ""},
      {
        "Appendices",
        "[list]",
        "Appendix 1: Market engagement report; Appendix 2: Equality Impact Assessment"
      }
    };
    List<String> historyRows = new ArrayList<>();
    for (String[] r : history) {
      String value = fill ? r[2] : r[1];
      if (fill && r[0].equals("Background information")) {
        historyRows.add(
            row(
                cell(4500, r[0]),
                cell(4500, p(link(d, "Temporary Accommodation Strategy 2024", "#")))));
      } else {
        historyRows.add(row(cell(4500, r[0]), cell(4500, value.isEmpty() ? p("") : p(value))));
      }
    }
    d.add(table(historyRows));
    return d.bytes();
  }

  // D: a district council's report numbered throughout

  /**
   * Layout d, its blank or its filled report; {@code numberedPreamble} says whether Word numbers
   * "That the Executive:" as it numbers every paragraph (the trial's report) or not.
   */
  static byte[] district(boolean fill, boolean numberedPreamble) {
    WordFile d = document();
    d.add(p(b("Eastvale District Council")));
    d.add(
        styled(
            "Title",
            fill(fill, "[Report title]", "Planning Service Restructure and Local Plan Timetable")));
    d.add(
        cover(
            3000,
            6000,
            new String[][] {
              {"Report to", fill(fill, "[Executive / Council / Committee]", "Executive")},
              {"Date of meeting", fill(fill, "[Date]", "4 December 2025")},
              {"Report of", fill(fill, "[Head of Service]", "Nadia Rossi, Head of Planning")},
              {
                "Portfolio holder",
                fill(fill, "[Councillor, Portfolio]", "Councillor Jim Hale, Planning")
              },
              {"Report author", fill(fill, "[Name, title]", "Owen Price, Planning Policy Manager")},
              {
                "Contact",
                fill(fill, "[email, telephone]", "owen.price@eastvale.gov.uk, 01632 960123")
              },
              {"Key decision", fill(fill, "[Yes/No]", "No")},
              {"Exempt information", fill(fill, "[Yes/No]", "No")}
            }));
    d.add(
        h("Purpose of report"),
        n(
            fill(
                fill,
                "[Purpose of the report]",
                "This report proposes a restructure of the planning service and a revised Local"
                    + " Plan timetable. It makes three recommendations.")),
        h("Recommendations"),
        numberedPreamble ? n("That the Executive:") : p("That the Executive:"));
    if (fill) {
      d.add(
          numbered(
              "ListParagraph",
              3,
              "approves the restructure of the planning service set out in Appendix A, to be"
                  + " implemented by the Head of Planning by 1 April 2026;"),
          numbered(
              "ListParagraph",
              3,
              "approves the revised Local Development Scheme at Appendix B, with a progress report"
                  + " to the Executive in June 2026."));
    } else {
      d.add(numbered("ListParagraph", 3, "[recommendation]"));
    }
    d.add(
        h("Reasons for recommendations"),
        n(
            fill(
                fill,
                "[Reasons]",
                "The service has lost a third of its planning officers since 2023 and the Local"
                    + " Plan is two years behind schedule.")),
        h("Background"),
        n(
            fill(
                fill,
                "[Background]",
                "The adopted Local Plan dates from 2016 and must be reviewed every five years.")),
        n(
            fill(
                fill,
                "[Background]",
                "A peer review by the Planning Advisory Service in 2025 recommended a new team"
                    + " structure.")),
        h("Options considered"),
        n(
            fill(
                fill,
                "[Options]",
                "Continuing with agency staff was rejected on cost and continuity grounds.")),
        h("Financial implications"),
        n(
            fill(
                fill,
                "[Financial implications]",
                "The restructure costs \u00a3140,000 a year, met from the planning fee income"
                    + " budget.")),
        h("Legal implications"),
        n(fill(fill, "[Legal implications]", "Legal have been consulted and have no comments.")),
        h("Risk implications"),
        n(fill(fill, "[Risk implications]", "There are no risks.")),
        h("Equalities implications"),
        n(fill(fill, "[Equalities implications]", "Not applicable.")),
        h("Appendices"));
    if (fill) {
      d.add(
          numbered("", 4, "Appendix A \u2013 Proposed planning service structure"),
          numbered("", 4, "Appendix B \u2013 Local Development Scheme 2025\u20132028"));
    } else {
      d.add(numbered("", 4, "[Appendix A \u2013 title]"));
    }
    d.add(h("Background papers"));
    if (fill) {
      String review = "https://www.eastvale.gov.uk/pas-peer-review-report.pdf";
      d.add(
          p(
              "Planning Advisory Service Peer Review Report, available at: ",
              link(d, review, review)),
          p(
              link(
                  d,
                  "Local Development Scheme 2022 Consul",
                  "https://www.eastvale.gov.uk/documents/local-development-scheme-2022-consultation.pdf")));
    } else {
      d.add(p("[Title], available at: [link]"));
    }
    d.add(h("Statutory officer clearance"));
    List<String> rows = new ArrayList<>();
    rows.add(
        row(
            cell(4500, p(b("Officer"))),
            cell(4500, p(b("Name"))),
            cell(4500, p(b("Date cleared")))));
    String[][] people = {
      {"Head of Service (Lead Officer)", "Nadia Rossi", "18/11/2025"},
      {"Chief Finance Officer (Section 151)", "Lee Grant", "19/11/2025"},
      {"Monitoring Officer", "", ""},
      {"Portfolio Holder (where relevant)", "Councillor Jim Hale", "20/11/2025"}
    };
    for (String[] r : people) {
      rows.add(
          row(
              cell(4500, r[0]),
              fill && !r[1].isEmpty() ? cell(4500, r[1]) : cell(4500, p("")),
              fill && !r[2].isEmpty() ? cell(4500, r[2]) : cell(4500, p(""))));
    }
    d.add(table(rows));
    return d.bytes();
  }

  /** A paragraph of the list that numbers the district report throughout. */
  private static String n(String text) {
    return numbered("", 2, text);
  }
}
