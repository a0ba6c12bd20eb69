package io.github.hls4j.docx;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.governance.ImplicationArea;
import io.github.hls4j.governance.SectionKind;
import io.github.hls4j.governance.SignOffRoleKind;
import io.github.hls4j.json.InvalidJsonException;
import io.github.hls4j.strategy.Strategy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a council's Word template lays out a board report: which labels, headings and columns hold
 * which parts of the model, with their synonyms. A template is data, read from JSON with {@link
 * #read(Path)}; {@link #somerset()} is built in.
 *
 * <p>Labels are compared as people read them: case, surrounding spaces, runs of spaces and a final
 * colon do not matter, so {@code "Summary:"} matches {@code "summary"}. The first label of each
 * list is the one {@link DocxWriter} writes. {@code docs/word.md} describes every field.
 *
 * @param name the template's name, for messages
 * @param board the board whose reports the template lays out
 * @param header the labels of the header lines (or rows) above the layout table
 * @param layout the labels of the two-column layout table's left-hand cells
 * @param strategyRows the layout rows that hold a strategy's priorities to tick
 * @param prompts template guidance that is not report content, such as "Please tick the …"
 * @param implicationAreas the areas the implications row covers
 * @param impactAssessment for each answer about an equalities impact assessment, the phrases that
 *     give it
 * @param sections the body's numbered section headings, by kind
 * @param backgroundPapers the headings of the background papers section
 * @param paperLeadIns text between a paper's title and its link, such as ", available at:"
 * @param signOff the sign-off section and its table
 * @param headingLevel the level of the Word headings (Heading 1 is level 1) that start the report's
 *     parts and sections when it is laid out by headings; deeper headings are read as part of the
 *     text under them. Absent from a template file, it is 1
 * @param tickTables tick tables that list the priorities of one or more strategies, with the
 *     columns that hold the tick and a rationale; absent from a template file, there are none
 * @param dependencyPhrases words that, before a reference to another recommendation ("subject to
 *     recommendation 5", "following (2) above"), make a recommendation depend on it; absent from a
 *     template file, there are none and no dependency is read from a recommendation's text
 * @since 0.1.0
 */
public record ReportTemplate(
    String name,
    Board board,
    HeaderLabels header,
    LayoutLabels layout,
    List<StrategyRow> strategyRows,
    List<String> prompts,
    Set<ImplicationArea> implicationAreas,
    Map<ImpactAssessment, List<String>> impactAssessment,
    List<SectionHeading> sections,
    List<String> backgroundPapers,
    List<String> paperLeadIns,
    SignOffTable signOff,
    int headingLevel,
    List<TickTable> tickTables,
    List<String> dependencyPhrases) {

  /**
   * Checks the template and keeps immutable copies.
   *
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if a list of labels or the implication areas are empty, a
   *     label is blank, or the heading level is not between 1 and 9
   */
  public ReportTemplate {
    requireNonNull(name, "ReportTemplate.name");
    requireNonNull(board, "ReportTemplate.board");
    requireNonNull(header, "ReportTemplate.header");
    requireNonNull(layout, "ReportTemplate.layout");
    requireNonNull(signOff, "ReportTemplate.signOff");
    strategyRows =
        ImmutableList.copyOf(requireNonNull(strategyRows, "ReportTemplate.strategyRows"));
    prompts = ImmutableList.copyOf(requireNonNull(prompts, "ReportTemplate.prompts"));
    implicationAreas =
        Sets.immutableEnumSet(requireNonNull(implicationAreas, "ReportTemplate.implicationAreas"));
    if (implicationAreas.isEmpty()) {
      throw new IllegalArgumentException(
          "ReportTemplate.implicationAreas (" + implicationAreas + ") must name at least one area");
    }
    impactAssessment =
        ImmutableMap.copyOf(requireNonNull(impactAssessment, "ReportTemplate.impactAssessment"));
    sections = ImmutableList.copyOf(requireNonNull(sections, "ReportTemplate.sections"));
    backgroundPapers = checkedLabels("ReportTemplate.backgroundPapers", backgroundPapers);
    paperLeadIns =
        ImmutableList.copyOf(requireNonNull(paperLeadIns, "ReportTemplate.paperLeadIns"));
    if (headingLevel == 0) {
      headingLevel = 1; // absent from the file
    }
    if (headingLevel < 1 || headingLevel > 9) {
      throw new IllegalArgumentException(
          "ReportTemplate.headingLevel (" + headingLevel + ") must be between 1 and 9");
    }
    tickTables = tickTables == null ? List.of() : ImmutableList.copyOf(tickTables);
    dependencyPhrases =
        dependencyPhrases == null
            ? List.of()
            : checkedPhrases("ReportTemplate.dependencyPhrases", dependencyPhrases);
  }

  /**
   * Makes a template of a layout read as before headings, tick tables and dependency phrases were
   * described: sections by Heading 1, no tick tables beyond the strategy rows, and no dependency
   * read from a recommendation's text.
   *
   * @param name the template's name, for messages
   * @param board the board whose reports the template lays out
   * @param header the labels of the header
   * @param layout the labels of the layout table's left-hand cells
   * @param strategyRows the layout rows that hold a strategy's priorities to tick
   * @param prompts template guidance that is not report content
   * @param implicationAreas the areas the implications row covers
   * @param impactAssessment for each answer about an impact assessment, the phrases that give it
   * @param sections the body's section headings, by kind
   * @param backgroundPapers the headings of the background papers section
   * @param paperLeadIns text between a paper's title and its link
   * @param signOff the sign-off section and its table
   * @throws NullPointerException if any component is null
   * @throws IllegalArgumentException if a list of labels or the implication areas are empty, or a
   *     label is blank
   * @since 0.1.0
   */
  public ReportTemplate(
      String name,
      Board board,
      HeaderLabels header,
      LayoutLabels layout,
      List<StrategyRow> strategyRows,
      List<String> prompts,
      Set<ImplicationArea> implicationAreas,
      Map<ImpactAssessment, List<String>> impactAssessment,
      List<SectionHeading> sections,
      List<String> backgroundPapers,
      List<String> paperLeadIns,
      SignOffTable signOff) {
    this(
        name,
        board,
        header,
        layout,
        strategyRows,
        prompts,
        implicationAreas,
        impactAssessment,
        sections,
        backgroundPapers,
        paperLeadIns,
        signOff,
        1,
        List.of(),
        List.of());
  }

  /**
   * Returns the built-in template of the Somerset Board's reports, as in the report "Taking a Human
   * Learning Systems approach for the work of the Board".
   *
   * @return the Somerset template
   * @since 0.1.0
   */
  public static ReportTemplate somerset() {
    return Somerset.TEMPLATE;
  }

  /**
   * Reads a template from a JSON file.
   *
   * @param file the file
   * @return the template
   * @throws InvalidJsonException if the file cannot be read or is not a template, naming the file,
   *     the line, the column and the offending field
   * @since 0.1.0
   */
  public static ReportTemplate read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (NoSuchFileException e) {
      throw new InvalidJsonException(file.toString(), 0, 0, "", "no such file");
    } catch (IOException e) {
      throw new InvalidJsonException(
          file.toString(), 0, 0, "", "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Reads a template from JSON; the stream is read to its end but not closed.
   *
   * @param in the JSON
   * @param source the input's name for messages
   * @return the template
   * @throws InvalidJsonException if the input is not a template, naming the source, the line, the
   *     column and the offending field
   * @since 0.1.0
   */
  public static ReportTemplate read(InputStream in, String source) {
    return TemplateJson.read(in, source);
  }

  /**
   * Returns the strategy row whose label is {@code label}, if any.
   *
   * @param label a layout label as written
   * @return the row
   * @since 0.1.0
   */
  public Optional<StrategyRow> strategyRow(String label) {
    return strategyRows.stream().filter(r -> Labels.matches(r.labels(), label)).findFirst();
  }

  /**
   * Returns the kind of the section whose heading is {@code heading}, if the template knows it.
   *
   * @param heading a heading as written, without its number
   * @return the kind
   * @since 0.1.0
   */
  public Optional<SectionKind> sectionKind(String heading) {
    return sections.stream()
        .filter(s -> Labels.matches(s.headings(), heading))
        .map(SectionHeading::kind)
        .findFirst();
  }

  /**
   * Returns the tick table whose label is {@code label}, if any.
   *
   * @param label a label or heading as written
   * @return the tick table
   * @since 0.1.0
   */
  public Optional<TickTable> tickTable(String label) {
    return tickTables.stream().filter(t -> Labels.matches(t.labels(), label)).findFirst();
  }

  /** An optional list of labels: absent from a file it is empty; present, no label is blank. */
  private static List<String> checkedPhrases(String attribute, List<String> labels) {
    List<String> copy = ImmutableList.copyOf(labels);
    for (String label : copy) {
      if (label.isBlank()) {
        throw new IllegalArgumentException(
            attribute + " (" + copy + ") must not hold a blank label");
      }
    }
    return copy;
  }

  private static List<String> checkedLabels(String attribute, List<String> labels) {
    requireNonNull(labels, attribute);
    List<String> copy = ImmutableList.copyOf(labels);
    if (copy.isEmpty()) {
      throw new IllegalArgumentException(
          attribute + " (" + copy + ") must name at least one label");
    }
    for (String label : copy) {
      if (label.isBlank()) {
        throw new IllegalArgumentException(
            attribute + " (" + copy + ") must not hold a blank label");
      }
    }
    return copy;
  }

  /**
   * The labels of the header: lines such as "Lead Officer: Name / Role", or two-cell table rows.
   *
   * @param leadOfficer the lead officer's labels
   * @param author the author's labels
   * @param contact the labels of the contact details
   * @param meetingDate the labels of the meeting's date
   * @param title the labels of a cover-sheet field that gives the report's title, such as
   *     "Subject"; absent from a template file, there are none and the title is the first line
   * @param ignored the labels of cover-sheet fields the model does not hold, such as "Wards
   *     affected" or "Key decision", read and left aside; absent from a file, there are none
   * @param roles words that mark a person field's text as a role, not a name, such as "Director" or
   *     "Head of": with them, "Director of Public Health" is a role and "Jane Smith, Head of
   *     Commissioning" a name and a role; absent from a file, there are none and only "Name / Role"
   *     is split
   * @since 0.1.0
   */
  public record HeaderLabels(
      List<String> leadOfficer,
      List<String> author,
      List<String> contact,
      List<String> meetingDate,
      List<String> title,
      List<String> ignored,
      List<String> roles) {
    /**
     * Checks the labels and keeps immutable copies.
     *
     * @throws IllegalArgumentException if a required list is empty, or a list holds a blank label
     */
    public HeaderLabels {
      leadOfficer = checkedLabels("HeaderLabels.leadOfficer", leadOfficer);
      author = checkedLabels("HeaderLabels.author", author);
      contact = checkedLabels("HeaderLabels.contact", contact);
      meetingDate = checkedLabels("HeaderLabels.meetingDate", meetingDate);
      title = title == null ? List.of() : checkedPhrases("HeaderLabels.title", title);
      ignored = ignored == null ? List.of() : checkedPhrases("HeaderLabels.ignored", ignored);
      roles = roles == null ? List.of() : checkedPhrases("HeaderLabels.roles", roles);
    }

    /**
     * Makes header labels with no title, ignored or role labels.
     *
     * @param leadOfficer the lead officer's labels
     * @param author the author's labels
     * @param contact the labels of the contact details
     * @param meetingDate the labels of the meeting's date
     * @throws IllegalArgumentException if a list is empty or holds a blank label
     * @since 0.1.0
     */
    public HeaderLabels(
        List<String> leadOfficer,
        List<String> author,
        List<String> contact,
        List<String> meetingDate) {
      this(leadOfficer, author, contact, meetingDate, List.of(), List.of(), List.of());
    }
  }

  /**
   * The labels of the layout table's left-hand cells.
   *
   * @param summary the summary's labels
   * @param recommendations the recommendations' labels
   * @param reasons the labels of the reasons for the recommendations
   * @param implications the labels of the implications row
   * @param equalities the labels of the equalities row
   * @param riskAssessment the labels of the risk assessment row
   * @since 0.1.0
   */
  public record LayoutLabels(
      List<String> summary,
      List<String> recommendations,
      List<String> reasons,
      List<String> implications,
      List<String> equalities,
      List<String> riskAssessment) {
    /**
     * Checks the labels and keeps immutable copies.
     *
     * @throws IllegalArgumentException if a list is empty or holds a blank label
     */
    public LayoutLabels {
      summary = checkedLabels("LayoutLabels.summary", summary);
      recommendations = checkedLabels("LayoutLabels.recommendations", recommendations);
      reasons = checkedLabels("LayoutLabels.reasons", reasons);
      implications = checkedLabels("LayoutLabels.implications", implications);
      equalities = checkedLabels("LayoutLabels.equalities", equalities);
      riskAssessment = checkedLabels("LayoutLabels.riskAssessment", riskAssessment);
    }
  }

  /**
   * A layout row that holds a strategy's priorities, each with a tick, and an optional statement.
   *
   * @param labels the row's labels
   * @param strategy the strategy, whose priorities are matched by their titles
   * @since 0.1.0
   */
  public record StrategyRow(List<String> labels, Strategy strategy) {
    /**
     * Checks the row and keeps an immutable copy of its labels.
     *
     * @throws IllegalArgumentException if there is no label or a blank one
     */
    public StrategyRow {
      labels = checkedLabels("StrategyRow.labels", labels);
      requireNonNull(strategy, "StrategyRow.strategy");
    }
  }

  /**
   * A table of priorities to tick, for one strategy or several: under a layout label or a heading,
   * a row per priority (its title in the first cell), the strategies divided by a shaded separator
   * row or by a row that names the next strategy.
   *
   * @param labels the labels or headings the table stands under
   * @param strategies the strategies whose priorities it lists, in the order it lists them
   * @param tickColumn the column (1 for the first) that holds the tick; 0, or absent from a file,
   *     for the last
   * @param rationaleColumn the column (1 for the first) that says how the report serves the
   *     priority, read as the tick's rationale; 0, or absent from a file, for none
   * @since 0.1.0
   */
  public record TickTable(
      List<String> labels, List<Strategy> strategies, int tickColumn, int rationaleColumn) {
    /**
     * Checks the table and keeps immutable copies.
     *
     * @throws NullPointerException if the labels or strategies are missing
     * @throws IllegalArgumentException if there is no label, a blank one, no strategy, or a column
     *     below 0
     */
    public TickTable {
      labels = checkedLabels("TickTable.labels", labels);
      strategies = ImmutableList.copyOf(requireNonNull(strategies, "TickTable.strategies"));
      if (strategies.isEmpty()) {
        throw new IllegalArgumentException(
            "TickTable.strategies (" + strategies + ") must name at least one strategy");
      }
      if (tickColumn < 0 || rationaleColumn < 0) {
        throw new IllegalArgumentException(
            "TickTable columns (tick "
                + tickColumn
                + ", rationale "
                + rationaleColumn
                + ") must be 1 or more, or 0 for the default");
      }
    }
  }

  /**
   * A numbered section heading of the body.
   *
   * @param kind what the section is
   * @param headings the headings that name it
   * @since 0.1.0
   */
  public record SectionHeading(SectionKind kind, List<String> headings) {
    /**
     * Checks the heading and keeps an immutable copy.
     *
     * @throws IllegalArgumentException if there is no heading or a blank one
     */
    public SectionHeading {
      requireNonNull(kind, "SectionHeading.kind");
      headings = checkedLabels("SectionHeading.headings", headings);
    }
  }

  /**
   * The sign-off section: its headings, the column headers of its table, and how a role's title
   * tells its kind; or, for a layout with no sign-off table, that it has none, and the lines in
   * which the layout records sign-off instead, if any.
   *
   * @param headings the section's headings
   * @param roleColumn the headers of the column that names the role
   * @param nameColumn the headers of the column that names the person
   * @param dateColumn the headers of the column that holds the date
   * @param roleKinds for each kind of role, words whose presence in a role's title gives it; the
   *     first kind, in the order of {@link SignOffRoleKind}, whose words match wins, and a title
   *     that matches none is {@link SignOffRoleKind#OTHER}
   * @param ifApplicable words that mark a role as needed only where it applies
   * @param table whether the layout has a sign-off table; absent from a template file, it has. For
   *     a layout with none ({@code false}), {@link DocxImport#with} reports {@code
   *     governance/signoff-missing} for the report as a whole as an {@code INFO}, not an {@code
   *     ERROR}: the council's layout does not ask for one
   * @param lines the lines in which the layout records a sign-off outside a table, such as "Name of
   *     finance officer consulted: … Date consulted: …"; absent from a template file, there are
   *     none
   * @since 0.1.0
   */
  public record SignOffTable(
      List<String> headings,
      List<String> roleColumn,
      List<String> nameColumn,
      List<String> dateColumn,
      Map<SignOffRoleKind, List<String>> roleKinds,
      List<String> ifApplicable,
      Boolean table,
      List<SignOffLine> lines) {
    /**
     * Checks the table and keeps immutable copies.
     *
     * @throws IllegalArgumentException if a list of labels is empty or holds a blank label
     */
    public SignOffTable {
      headings = checkedLabels("SignOffTable.headings", headings);
      roleColumn = checkedLabels("SignOffTable.roleColumn", roleColumn);
      nameColumn = checkedLabels("SignOffTable.nameColumn", nameColumn);
      dateColumn = checkedLabels("SignOffTable.dateColumn", dateColumn);
      roleKinds = ImmutableMap.copyOf(requireNonNull(roleKinds, "SignOffTable.roleKinds"));
      ifApplicable =
          ImmutableList.copyOf(requireNonNull(ifApplicable, "SignOffTable.ifApplicable"));
      table = table == null ? Boolean.TRUE : table;
      lines = lines == null ? List.of() : ImmutableList.copyOf(lines);
    }

    /**
     * Makes the sign-off section of a layout with a sign-off table and no sign-off lines.
     *
     * @param headings the section's headings
     * @param roleColumn the headers of the column that names the role
     * @param nameColumn the headers of the column that names the person
     * @param dateColumn the headers of the column that holds the date
     * @param roleKinds for each kind of role, words whose presence in a role's title gives it
     * @param ifApplicable words that mark a role as needed only where it applies
     * @throws IllegalArgumentException if a list of labels is empty or holds a blank label
     * @since 0.1.0
     */
    public SignOffTable(
        List<String> headings,
        List<String> roleColumn,
        List<String> nameColumn,
        List<String> dateColumn,
        Map<SignOffRoleKind, List<String>> roleKinds,
        List<String> ifApplicable) {
      this(
          headings,
          roleColumn,
          nameColumn,
          dateColumn,
          roleKinds,
          ifApplicable,
          Boolean.TRUE,
          List.of());
    }
  }

  /**
   * A line in which a layout records a sign-off outside a table: a label before the person's name,
   * such as "Name of finance officer consulted:", and on the same line a label before the date,
   * such as "Date consulted (dd/mm/yy):". A bracketed note after the date's label is left out.
   *
   * @param role the title of the role that signs off on such a line, such as "Finance officer"; its
   *     kind comes from the sign-off's {@code roleKinds}
   * @param labels the labels before the name
   * @param dateLabels the labels before the date; absent from a template file, the line has no date
   * @since 0.1.0
   */
  public record SignOffLine(String role, List<String> labels, List<String> dateLabels) {
    /**
     * Checks the line and keeps immutable copies.
     *
     * @throws NullPointerException if the role or the labels are missing
     * @throws IllegalArgumentException if the role is blank, or a list of labels holds a blank one
     *     or, for {@code labels}, none
     */
    public SignOffLine {
      requireNonNull(role, "SignOffLine.role");
      if (role.isBlank()) {
        throw new IllegalArgumentException("SignOffLine.role (\"" + role + "\") must not be blank");
      }
      labels = checkedLabels("SignOffLine.labels", labels);
      dateLabels =
          dateLabels == null ? List.of() : checkedPhrases("SignOffLine.dateLabels", dateLabels);
    }
  }

  /** The built-in Somerset template, read once from its resource. */
  private static final class Somerset {
    static final ReportTemplate TEMPLATE = load();

    private static ReportTemplate load() {
      String resource = "somerset-template.json";
      try (InputStream in = ReportTemplate.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("hls-docx is missing its resource " + resource);
        }
        return read(in, resource);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
