package io.github.hls4j.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.learning.LearningRecord;
import io.github.hls4j.party.Party;
import io.github.hls4j.stewardship.SystemSteward;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.RuleId;
import io.github.hls4j.validation.Severity;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The JSON form's description cannot drift from the model: every value type and accessor is in it.
 */
class FormsTest {

  /** Values the model computes, never stored or exchanged. */
  private static final Set<String> COMPUTED =
      Set.of(
          "io.github.hls4j.health.ScoreSpread",
          "io.github.hls4j.learning.Route",
          "io.github.hls4j.testing.PlantedDefect");

  /** Accessors with a model default: optional in JSON, always written. */
  private static final Set<String> DEFAULTS =
      Set.of(
          "SystemSteward.questions",
          "SystemSteward.remit",
          "LearningRecord.sensitivity",
          "DataSharingAgreement.markings",
          "WorkingGroup.multiAgency",
          "Strategy.status",
          "AlignmentLink.proposed",
          "Barrier.level",
          "Visibility.respondBy",
          "Evidence.personalData",
          "Evidence.consentToShareWithBoard",
          "Person.memberOfPublic");

  @Test
  void types_holdEveryValueTypeOfTheModel() throws Exception {
    Set<String> valueTypes = new TreeSet<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(BoardReport.class.getClassLoader())
            .getTopLevelClassesRecursive("io.github.hls4j")) {
      if (info.getSimpleName().startsWith("Immutable")
          && !info.getPackageName().contains("internal")) {
        String type =
            info.getPackageName() + "." + info.getSimpleName().substring("Immutable".length());
        if (!COMPUTED.contains(type)) {
          valueTypes.add(type);
        }
      }
    }
    Set<String> described =
        Forms.types().stream().map(Class::getName).collect(Collectors.toCollection(TreeSet::new));

    assertThat(valueTypes).hasSizeGreaterThan(50);
    assertThat(described).containsAll(valueTypes).contains(Party.class.getName());
  }

  @Test
  void properties_areTheAccessors_plusTheDefaults() {
    for (Class<?> type : Forms.types()) {
      ValueForm form = Forms.of(type);
      if (form.kind != ValueForm.Kind.MODEL || !Modifier.isAbstract(type.getModifiers())) {
        continue; // the findings are final classes, checked below
      }
      List<String> properties =
          form.model().properties.stream().map(p -> p.name).collect(Collectors.toList());
      Set<String> abstractAccessors = new TreeSet<>();
      for (Method m : type.getMethods()) {
        if (Modifier.isAbstract(m.getModifiers())
            && m.getParameterCount() == 0
            && !Modifier.isStatic(m.getModifiers())) {
          abstractAccessors.add(m.getName());
        }
      }
      Set<String> defaults = new TreeSet<>(properties);
      defaults.removeAll(abstractAccessors);

      assertThat(properties)
          .as(type.getSimpleName())
          .containsAll(abstractAccessors)
          .doesNotHaveDuplicates();
      assertThat(defaults.stream().map(d -> type.getSimpleName() + "." + d))
          .as(type.getSimpleName())
          .allMatch(DEFAULTS::contains);
    }
  }

  @Test
  void findings_areTheirAccessors_withTheMessageMadeFromTheTemplate() {
    ModelForm result = Forms.model(ValidationResult.class);
    ModelForm violation = Forms.model(Violation.class);

    assertThat(result.properties).extracting(p -> p.name).containsExactly("violations");
    assertThat(violation.properties)
        .extracting(p -> p.name)
        .containsExactly(
            "rule",
            "severity",
            "path",
            "place",
            "message",
            "messageKey",
            "messageTemplate",
            "arguments",
            "location");
    assertThat(Forms.model(io.github.hls4j.validation.Location.class).properties)
        .extracting(p -> p.name)
        .containsExactly("pointer", "description", "quote");
    assertThat(violation.properties)
        .filteredOn(p -> p.required)
        .extracting(p -> p.name)
        .containsExactly("rule", "severity", "path", "message", "messageKey", "messageTemplate");
    assertThat(violation.properties)
        .filteredOn(p -> p.derived)
        .extracting(p -> p.name)
        .containsExactly("message");
    assertThat(Forms.of(RuleId.class).kind).isEqualTo(ValueForm.Kind.ID);
    assertThat(Forms.of(Severity.class).kind).isEqualTo(ValueForm.Kind.ENUM);
    assertThat(Forms.of(Profile.class).kind).isEqualTo(ValueForm.Kind.ENUM);
    assertThat(violation.property("arguments").value.kind).isEqualTo(ValueForm.Kind.MAP);
  }

  @Test
  void evidencePersonalData_isTrueByDefault_inTheFormAsInTheModel() {
    PropertyForm personal =
        java.util.Objects.requireNonNull(
            Forms.model(io.github.hls4j.learning.Evidence.class).property("personalData"));
    boolean modelDefault =
        io.github.hls4j.learning.Evidence.builder()
            .kind(io.github.hls4j.learning.EvidenceKind.STORY)
            .text("t")
            .build()
            .personalData();

    assertThat(personal.defaultTrue).isTrue().isEqualTo(modelDefault);
    assertThat(personal.required).isFalse();
  }

  @Test
  void requiredness_followsTheAccessorType() {
    ModelForm steward = Forms.model(SystemSteward.class);
    ModelForm record = Forms.model(LearningRecord.class);
    ModelForm report = Forms.model(BoardReport.class);

    assertThat(report.property("title").required).isTrue();
    assertThat(report.property("meetingDate").required).isFalse();
    assertThat(report.property("recommendations").required).isFalse();
    assertThat(steward.property("remit").required).isFalse();
    assertThat(steward.property("remit").defaulted).isTrue();
    assertThat(record.property("sensitivity").defaulted).isTrue();
  }
}
