package io.github.hls4j.governance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.internal.ModelDescription;
import io.github.hls4j.internal.ModelDescription.ModelType;
import io.github.hls4j.internal.ModelDescription.Property;
import io.github.hls4j.internal.ModelDescription.Text;
import io.github.hls4j.internal.TextWalk;
import io.github.hls4j.strategy.AlignmentLink;
import io.github.hls4j.strategy.Priority;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.strategy.Strategy;
import io.github.hls4j.strategy.StrategyAlignment;
import io.github.hls4j.strategy.StrategyId;
import io.github.hls4j.testing.ReportGenerator;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.Validator;
import io.github.hls4j.validation.Violation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ReportTextTest {

  private static final String TEMPLATE = "[To be completed]";

  /** The owner and property a path ends at, as {@code Type.property}, read from the description. */
  private static String property(String path) {
    ModelType type = ModelDescription.of(BoardReport.class);
    String[] steps = path.replaceAll("\\[\\d+]", "").split("\\.");
    for (int i = 0; i < steps.length - 1; i++) {
      type = ModelDescription.of(type.property(steps[i]).orElseThrow().valueType());
    }
    return type.property(steps[steps.length - 1]).orElseThrow().toString();
  }

  /** Visits every text of a report with its path. */
  private static void forEach(BoardReport report, BiConsumer<String, String> visitor) {
    ReportText texts = ReportText.of(report);
    for (int i = 0; i < texts.size(); i++) {
      visitor.accept(texts.path(i), texts.text(i));
    }
  }

  /** The properties a walk of some reports visited. */
  private static Set<String> visited(List<BoardReport> reports) {
    Set<String> visited = new TreeSet<>();
    for (BoardReport report : reports) {
      forEach(report, (path, text) -> visited.add(property(path)));
    }
    return visited;
  }

  /** A report with text in every free text and name of every model it can hold. */
  private static BoardReport everything() {
    PriorityId priority = PriorityId.of("p");
    Strategy strategy =
        Strategy.builder()
            .id(StrategyId.of("s"))
            .title(TEMPLATE)
            .addPriority(
                Priority.builder()
                    .id(priority)
                    .title(TEMPLATE)
                    .description(TEMPLATE)
                    .addActions(TEMPLATE)
                    .addDeliveredThrough(io.github.hls4j.strategy.DeliveryRef.named(TEMPLATE))
                    .addOutcomes(TEMPLATE)
                    .build())
            .build();
    BoardReport report = GovernanceFixtures.reportWithTextEverywhere(TEMPLATE);
    return BoardReport.builder()
        .from(report)
        .addRecommendations(
            Recommendation.builder()
                .number(2)
                .action(TEMPLATE)
                .addDecisions(
                    Decision.builder().outcome(DecisionOutcome.PENDING).note(TEMPLATE).build())
                .addStrategyAlignments(
                    StrategyAlignment.builder()
                        .strategy(strategy)
                        .addLink(
                            AlignmentLink.builder().priority(priority).rationale(TEMPLATE).build())
                        .statement(TEMPLATE)
                        .build())
                .build())
        .build();
  }

  private static List<BoardReport> reports() {
    List<BoardReport> reports = new ArrayList<>();
    reports.add(everything());
    reports.add(GovernanceFixtures.validReport());
    Random random = new Random(29);
    for (int i = 0; i < 30; i++) {
      reports.add(ReportGenerator.validReport(random));
    }
    return reports;
  }

  @Test
  void forEach_visitsEveryFreeTextAndName_theDescriptionGives() {
    // The expected set is read from the model's description, not listed here: a free-text property
    // added to any model a report holds joins it, and the walk visits it with no edit to
    // ReportText.
    Set<String> described =
        ModelDescription.reachableFrom(BoardReport.class).stream()
            .flatMap(t -> t.properties().stream())
            .filter(p -> p.text() == Text.FREE || p.text() == Text.NAME)
            .map(Property::toString)
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(visited(reports())).isEqualTo(described);
  }

  @Test
  void forEach_leavesOutCodesAndContacts() {
    Set<String> codes =
        ModelDescription.reachableFrom(BoardReport.class).stream()
            .flatMap(t -> t.properties().stream())
            .filter(p -> p.text() == Text.CODE || p.text() == Text.CONTACT)
            .map(Property::toString)
            .collect(Collectors.toSet());

    assertThat(codes).contains("Link.target");
    assertThat(visited(reports())).doesNotContainAnyElementsOf(codes);
  }

  @Test
  void forEach_givesEachTextWithItsPath() {
    List<String> paths = new ArrayList<>();
    forEach(everything(), (path, text) -> paths.add(path));

    assertThat(paths)
        .contains(
            "title",
            "leadOfficer.name",
            "recommendations[0].action",
            "sections[0].paragraphs[0].items[0].text",
            "backgroundPapers[0].link.text",
            "signOffs[0].role.title",
            "signOffs[0].name",
            "recommendations[1].decisions[0].note",
            "recommendations[1].strategyAlignments[0].strategy.priorities[0].outcomes[0]",
            "recommendations[1].strategyAlignments[0].statement")
        .doesNotContain("backgroundPapers[0].link.target");
  }

  @Test
  void placeholderText_inASignOffRoleTitle_isFound() {
    BoardReport report =
        BoardReport.builder()
            .from(GovernanceFixtures.validReport())
            .signOffs(
                List.of(
                    SignOff.builder()
                        .role(SignOffRole.required(TEMPLATE, SignOffRoleKind.LEAD_OFFICER))
                        .name("Trudi Grant")
                        .date(java.time.LocalDate.of(2025, 1, 10))
                        .build()))
            .build();

    assertThat(GovernanceRules.validator(Profile.DECISION_READY).validate(report).violations())
        .filteredOn(v -> v.rule().equals(GovernanceRules.PLACEHOLDER_TEXT.id()))
        .extracting(Violation::path)
        .containsExactly("signOffs[0].role.title");
  }

  @Test
  void of_inAValidation_givesEachTextAtItsPathAndPlace() {
    BoardReport report = everything();
    List<String> walked = new ArrayList<>();
    TextWalk.forEach(
        report,
        EnumSet.of(Text.FREE, Text.NAME),
        (owner, property, path, text) -> walked.add(path.get() + "=" + text));
    List<String> gathered = new ArrayList<>();
    List<String> inSignOffs = new ArrayList<>();
    List<String> titles = new ArrayList<>();
    Validator.<BoardReport>builder()
        .rule(
            GovernanceRules.PLACEHOLDER_TEXT,
            (r, context) -> {
              ReportText texts = ReportText.of(r, context);
              assertThat(ReportText.of(r, context)).isSameAs(texts);
              for (int i = 0; i < texts.size(); i++) {
                gathered.add(texts.path(i) + "=" + texts.text(i));
                if (texts.isIn(i, "signOffs")) {
                  inSignOffs.add(texts.path(i));
                }
                // "sign" only begins the name of signOffs: no text is in it
                assertThat(texts.isIn(i, "sign")).isFalse();
                if (texts.isProperty(i, "title")) {
                  titles.add(texts.path(i));
                }
              }
            })
        .build()
        .validate(report);

    assertThat(gathered).isEqualTo(walked).isNotEmpty();
    assertThat(inSignOffs).isNotEmpty().allMatch(path -> path.startsWith("signOffs["));
    assertThat(titles).contains("title", "signOffs[0].role.title");
  }
}
