package io.github.hls4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import io.github.hls4j.learning.Barrier;
import io.github.hls4j.learning.CycleId;
import io.github.hls4j.learning.Escalation;
import io.github.hls4j.learning.EscalationId;
import io.github.hls4j.learning.Visibility;
import io.github.hls4j.party.PartyId;
import io.github.hls4j.party.Person;
import io.github.hls4j.stewardship.BarrierKind;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.testing.FreeTextPlanter;
import io.github.hls4j.testing.SystemGenerator;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The one definition of free text, and the walk that reads it. */
class TextWalkTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  /** Every generated model class of hls4j: what a model is. */
  private static List<Class<?>> generatedModels() throws Exception {
    List<Class<?>> models = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(TextWalkTest.class.getClassLoader())
            .getTopLevelClassesRecursive("io.github.hls4j")) {
      if (info.getSimpleName().startsWith("Immutable")
          && !info.getPackageName().contains("internal")) {
        models.add(info.load());
      }
    }
    return models;
  }

  private static boolean isText(Type type) {
    if (type == String.class) {
      return true;
    }
    return type instanceof ParameterizedType p
        && p.getActualTypeArguments()[0] == String.class
        && (p.getRawType() == Optional.class
            || p.getRawType() == List.class
            || p.getRawType() == Set.class);
  }

  @Test
  void everyTextAttribute_ofEveryModel_isMarkedFreeTextOrNotFreeText() throws Exception {
    Set<String> unmarked = new TreeSet<>();
    Set<String> marked = new TreeSet<>();
    List<Class<?>> models = generatedModels();
    for (Class<?> generated : models) {
      Class<?> type = TextWalk.modelType(generated);
      for (Field f : generated.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers())
            || Modifier.isTransient(f.getModifiers())
            || f.isSynthetic()) {
          continue;
        }
        Method accessor;
        try {
          accessor = type.getMethod(f.getName());
        } catch (NoSuchMethodException e) {
          continue;
        }
        if (!isText(accessor.getGenericReturnType())) {
          continue;
        }
        boolean free = accessor.isAnnotationPresent(FreeText.class);
        boolean notFree = accessor.isAnnotationPresent(NotFreeText.class);
        (free ^ notFree ? marked : unmarked).add(type.getSimpleName() + "." + f.getName());
      }
    }

    assertThat(models).hasSizeGreaterThan(50);
    assertThat(unmarked)
        .as("text attributes marked neither @FreeText nor @NotFreeText, or both")
        .isEmpty();
    assertThat(marked)
        .hasSizeGreaterThan(80)
        .contains(
            "Experiment.question", "Barrier.description", "Visibility.response", "Person.name");
  }

  @Test
  void textAttributes_sayWhichAreFreeText() throws Exception {
    Class<?> person = Class.forName("io.github.hls4j.party.ImmutablePerson");
    Class<?> visibility = Class.forName("io.github.hls4j.learning.ImmutableVisibility");

    assertThat(TextWalk.textAttributes(person, true)).containsExactly("Person.roleTitle");
    assertThat(TextWalk.textAttributes(person, false)).containsExactly("Person.name");
    assertThat(TextWalk.textAttributes(visibility, true))
        .containsExactly("Visibility.to", "Visibility.response");
  }

  private static LearningSystem withVisibleBarrier() {
    LearningSystem generated = SystemGenerator.validSystem(new SplittableRandom(7), 10, TODAY);
    Escalation escalation =
        Escalation.builder()
            .id(EscalationId.of("visible"))
            .barrier(
                Barrier.builder()
                    .kind(BarrierKind.LEGISLATION)
                    .organisation(PartyId.of("nowhere"))
                    .description("A national rule")
                    .build())
            .raisedBy(CycleId.of("c"))
            .raisedOn(TODAY.minusDays(30))
            .respondBy(TODAY.plusDays(30))
            .answer("Answered")
            .answeredOn(TODAY.minusDays(3))
            .addMadeVisible(
                Visibility.builder()
                    .to("DHSC")
                    .on(TODAY.minusDays(20))
                    .response("Noted")
                    .respondedOn(TODAY.minusDays(2))
                    .build())
            .build();
    return LearningSystem.builder().from(generated).addEscalations(escalation).build();
  }

  @Test
  void forEach_visitsEveryFreeText_withItsPath_andNoName() {
    LearningSystem system = withVisibleBarrier();
    int last = system.escalations().size() - 1;

    List<String> paths = FreeTextPlanter.paths(system);

    assertThat(paths)
        .contains(
            "place",
            "cycles[0].name",
            "cycles[0].purpose",
            "escalations[" + last + "].barrier.description",
            "escalations[" + last + "].answer",
            "escalations[" + last + "].madeVisible[0].to",
            "escalations[" + last + "].madeVisible[0].response")
        .noneMatch(
            p -> p.endsWith(".id") || p.endsWith(".value") || p.matches("parties\\[\\d+]\\.name"))
        .doesNotHaveDuplicates();
  }

  @Test
  void rewrite_changesEveryFreeText_andNothingElse() {
    LearningSystem system = withVisibleBarrier();

    LearningSystem planted = FreeTextPlanter.plant(system, path -> "«" + path + "»");

    List<String> texts = new ArrayList<>();
    TextWalk.forEach(
        planted,
        (owner, property, path, text) -> {
          assertThat(text).endsWith(" «" + path.get() + "»");
          texts.add(text);
        });
    assertThat(texts).hasSameSizeAs(FreeTextPlanter.paths(system));
    assertThat(planted.parties())
        .extracting(p -> p.name())
        .isEqualTo(system.parties().stream().map(p -> p.name()).toList());
    assertThat(planted.cycles())
        .extracting(c -> c.id())
        .isEqualTo(system.cycles().stream().map(c -> c.id()).toList());
    assertThat(TextWalk.rewrite(system, (owner, property, path, text) -> text)).isSameAs(system);
  }

  @Test
  void isModel_isTrueForGeneratedModels_only() {
    assertThat(TextWalk.isModel(Person.builder().id(PartyId.of("p")).name("P").build())).isTrue();
    assertThat(TextWalk.isModel("text")).isFalse();
    assertThat(TextWalk.isModel(TODAY)).isFalse();
  }
}
