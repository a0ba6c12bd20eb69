package io.github.hls4j.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoardReportTest {

  @Test
  void build_missingRequiredAttributes_throwsNamingThem() {
    assertThatThrownBy(() -> BoardReport.builder().title("A report").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("BoardReport")
        .hasMessageContaining("id")
        .hasMessageContaining("board")
        .hasMessageContaining("leadOfficer")
        .hasMessageContaining("author");
  }

  @Test
  void build_blankTitle_throwsNamingTheValue() {
    assertThatThrownBy(() -> BoardReport.builder().from(Reports.valid()).title(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("BoardReport.title ( ) must not be blank");
  }

  @Test
  void build_copiesCollections_andAccessorsCannotModify() {
    List<String> summary = new ArrayList<>(List.of("First."));
    BoardReport report = BoardReport.builder().from(Reports.valid()).summary(summary).build();

    summary.add("Second.");

    assertThat(report.summary()).containsExactly("First.");
    assertThatThrownBy(() -> report.summary().add("Third."))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> report.signOffs().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void builderFrom_roundTripsEveryAttribute() {
    BoardReport report = Reports.valid();

    assertThat(BoardReport.builder().from(report).build()).isEqualTo(report);
  }

  @Test
  void sitsInCommon_needsTwoCommittees() {
    assertThat(Reports.boardInCommon().sitsInCommon()).isTrue();
    assertThat(Board.builder().id(BoardId.of("b")).name("B").build().sitsInCommon()).isFalse();
  }

  @Test
  void paragraph_isEmpty_onlyWhenEveryBlockAndItemIsBlank() {
    assertThat(Paragraph.builder().number("4.2").build().isEmpty()).isTrue();
    assertThat(Paragraph.builder().number("4.2").addText(" ").build().isEmpty()).isTrue();
    assertThat(
            Paragraph.builder().number("4.2").addItems(ListItem.of("(1)", "x")).build().isEmpty())
        .isFalse();
  }

  @Test
  void paragraph_blankNumber_throws() {
    assertThatThrownBy(() -> Paragraph.builder().number("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Paragraph.number () must be");
  }

  @Test
  void implication_withoutArea_throws() {
    assertThatThrownBy(() -> Implication.builder().statement("x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Implication.areas ([]) must not be empty");
  }

  @Test
  void signOffRole_factoriesSetIfApplicable() {
    assertThat(SignOffRole.required("Chair", SignOffRoleKind.CHAIR).ifApplicable()).isFalse();
    assertThat(SignOffRole.ifApplicable("Member", SignOffRoleKind.EXECUTIVE_MEMBER).ifApplicable())
        .isTrue();
  }
}
