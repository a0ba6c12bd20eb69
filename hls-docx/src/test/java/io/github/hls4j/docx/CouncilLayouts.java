package io.github.hls4j.docx;

import static io.github.hls4j.docx.WordFile.Xml.bold;
import static io.github.hls4j.docx.WordFile.Xml.cell;
import static io.github.hls4j.docx.WordFile.Xml.date;
import static io.github.hls4j.docx.WordFile.Xml.datePlaceholder;
import static io.github.hls4j.docx.WordFile.Xml.greyCell;
import static io.github.hls4j.docx.WordFile.Xml.hyperlink;
import static io.github.hls4j.docx.WordFile.Xml.list;
import static io.github.hls4j.docx.WordFile.Xml.num;
import static io.github.hls4j.docx.WordFile.Xml.numbered;
import static io.github.hls4j.docx.WordFile.Xml.p;
import static io.github.hls4j.docx.WordFile.Xml.pOf;
import static io.github.hls4j.docx.WordFile.Xml.row;
import static io.github.hls4j.docx.WordFile.Xml.run;
import static io.github.hls4j.docx.WordFile.Xml.spanRow;
import static io.github.hls4j.docx.WordFile.Xml.style;
import static io.github.hls4j.docx.WordFile.Xml.styled;
import static io.github.hls4j.docx.WordFile.Xml.styledNumbered;
import static io.github.hls4j.docx.WordFile.Xml.table;
import static io.github.hls4j.docx.WordFile.Xml.textCell;
import static io.github.hls4j.docx.WordFile.Xml.textPlaceholder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Four councils' report layouts, written by hand in WordprocessingML as Word writes them (not by
 * hls4j's writer), each as its blank template, a filled report with planted defects, and the
 * same report repaired. They are modelled on councils' published report templates: a cabinet
 * report laid out by Word's heading styles with a cover sheet of bold labels; a committee report
 * whose cover sheet is a table of labels ("Final Decision-Maker", "Lead Head of Service", "Lead
 * Officer and Report Author", "Classification", "Wards affected"…) with typed numbered sections
 * in capitals; a health and wellbeing board paper whose tick table lists two strategies divided
 * by a sub-heading row and a shaded separator row, with a rationale column; and a report numbered
 * throughout by Word's multilevel list, its headings in a council's own style based on Heading 1.
 */
final class CouncilLayouts {

  /** Which copy of a layout. */
  enum Variant { BLANK, FILLED, REPAIRED }

  static final String PROMPT = "Click or tap here to enter text.";

  private CouncilLayouts() {}

  static ReportTemplate template(String name) {
    String resource = "layouts/" + name + "-template.json";
    try (InputStream in = CouncilLayouts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + resource);
      }
      return ReportTemplate.read(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A paragraph of text, or in the blank template a text control showing its prompt. */
  private static String text(Variant v, String text) {
    return v == Variant.BLANK ? pOf(textPlaceholder(PROMPT)) : p(text);
  }

  /** The filled text, the repaired text, or the blank's prompt. */
  private static String text(Variant v, String filled, String repaired) {
    return text(v, v == Variant.REPAIRED ? repaired : filled);
  }

  /** A paragraph with its typed number, which the blank template keeps before its prompt. */
  private static String numberedText(Variant v, String text) {
    int space = text.indexOf(' ');
    return v == Variant.BLANK ? pOf(run(text.substring(0, space + 1)), textPlaceholder(PROMPT)) : p(text);
  }

  private static String tick(Variant v, boolean ticked) {
    return v == Variant.BLANK || !ticked ? textCell("") : textCell("\u2713");
  }

  private static String value(Variant v, String text) {
    return v == Variant.BLANK ? cell(pOf(textPlaceholder(PROMPT))) : textCell(text);
  }

  private static String dateCell(Variant v, String iso, String shown) {
    return v == Variant.BLANK ? cell(datePlaceholder()) : cell(date(iso, shown));
  }

  /** Word's built-in heading styles, as a document made from Word's Normal template holds them. */
  private static String headingStyles() {
    return style("Normal", "Normal", "", -1)
        + style("Title", "Title", "Normal", -1)
        + style("Heading1", "heading 1", "Normal", 0)
        + style("Heading2", "heading 2", "Normal", 1);
  }

  // A: Northshire County Council, a cabinet report laid out by headings

  /**
   * A cabinet report laid out by Word's Heading 1 and Heading 2, unnumbered, with a cover sheet
   * of bold labels. Planted in the filled copy: a placeholder left in the executive summary, a
   * recommendation subject to a recommendation (d) that does not exist, and an undated sign-off.
   */
  static byte[] cabinet(Variant v) {
    WordFile doc = new WordFile().styles(headingStyles());
    doc.add(p("Northshire County Council"));
    doc.add(pOf(bold("Report to: "), run("Cabinet")));
    doc.add(pOf(bold("Date of meeting: "), run(v == Variant.BLANK ? "[date]" : "18 March 2025")));
    doc.add(pOf(bold("Report of: "), run(v == Variant.BLANK ? "[Director]" : "Director of Place")));
    doc.add(pOf(bold("Report author: "), run(v == Variant.BLANK ? "[Name, job title]" : "Priya Shah, Head of Waste Services")));
    doc.add(pOf(bold("Contact details: "), run(v == Variant.BLANK ? "[e-mail / telephone]" : "priya.shah@northshire.example / 01632 960123")));
    doc.add(pOf(bold("Subject: "), run(v == Variant.BLANK ? "[Report title]" : "Household waste depot review")));
    doc.add(pOf(bold("Wards affected: "), run("All")));
    doc.add(pOf(bold("Key decision: "), run("Yes")));

    doc.add(styled("Heading1", "Executive summary"));
    doc.add(text(v, "The Household Waste Depot at Mill Lane is at capacity and no longer meets current standards."));
    doc.add(v == Variant.FILLED ? pOf(textPlaceholder(PROMPT))
        : text(v, "This report proposes a review of the depot and of the options for its future."));

    doc.add(styled("Heading1", "Recommendations"));
    doc.add(p("That Cabinet:"));
    doc.add(text(v, "(a) approves a review of the Mill Lane depot, led by the Director of Place;"));
    doc.add(text(v, "(b) subject to recommendation (d), asks the Director of Place to consult staff and users on the options;",
        "(b) subject to recommendation (a), asks the Director of Place to consult staff and users on the options;"));
    doc.add(text(v, "(c) asks the Director of Place to bring a further report to Cabinet in September 2025."));

    doc.add(styled("Heading1", "Reasons for recommendations"));
    doc.add(text(v, "The depot cannot take more waste, and its lease ends in 2027."));

    doc.add(styled("Heading1", "Council Plan priorities"));
    doc.add(p("Tick each priority this report supports and say how"));
    doc.add(table(
        row(textCell("Priority"), textCell("Supports"), textCell("How")),
        row(textCell("A thriving local economy"), tick(v, false), textCell("")),
        row(textCell("A greener county"), tick(v, true),
            v == Variant.BLANK ? textCell("") : textCell("Fewer miles driven to the depot")),
        row(textCell("Healthy, safe communities"), tick(v, false), textCell(""))));

    doc.add(styled("Heading1", "Background"));
    doc.add(text(v, "The depot opened in 1972 and has not been extended since."));
    doc.add(styled("Heading2", "The current site"));
    doc.add(text(v, "The site takes 40,000 tonnes a year against a permit for 35,000."));

    doc.add(styled("Heading1", "Alternative options considered"));
    doc.add(text(v, "Doing nothing was rejected: the permit would be breached."));

    doc.add(styled("Heading1", "Consultation"));
    doc.add(text(v, "Staff and the unions have been told of the review; users will be asked in the spring."));

    doc.add(styled("Heading1", "Financial implications"));
    doc.add(text(v, "The review costs £40,000, met from the waste budget."));
    doc.add(styled("Heading1", "Legal implications"));
    doc.add(text(v, "The Council must keep within its environmental permit under the Environmental Permitting Regulations 2016."));

    doc.add(styled("Heading1", "Equality implications"));
    doc.add(text(v, "An equality impact assessment has been completed and is at Appendix B."));

    doc.add(styled("Heading1", "Risk management"));
    doc.add(text(v, "Delay would risk a breach of the permit."));

    doc.add(styled("Heading1", "Background papers"));
    doc.add(v == Variant.BLANK ? pOf(textPlaceholder(PROMPT))
        : pOf(run("Depot condition survey, 2024 - "), hyperlink(doc.link("https://northshire.example/depot-survey.pdf"), "survey")));

    doc.add(styled("Heading1", "Report clearance"));
    doc.add(table(
        row(textCell("Role"), textCell("Name"), textCell("Date cleared")),
        row(textCell("Director of Place"), value(v, "Alex Rowe"), dateCell(v, "2025-03-10", "10/03/2025")),
        row(textCell("Section 151 Officer"), value(v, "Sam Okafor"), dateCell(v, "2025-03-11", "11/03/2025")),
        row(textCell("Monitoring Officer"), value(v, "Lee Grant"),
            v == Variant.FILLED ? textCell("") : dateCell(v, "2025-03-11", "11/03/2025"))));
    return doc.bytes();
  }

  // B: Westbrook Borough Council, a committee report with a cover-sheet table

  /**
   * A committee report whose cover sheet is a table of labels, then typed numbered sections in
   * capitals. Planted in the filled copy: a recommendation "following (3) above" when there are
   * two, a sign-off date picker left showing its prompt, and a head of service who signs under
   * another name than the cover sheet gives.
   */
  static byte[] committee(Variant v) {
    WordFile doc = new WordFile();
    doc.add(p("Westbrook Borough Council"));
    doc.add(table(
        row(textCell("Report to"), textCell("Communities, Housing and Environment Committee")),
        row(textCell("Date of meeting"), value(v, "3 June 2025")),
        row(textCell("Report title"), value(v, "Temporary accommodation: a new approach")),
        row(textCell("Final Decision-Maker"), textCell("Communities, Housing and Environment Committee")),
        row(textCell("Lead Head of Service"), value(v, "Jo Price, Head of Housing and Communities")),
        row(textCell("Lead Officer and Report Author"), value(v, "Mark Ellis, Housing Strategy Manager")),
        row(textCell("Contact details"), value(v, "mark.ellis@westbrook.example")),
        row(textCell("Classification"), textCell("Public")),
        row(textCell("Wards affected"), textCell("All")),
        row(textCell("Executive summary"),
            cell(text(v, "Families stay too long in bed and breakfast."),
                text(v, "This report proposes leasing homes from local landlords instead."))),
        row(textCell("Purpose of report"), textCell("Decision")),
        row(textCell("This report makes the following recommendations to this Committee:"),
            cell(text(v, "1. That a leasing scheme for up to 40 homes be approved, run by the Housing Options team, with a progress report to this Committee in March 2026."),
                text(v, "2. That, following (3) above, the Head of Housing agrees the terms of each lease.",
                    "2. That, following (1) above, the Head of Housing agrees the terms of each lease."))),
        row(textCell("Strategic plan objectives"),
            cell(p("Tick the objectives this report supports"),
                table(
                    row(textCell("Homes and communities"), tick(v, true)),
                    row(textCell("A thriving place"), tick(v, false)),
                    row(textCell("Safe, clean and green"), tick(v, false)))))));

    doc.add(p("1. INTRODUCTION AND BACKGROUND"));
    doc.add(numberedText(v, "1.1 Forty families are in bed and breakfast, twelve for more than six weeks."));
    doc.add(numberedText(v, "1.2 The law allows six weeks at most for families with children."));
    doc.add(p("2. AVAILABLE OPTIONS"));
    doc.add(numberedText(v, "2.1 Option 1 is to do nothing; option 2 is to build; option 3 is to lease."));
    doc.add(p("3. PREFERRED OPTION AND REASONS FOR RECOMMENDATIONS"));
    doc.add(numberedText(v, "3.1 Leasing is preferred: it is quickest and costs least."));
    doc.add(p("4. RISK"));
    doc.add(numberedText(v, "4.1 Landlords may not come forward; the scheme pays a fair rent to reduce this."));
    doc.add(p("5. CONSULTATION RESULTS AND PREVIOUS COMMITTEE FEEDBACK"));
    doc.add(numberedText(v, "5.1 The Committee asked for options in January 2025."));
    doc.add(p("6. NEXT STEPS"));
    doc.add(numberedText(v, "6.1 Leases would be signed from July 2025."));
    doc.add(p("7. CROSS-CUTTING ISSUES AND IMPLICATIONS"));
    doc.add(table(
        row(textCell("Issue"), textCell("Implications")),
        row(textCell("Financial"), value(v, "Met from the homelessness grant.")),
        row(textCell("Legal"), value(v, "Leases are within the Council's powers."))));
    doc.add(p("8. EQUALITIES IMPACT"));
    doc.add(numberedText(v, "8.1 An equalities impact assessment has been carried out and is attached."));
    doc.add(p("9. BACKGROUND PAPERS"));
    doc.add(v == Variant.BLANK ? pOf(textPlaceholder(PROMPT))
        : pOf(run("Homelessness Strategy 2024, available at: "),
            hyperlink(doc.link("https://westbrook.example/homelessness-strategy"), "westbrook.example/homelessness-strategy")));
    doc.add(p("10. REPORT CLEARANCE"));
    doc.add(table(
        row(textCell("Cleared by"), textCell("Name"), textCell("Date")),
        row(textCell("Head of Service"), value(v, v == Variant.FILLED ? "Joanne Pryce" : "Jo Price"),
            dateCell(v, "2025-05-20", "20/05/2025")),
        row(textCell("Finance"), value(v, "Raj Patel"),
            v == Variant.FILLED ? cell(datePlaceholder()) : dateCell(v, "2025-05-21", "21/05/2025")),
        row(textCell("Legal"), value(v, "Ann Hughes"), dateCell(v, "2025-05-21", "21/05/2025"))));
    return doc.bytes();
  }

  // C: Eastmoor Health and Wellbeing Board, a tick table of two strategies

  /**
   * A health and wellbeing board paper: a cover sheet of bold labels (one with its value on the
   * next line), a layout table whose recommendations are "That the Board:" and a lettered Word
   * list, and one tick table for two strategies with a sub-heading row, a shaded separator row
   * and a rationale column. Planted in the filled copy: Word's prompt left in the summary, and
   * every priority of the Integrated Care Strategy ticked with no rationale.
   */
  static byte[] hwb(Variant v) {
    WordFile doc = new WordFile().styles(headingStyles());
    doc.numbering(list(1, "%1)", "lowerLetter") + num(1, 1));
    doc.add(styled("Title", "Eastmoor Health and Wellbeing Board"));
    doc.add(pOf(bold("Date of meeting: "), run(v == Variant.BLANK ? "[date]" : "Thursday 10 July 2025")));
    doc.add(pOf(bold("Subject: "), run(v == Variant.BLANK ? "[title]" : "Community wellbeing hubs")));
    doc.add(pOf(bold("Report of:")));
    doc.add(p(v == Variant.BLANK ? "[Director]" : "Director of Public Health"));
    doc.add(pOf(bold("Report author: "), run(v == Variant.BLANK ? "[Name, role]" : "Dr Amy Chen, Consultant in Public Health")));
    doc.add(pOf(bold("Contact details: "), run(v == Variant.BLANK ? "[e-mail]" : "amy.chen@eastmoor.example")));
    String both = "Links to the Joint Local Health and Wellbeing Strategy and the Integrated Care Strategy";
    doc.add(table(
        row(textCell("Summary"),
            cell(text(v, "Three pilot hubs have brought health, council and voluntary services together."),
                v == Variant.FILLED ? pOf(textPlaceholder(PROMPT)) : text(v, "This paper proposes three more."))),
        row(textCell("Recommendations"),
            cell(p("That the Board:"),
                v == Variant.BLANK ? numbered(1, 0, "") : numbered(1, 0, "notes what the pilot hubs have learned;"),
                v == Variant.BLANK ? "" : numbered(1, 0, "supports three more hubs in 2025/26, opened by the Integrated Care Partnership;"),
                v == Variant.BLANK ? "" : numbered(1, 0, "subject to recommendation b), asks the Director of Public Health to report back to the Board on them in 2026."))),
        row(textCell("Reasons for recommendations"), cell(text(v, "The pilots reduced GP appointments for social needs."))),
        row(textCell(both),
            cell(p("Tick the priorities this paper supports and say how in the last column"),
                table(
                    row(textCell("Priority"), textCell("Tick"), textCell("How this paper contributes")),
                    spanRow(3, "Joint Local Health and Wellbeing Strategy"),
                    row(textCell("Best start in life"), tick(v, false), textCell("")),
                    row(textCell("Good mental wellbeing"), tick(v, true),
                        v == Variant.BLANK ? textCell("") : textCell("Hubs host peer support groups")),
                    row(textCell("Healthy ageing"), tick(v, false), textCell("")),
                    row(greyCell(3)),
                    row(textCell("Prevention and early help"), tick(v, true),
                        v == Variant.REPAIRED ? textCell("Advice before crisis") : textCell("")),
                    row(textCell("Tackling health inequalities"), tick(v, true),
                        v == Variant.REPAIRED ? textCell("Hubs are in the most deprived wards") : textCell(""))))),
        row(textCell("Financial, legal and workforce implications"), cell(text(v, "Funded from the public health grant; the hubs serve the Board's duties under the Health and Social Care Act 2012."))),
        row(textCell("Equalities implications"), cell(text(v, "An equality impact assessment has been carried out."))),
        row(textCell("Risk assessment"), cell(text(v, "Partners may not staff the hubs; agreements are in place.")))));
    doc.add(p("1. Background"));
    doc.add(numberedText(v, "1.1 The pilots ran in Northgate, Riverside and Hillcrest from April 2024."));
    doc.add(p("2. Consultations undertaken"));
    doc.add(numberedText(v, "2.1 Residents using the hubs were surveyed in March 2025."));
    doc.add(p("3. Background papers"));
    doc.add(v == Variant.BLANK ? pOf(textPlaceholder(PROMPT))
        : pOf(run("Pilot evaluation, available at: "), hyperlink(doc.link("https://eastmoor.example/hubs-evaluation"), "evaluation")));
    doc.add(p("4. Report sign-off"));
    doc.add(table(
        row(textCell("Seen by"), textCell("Name"), textCell("Date")),
        row(textCell("Director of Public Health"), value(v, "Dr Ruth Osei"), dateCell(v, "2025-06-20", "20/06/2025")),
        row(textCell("Finance"), value(v, "Neil Burns"), dateCell(v, "2025-06-23", "23/06/2025")),
        row(textCell("Chair of the Board (if applicable)"), textCell(""), textCell(""))));
    return doc.bytes();
  }

  // D: Southvale District Council, numbered throughout by Word

  /**
   * A report numbered throughout by one multilevel list of Word's: headings in the council's own
   * style based on Heading 1 ("1", "2"…), paragraphs at the second level ("4.1"), the
   * recommendations too ("2.1"), and a lettered list inside a paragraph. Planted in the filled
   * copy: a recommendation subject to recommendation 2.5 when there are three, and a numbered
   * paragraph left empty.
   */
  static byte[] numberedThroughout(Variant v) {
    WordFile doc = new WordFile().styles(headingStyles() + style("SDCHeading", "SDC Heading", "Heading1", -1));
    doc.numbering(list(1, "%1", "decimal", "%1.%2", "decimal") + list(2, "(%1)", "lowerLetter") + num(1, 1) + num(2, 2));
    doc.add(styled("Title", v == Variant.BLANK ? "[Report title]" : "Southvale leisure centre: future operation"));
    doc.add(table(
        row(textCell("Report to"), textCell("Policy and Resources Committee")),
        row(textCell("Meeting date"), value(v, "24 September 2025")),
        row(textCell("Report of"), value(v, "Director of Communities")),
        row(textCell("Author"), value(v, "Tom Reid, Leisure Manager")),
        row(textCell("Contact"), value(v, "tom.reid@southvale.example / 01632 960555")),
        row(textCell("Status"), textCell("For decision"))));
    String h = "SDCHeading";
    doc.add(styledNumbered(h, 1, 0, "Purpose of the report"));
    doc.add(numbered(1, 1, v == Variant.BLANK ? "" : "To decide who runs the leisure centre from April 2026."));
    doc.add(styledNumbered(h, 1, 0, "Recommendations"));
    doc.add(numbered(1, 1, v == Variant.BLANK ? "" : "That the Committee agrees to run the leisure centre in-house from April 2026."));
    if (v != Variant.BLANK) {
      doc.add(numbered(1, 1, "That the Committee agrees a budget of £1.2 million for 2026/27, with a progress report to the Committee in autumn 2026."));
      doc.add(numbered(1, 1, v == Variant.FILLED
          ? "That, subject to recommendation 2.5, staff transfer to the Council under TUPE."
          : "That, subject to recommendation 2.1, staff transfer to the Council under TUPE."));
    }
    doc.add(styledNumbered(h, 1, 0, "Reasons for recommendations"));
    doc.add(numbered(1, 1, v == Variant.BLANK ? "" : "The operator's contract ends in March 2026 and the market offered no bid."));
    doc.add(styledNumbered(h, 1, 0, "Background"));
    doc.add(numbered(1, 1, v == Variant.BLANK ? "" : "The centre has been run by a trust since 2011."));
    doc.add(numbered(1, 1, v == Variant.BLANK ? "" : "Running it in-house would:"));
    if (v != Variant.BLANK) {
      doc.add(numbered(2, 0, "keep the centre open;"));
      doc.add(numbered(2, 0, "let the Council set prices."));
    }
    doc.add(numbered(1, 1, v == Variant.FILLED || v == Variant.BLANK ? "" : "Usage has recovered to 2019 levels."));
    doc.add(styledNumbered(h, 1, 0, "Links to the Corporate Plan"));
    doc.add(table(
        row(textCell("Priority"), textCell("Supports"), textCell("How")),
        row(textCell("Affordable homes"), tick(v, false), textCell("")),
        row(textCell("Climate and nature"), tick(v, false), textCell("")),
        row(textCell("Wellbeing for all"), tick(v, true),
            v == Variant.BLANK ? textCell("") : textCell("Keeps affordable exercise in the district"))));
    doc.add(styledNumbered(h, 1, 0, "Consultation"));
    doc.add(numbered(1, 1, v == Variant.BLANK ? "" : "Staff and the trust's board have been consulted."));
    doc.add(styledNumbered(h, 1, 0, "Implications"));
    doc.add(numbered(1, 1, v == Variant.BLANK ? "" : "Financial: the budget is within the medium-term plan."));
    doc.add(numbered(1, 1, v == Variant.BLANK ? "" : "Legal: the Transfer of Undertakings (Protection of Employment) Regulations 2006 (TUPE) apply to the transfer."));
    doc.add(styledNumbered(h, 1, 0, "Equalities"));
    doc.add(numbered(1, 1, v == Variant.BLANK ? "" : "An equality impact assessment has been carried out."));
    doc.add(styledNumbered(h, 1, 0, "Risk"));
    doc.add(numbered(1, 1, v == Variant.BLANK ? "" : "Costs may rise with energy prices."));
    doc.add(styledNumbered(h, 1, 0, "Background papers"));
    doc.add(v == Variant.BLANK ? p("")
        : pOf(run("Leisure review 2025 - "), hyperlink(doc.link("https://southvale.example/leisure-review"), "review")));
    doc.add(styledNumbered(h, 1, 0, "Sign-off"));
    doc.add(table(
        row(textCell("Role"), textCell("Name"), textCell("Date")),
        row(textCell("Director of Communities"), value(v, "Helen Moss"), dateCell(v, "2025-09-10", "10/09/2025")),
        row(textCell("Section 151 Officer"), value(v, "Gary Fox"), dateCell(v, "2025-09-11", "11/09/2025")),
        row(textCell("Monitoring Officer"), value(v, "Ann Lee"), dateCell(v, "2025-09-11", "11/09/2025"))));
    return doc.bytes();
  }
}
