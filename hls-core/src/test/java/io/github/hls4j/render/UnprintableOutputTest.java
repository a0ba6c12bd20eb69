package io.github.hls4j.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.governance.Board;
import io.github.hls4j.governance.BoardId;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceFixtures;
import io.github.hls4j.health.HealthProfile;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Sector;
import io.github.hls4j.stewardship.WorkingGroup;
import io.github.hls4j.stewardship.WorkingGroupId;
import io.github.hls4j.stewardship.WorkingGroupMember;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.testing.SystemGenerator;
import io.github.hls4j.text.Printable;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One policy for unprintable characters, in every format the renderers write. */
class UnprintableOutputTest {

  private static final String HOSTILE =
      "A\u001B]0;owned\u0007 title\u202Ereversed\u200Bhidden\uD800end";

  private static BoardReport hostile() {
    return BoardReport.builder().from(GovernanceFixtures.validReport()).title(HOSTILE).build();
  }

  @Test
  void printable_showsEachUnprintableCharacter_andKeepsEverythingElse() {
    assertThat(Printable.oneLine(HOSTILE))
        .isEqualTo("A\\u001B]0;owned\\u0007 title\\u202Ereversed\\u200Bhidden\\uD800end");
    assertThat(Printable.oneLine("two\nlines")).isEqualTo("two\\u000Alines");
    assertThat(Printable.visible("two\nlines", true)).isEqualTo("two\nlines");
    String plain = "Sömerset – café 😀";
    assertThat(Printable.oneLine(plain)).isSameAs(plain);
  }

  @Test
  void html_showsControlsVisibly() {
    String html = HtmlRenderer.render(hostile());

    assertThat(html)
        .contains("A\\u001B]0;owned\\u0007 title\\u202Ereversed\\u200Bhidden\\uD800end");
    assertThat(html)
        .doesNotContain("\u001B")
        .doesNotContain("\u202E")
        .doesNotContain("\u200B")
        .doesNotContain("\u0007");
  }

  @Test
  void markdown_showsControlsVisibly() {
    String markdown = MarkdownRenderer.render(hostile());

    assertThat(markdown)
        .startsWith("# A\\\\u001B]0;owned")
        .doesNotContain("\u001B")
        .doesNotContain("\u202E");
  }

  @Test
  void svg_withAnUnpairedSurrogateInAName_isStrictUtf8() throws CharacterCodingException {
    HealthRound round =
        HealthRound.builder()
            .from(SystemGenerator.healthRound(new Random(1), 3, LocalDate.of(2025, 6, 1)))
            .name("Round \uD800 one")
            .build();

    String svg = SvgRenderer.render(HealthProfile.of(round));

    StandardCharsets.UTF_8
        .newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .encode(CharBuffer.wrap(svg));
    assertThat(svg).contains("Round \\uD800 one");
  }

  @Test
  void stewardshipMap_escapesABoardItCannotResolve() {
    PartyId a = PartyId.of("a");
    PartyId b = PartyId.of("b");
    LearningSystem system =
        LearningSystem.builder()
            .place("Place")
            .addParties(
                Organisation.builder().id(a).name("A").sector(Sector.COUNCIL).build(),
                Organisation.builder().id(b).name("B").sector(Sector.NHS).build())
            .addWorkingGroups(
                WorkingGroup.builder()
                    .id(WorkingGroupId.of("g"))
                    .name("Group")
                    .multiAgency(true)
                    .addMembers(WorkingGroupMember.from(a), WorkingGroupMember.from(b))
                    .reportsTo(BoardId.of("<script>alert(1)</script>|x"))
                    .build())
            .addBoards(Board.builder().id(BoardId.of("known")).name("Known").build())
            .build();

    String markdown = MarkdownRenderer.render(system);

    assertThat(markdown)
        .doesNotContain("<script>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;\\|x");
  }
}
