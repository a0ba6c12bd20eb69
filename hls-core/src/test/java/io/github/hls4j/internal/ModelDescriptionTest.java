package io.github.hls4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.SignOff;
import io.github.hls4j.internal.ModelDescription.ModelType;
import io.github.hls4j.internal.ModelDescription.Property;
import io.github.hls4j.internal.ModelDescription.Shape;
import io.github.hls4j.internal.ModelDescription.Text;
import io.github.hls4j.learning.LearningCycle;
import io.github.hls4j.party.Group;
import io.github.hls4j.party.Organisation;
import io.github.hls4j.party.Person;
import io.github.hls4j.strategy.PriorityId;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.testing.ReportGenerator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ModelDescriptionTest {

  @Test
  void of_boardReport_givesItsPropertiesInTheOrderOfItsAccessors() {
    ModelType report = ModelDescription.of(BoardReport.class);

    assertThat(report.properties())
        .extracting(Property::name)
        .startsWith("id", "title", "board", "meetingDate");
    assertThat(report.properties())
        .extracting(Property::name)
        .endsWith("sections", "backgroundPapers", "signOffs");
  }

  @Test
  void of_generatedClass_describesTheModelType() {
    BoardReport report = ReportGenerator.validReport(new Random(7));

    assertThat(ModelDescription.of(report.getClass()).type()).isEqualTo(BoardReport.class);
  }

  @Test
  void property_saysWhatItIs() {
    Property signOffs = ModelDescription.of(BoardReport.class).property("signOffs").orElseThrow();
    Property name = ModelDescription.of(Person.class).property("name").orElseThrow();
    Property roleTitle = ModelDescription.of(Person.class).property("roleTitle").orElseThrow();
    Property dateText = ModelDescription.of(SignOff.class).property("dateText").orElseThrow();

    assertThat(signOffs.shape()).isEqualTo(Shape.LIST);
    assertThat(signOffs.many()).isTrue();
    assertThat(signOffs.model()).isTrue();
    assertThat(signOffs.valueType()).isEqualTo(SignOff.class);
    assertThat(name.text()).isEqualTo(Text.NAME);
    assertThat(name.personal()).isTrue();
    assertThat(name.freeText()).isFalse();
    assertThat(roleTitle.shape()).isEqualTo(Shape.OPTIONAL);
    assertThat(roleTitle.freeText()).isTrue();
    assertThat(dateText.text()).isNotEqualTo(Text.NONE);
  }

  @Test
  void property_ofTypedId_isAReference_notAModel() {
    Property priority =
        ModelDescription.of(io.github.hls4j.strategy.AlignmentLink.class)
            .property("priority")
            .orElseThrow();

    assertThat(priority.reference()).isTrue();
    assertThat(priority.model()).isFalse();
    assertThat(ModelDescription.find(PriorityId.class)).isEmpty();
  }

  @Test
  void reachableFrom_learningSystem_followsPartiesIntoEveryKind() {
    List<ModelType> types = ModelDescription.reachableFrom(LearningSystem.class);

    assertThat(types.get(0).type()).isEqualTo(LearningSystem.class);
    assertThat(types)
        .extracting(ModelType::type)
        .contains(
            Organisation.class, Person.class, Group.class, BoardReport.class, LearningCycle.class);
  }

  @Test
  void checkPath_pathOfTheModel_passes() {
    ModelDescription.checkPath(BoardReport.class, "signOffs[3].date");
    ModelDescription.checkPath(BoardReport.class, "recommendations[1].dependsOn[0]");
    ModelDescription.checkPath(BoardReport.class, "");
    ModelDescription.checkPath(LearningSystem.class, "parties[2].members[0]");
    ModelDescription.checkPath(LearningSystem.class, "stewards[0].remit.organisations[1]");
  }

  @Test
  void checkPath_misspeltProperty_throwsNamingTheTypeAndTheProperty() {
    assertThatThrownBy(() -> ModelDescription.checkPath(BoardReport.class, "signOffs[3].dated"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SignOff.dated")
        .hasMessageContaining("signOffs[3].dated");
  }

  @Test
  void checkPath_indexOnAPropertyThatIsNotAList_throws() {
    assertThatThrownBy(() -> ModelDescription.checkPath(BoardReport.class, "title[0]"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BoardReport.title");
  }

  @Test
  void checkPath_intoAText_throws() {
    assertThatThrownBy(() -> ModelDescription.checkPath(BoardReport.class, "title.text"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("BoardReport.title");
  }

  @Test
  void checkPath_subjectThatIsNoModel_isNotChecked() {
    ModelDescription.checkPath(String.class, "anything[2].at.all");
  }

  @Test
  void sameShape_pathsThatDifferOnlyInDigitIndexes_areTheSameShape() {
    assertThat(ModelDescription.sameShape("signOffs[0].date", "signOffs[12].date")).isTrue();
    assertThat(ModelDescription.sameShape("title", "title")).isTrue();
    assertThat(ModelDescription.sameShape("signOffs[0].date", "signOffs[0].name")).isFalse();
    assertThat(ModelDescription.sameShape("signOffs[x].date", "signOffs[0].date")).isFalse();
    assertThat(ModelDescription.sameShape("signOffs[].date", "signOffs[0].date")).isFalse();
    assertThat(ModelDescription.sameShape("signOffs[1]", "signOffs[1].date")).isFalse();
    assertThat(ModelDescription.sameShape("signOffs[1].date", "signOffs[1]")).isFalse();
    assertThat(ModelDescription.sameShape("a[1].b[22].c", "a[333].b[4].c")).isTrue();
    assertThat(ModelDescription.sameShape("a[1].b[2].c", "a[1].b.c")).isFalse();
    assertThat(ModelDescription.sameShape("a[1].b", "a[1]b")).isFalse();
    assertThat(ModelDescription.sameShape("", "")).isTrue();
  }
}
