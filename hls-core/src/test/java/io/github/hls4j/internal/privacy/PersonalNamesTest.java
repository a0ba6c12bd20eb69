package io.github.hls4j.internal.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hls4j.learning.Evidence;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.learning.RecordKind;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import java.util.List;
import org.junit.jupiter.api.Test;

class PersonalNamesTest {

  private static final Person RESIDENT =
      Person.builder().id(PartyId.of("resident")).name("İsmail Demir").memberOfPublic(true).build();
  private static final Person OFFICER =
      Person.builder().id(PartyId.of("officer")).name("Ann Lee").build();
  private static final Person NAMED =
      Person.builder().id(PartyId.of("named")).name("Élise Moreau").build();

  private static LearningRecord record(Evidence evidence) {
    return LearningRecord.builder()
        .kind(RecordKind.INSIGHT)
        .whatHappened("Met")
        .addEvidence(evidence)
        .build();
  }

  @Test
  void of_knowsMembersOfThePublic_andPeopleNamedInPersonalEvidence_only() {
    PersonalNames names =
        PersonalNames.of(
            List.of(RESIDENT, OFFICER, NAMED),
            List.of(
                record(Evidence.story("ÉLISE MOREAU told us of her move")),
                record(Evidence.story("Ann Lee ran the session").notPersonal())));

    assertThat(names.known())
        .extracting(PersonalNames.Known::party, PersonalNames.Known::reason)
        .containsOnly(
            org.assertj.core.groups.Tuple.tuple(
                PartyId.of("resident"), PersonalNames.Reason.MEMBER_OF_PUBLIC),
            org.assertj.core.groups.Tuple.tuple(
                PartyId.of("named"), PersonalNames.Reason.NAMED_IN_PERSONAL_EVIDENCE));
  }

  @Test
  void find_foldsCaseAndCompatibilityForms_asNamesFold_andKeepsWordBoundaries() {
    PersonalNames names = PersonalNames.of(List.of(RESIDENT), List.of());
    String text = "Spoke with ISMAIL DEMIR, then with ｉｓｍａｉｌ ｄｅｍｉｒ; not with Demirci.";

    List<PersonalNames.Found> found = names.find(text);

    assertThat(found)
        .extracting(f -> text.substring(f.start(), f.end()))
        .containsExactly("ISMAIL DEMIR", "ｉｓｍａｉｌ ｄｅｍｉｒ");
  }

  @Test
  void remove_firstNameSurnameOrPossessiveAlone_removesEachForm() {
    Person margaret =
        Person.builder()
            .id(PartyId.of("mp"))
            .name("Mrs Margaret Pryce-Owen")
            .memberOfPublic(true)
            .build();
    PersonalNames names = PersonalNames.of(List.of(margaret), List.of());

    assertThat(
            names.remove(
                "Margaret's account; Mrs Pryce-Owen agreed; PRYCE said yes; Owen too; Margaretta stays."))
        .isEqualTo(
            "[name removed]'s account; Mrs [name removed] agreed; [name removed] said yes; [name removed] too;"
                + " Margaretta stays.");
    assertThat(names.remove("Mrs Margaret Pryce-Owen")).isEqualTo("[name removed]");
    assertThat(PersonalNames.parts("mrs margaret pryce-owen"))
        .containsExactly("margaret", "pryce-owen", "pryce", "owen");
  }

  @Test
  void remove_replacesEachName_andLeavesTheRestAsWritten() {
    PersonalNames names = PersonalNames.of(List.of(RESIDENT), List.of());

    assertThat(names.remove("Thanks to İsmail Demir (Taunton)."))
        .isEqualTo("Thanks to [name removed] (Taunton).");
    assertThat(names.remove("Nothing here")).isEqualTo("Nothing here");
    assertThat(PersonalNames.none().remove("İsmail Demir")).isEqualTo("İsmail Demir");
  }

  @Test
  void redaction_removesIdentifiersAndNames() {
    PersonalNames names = PersonalNames.of(List.of(RESIDENT), List.of());

    assertThat(Redaction.text("İsmail Demir, ismail@example.org", names))
        .doesNotContain("İsmail Demir")
        .doesNotContain("ismail@example.org")
        .contains("[name removed]");
  }
}
