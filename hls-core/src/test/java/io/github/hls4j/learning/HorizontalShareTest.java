package io.github.hls4j.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hls4j.party.PartyId;
import org.junit.jupiter.api.Test;

class HorizontalShareTest {

  private static HorizontalShare.Builder share(ShareTargetKind kind) {
    return HorizontalShare.builder()
        .fromCycle(CycleId.of("cycle"))
        .fromOrganisation(PartyId.of("council"))
        .toKind(kind)
        .to("Health and Wellbeing Board")
        .toOrganisation(PartyId.of("council"))
        .purpose("What the Board should hear");
  }

  @Test
  void build_boardShareWithoutBoard_throwsNamingToKindAndTheMissingBoard() {
    assertThatThrownBy(() -> share(ShareTargetKind.BOARD).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HorizontalShare.toKind (BOARD)")
        .hasMessageContaining("HorizontalShare.toBoard");
  }

  @Test
  void build_organisationShareWithBoard_throwsNamingToBoardAndItsValue() {
    assertThatThrownBy(() -> share(ShareTargetKind.ORGANISATION).toBoard("hwb").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HorizontalShare.toBoard (hwb)")
        .hasMessageContaining("(ORGANISATION)");
  }

  @Test
  void build_boardShareWithBoard_keepsIt() {
    assertThat(share(ShareTargetKind.BOARD).toBoard("hwb").build().toBoard()).hasValue("hwb");
  }
}
