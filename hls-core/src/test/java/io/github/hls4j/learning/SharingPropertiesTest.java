package io.github.hls4j.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.hls4j.party.PartyId;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharingPropertiesTest {

  private static final PartyId[] ORGANISATIONS = {
    PartyId.of("council"), PartyId.of("nhs"), PartyId.of("provider")
  };

  @Test
  void properties_personalDataWithoutCoveringAgreementIsAlwaysFound_andRedactedCopiesHoldNone() {
    Validator<LearningLoops> validator =
        Validator.builder(LearningRules.learningLoops(LearningRulesTest.JUNE)).build();
    DataSharingAgreement dsa =
        DataSharingAgreement.builder()
            .id(AgreementId.of("dsa"))
            .addParties(PartyId.of("council"), PartyId.of("nhs"))
            .addPurposes("Planning support")
            .build();
    qt().withExamples(Integer.getInteger("hls4j.examples", 300))
        .forAll(
            lists().of(booleans().all()).ofSizeBetween(0, 6),
            integers().between(0, 2),
            booleans().all(),
            booleans().all())
        .checkAssert(
            (personal, to, withAgreement, redact) -> {
              List<Evidence> evidence = new ArrayList<>();
              for (int i = 0; i < personal.size(); i++) {
                evidence.add(
                    personal.get(i)
                        ? Evidence.personalStory("named " + i)
                        : Evidence.number("n " + i).notPersonal());
              }
              LearningRecord record =
                  LearningRecord.builder()
                      .kind(RecordKind.INSIGHT)
                      .whatHappened("x")
                      .evidence(evidence)
                      .build();
              LearningRecord shared = redact ? record.redacted() : record;
              HorizontalShare share =
                  LearningRulesTest.share(ORGANISATIONS[to], shared, withAgreement ? "dsa" : null);

              ValidationResult result =
                  validator.validate(
                      LearningRulesTest.loops(List.of(share), List.of(dsa), List.of(), List.of()));

              boolean covered = withAgreement && to <= 1;
              boolean expected = shared.containsPersonalData() && to != 0 && !covered;
              assertThat(result.withRule(LearningRules.SHARE_WITHOUT_AGREEMENT.id()).isEmpty())
                  .isEqualTo(!expected);
              assertThat(record.redacted().containsPersonalData()).isFalse();
              assertThat(record.redacted().evidence()).noneMatch(Evidence::personalData);
              assertThat(record.redacted().evidence())
                  .hasSize((int) personal.stream().filter(p -> !p).count());
            });
  }
}
