package io.github.hls4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.digest.DigestFacts;
import io.github.hls4j.digest.DigestFacts.Ask;
import io.github.hls4j.digest.DigestFacts.Power;
import io.github.hls4j.digest.LearningDigest;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.ImpactAssessment;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.health.StakeholderGroup;
import io.github.hls4j.jackson.HlsJson;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.render.HtmlRenderer;
import io.github.hls4j.render.MarkdownRenderer;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleId;
import io.github.hls4j.validation.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Digests drafted from the learning systems a tester wrote from the docs alone (an English county,
 * Anyshire, and a Welsh region, Bro Taf), not shaped to the code: what the trial found wrong.
 */
class TrialDigestTest {

  private static final Clock AS_OF =
      Clock.fixed(Instant.parse("2025-06-01T09:00:00Z"), ZoneOffset.UTC);
  private static final Person LEAD =
      Person.builder()
          .id(PartyId.of("r-osei"))
          .name("Dr Ruth Osei")
          .roleTitle("Director of Public Health")
          .build();

  static <T> T read(String name, Class<T> type) {
    try (InputStream in = TrialDigestTest.class.getResourceAsStream("trial/" + name)) {
      return HlsJson.create().read(in, name, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LearningDigest anyshire() {
    return LearningDigest.builder(
            read("ls1-anyshire.json", LearningSystem.class), BoardId.of("anyshire-hwbb"))
        .since(LocalDate.of(2025, 1, 1))
        .until(LocalDate.of(2025, 5, 31))
        .meeting(LocalDate.of(2025, 6, 19))
        .clock(AS_OF)
        .leadOfficer(LEAD)
        .healthRounds(
            read("h1-anyshire-autumn.json", HealthRound.class),
            read("h2-anyshire-spring.json", HealthRound.class))
        .build();
  }

  private static LearningDigest broTaf() {
    return LearningDigest.builder(
            read("ls2-bro-taf.json", LearningSystem.class), BoardId.of("rpb-bro-taf"))
        .since(LocalDate.of(2025, 1, 1))
        .until(LocalDate.of(2025, 5, 31))
        .clock(AS_OF)
        .leadOfficer(LEAD)
        .build();
  }

  @Test
  void draft_memberOfThePublicNamedByFirstNameOrPossessive_isRedactedInEveryForm() {
    BoardReport paper = anyshire().draft();
    String markdown = MarkdownRenderer.render(paper);

    assertThat(markdown)
        .doesNotContain("Margaret")
        .doesNotContain("Pryce")
        .contains("[name removed]'s account");
  }

  @Test
  void facts_regionalBarrierInABoardStewardsRemit_isTheBoardsToActOn_notNationalGovernments() {
    DigestFacts facts = broTaf().facts();

    assertThat(facts.barriers())
        .filteredOn(b -> b.escalation().id().value().equals("gweithlu"))
        .singleElement()
        .satisfies(b -> assertThat(b.power()).isEqualTo(Power.OWN));
    assertThat(facts.recommendations())
        .filteredOn(r -> r.basedOn().get(0).id().equals("gweithlu"))
        .singleElement()
        .satisfies(r -> assertThat(r.ask()).isEqualTo(Ask.DECIDE));
  }

  @Test
  void facts_barrierMadeVisibleWithAResponse_reportsTheResponse_andDoesNotAskAgain() {
    DigestFacts facts = broTaf().facts();

    assertThat(facts.recommendations())
        .filteredOn(r -> r.basedOn().get(0).id().equals("grant-blynyddol"))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.ask()).isEqualTo(Ask.NOTE_RESPONSE);
              assertThat(r.response()).hasValueSatisfying(s -> assertThat(s).contains("2026"));
              assertThat(r.on()).contains(LocalDate.of(2025, 4, 10));
            });
    assertThat(facts.recommendations())
        .extracting(DigestFacts.RecommendationFacts::ask)
        .doesNotContain(Ask.CHAIR_WRITES);
  }

  @Test
  void draft_equalities_isAGapOnly_andEveryPlaceholderFindingCanBeCleared() {
    BoardReport paper = anyshire().draft();

    assertThat(paper.equalities())
        .hasValueSatisfying(
            e -> assertThat(e.impactAssessment()).isEqualTo(ImpactAssessment.UNDECIDED));
    assertThat(MarkdownRenderer.render(paper)).doesNotContain("Equalities impact assessment:");
    assertThat(GovernanceRules.validator(Profile.DECISION_READY).validate(paper).violations())
        .filteredOn(v -> v.rule().equals(RuleId.of("governance/placeholder-text")))
        .isNotEmpty()
        .extracting(Violation::path)
        .noneMatch(p -> p.startsWith("summary"));
  }

  @Test
  void facts_healthComparison_saysNoGroupLeftWhileTheCouncilIsStillHeard() {
    DigestFacts.HealthFacts health = anyshire().facts().health().orElseThrow();

    assertThat(health.common()).isEqualTo(1);
    assertThat(health.left()).isEmpty();
    assertThat(health.joined()).containsOnlyKeys(StakeholderGroup.NHS, StakeholderGroup.RESIDENTS);
    assertThat(health.targets())
        .singleElement()
        .satisfies(t -> assertThat(t).startsWith("Better Care Fund"));
  }

  @Test
  void draft_healthAndExperiments_readAsSentences() {
    String sections = anyshire().draft().sections().toString();

    assertThat(sections)
        .contains("for the one voice heard in both rounds")
        .doesNotContain("among the one voice")
        .contains("readmitted. Learned:")
        .contains("tied to “Better Care Fund metric");
  }

  @Test
  void facts_errorsOfTheLearningSystem_areReportedToTheBoard_withNamesForIds() {
    LearningDigest digest = anyshire();
    DigestFacts facts = digest.facts();

    assertThat(facts.errors())
        .extracting(v -> v.rule().value())
        .contains("health/used-as-target")
        .anyMatch(id -> id.startsWith("learning/"))
        .doesNotContain("learning/share-without-agreement");
    BoardReport paper = digest.draft();
    String page = HtmlRenderer.publication(paper);
    assertThat(paper.sections())
        .anySatisfy(s -> assertThat(s.paragraphs().toString()).contains("own checks found"));
    PublicationPagesTest.assertPublishable(
        page,
        PublicationPagesTest.modelIds(read("ls1-anyshire.json", LearningSystem.class), paper));
  }

  @Test
  void render_datesAndImplicationLabels_agreeBetweenMarkdownAndHtml() {
    BoardReport paper = anyshire().draft();

    String markdown = MarkdownRenderer.render(paper);
    String html = HtmlRenderer.publication(paper);

    assertThat(markdown).contains("19 June 2025").doesNotContain("2025-06-19");
    assertThat(html).contains("19 June 2025");
    assertThat(markdown).contains("**Financial:**");
    assertThat(html).contains("<strong>Financial:</strong>").doesNotContain("<strong>financial:");
    assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("2025-06-19");
  }
}
