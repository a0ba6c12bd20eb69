package io.github.hls4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceFixtures;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.governance.ReportSamples;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Validator;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Contracts every model type keeps: accessors never hand out a collection that can be modified,
 * builders copy the collections they are given, and one validator gives the same results on any
 * number of threads.
 */
class ModelContractsTest {

  private static final List<BoardReport> SAMPLES = samples();

  private static List<BoardReport> samples() {
    List<BoardReport> samples = new ArrayList<>(ReportSamples.generated(7L, 200));
    samples.add(GovernanceFixtures.validReport());
    return samples;
  }

  /** Returns every hls4j model object reachable from the sample reports, each once. */
  private static Collection<Object> modelObjects() throws ReflectiveOperationException {
    Map<Object, Boolean> seen = new IdentityHashMap<>();
    List<Object> queue = new ArrayList<>(SAMPLES);
    while (!queue.isEmpty()) {
      Object o = queue.remove(queue.size() - 1);
      if (seen.put(o, true) != null) {
        continue;
      }
      for (Method accessor : accessors(o.getClass())) {
        Object value = accessor.invoke(o);
        if (value instanceof java.util.Optional<?> optional) {
          value = optional.orElse(null);
        }
        if (value instanceof Collection<?> c) {
          c.stream().filter(ModelContractsTest::isModel).forEach(queue::add);
        } else if (value != null && isModel(value)) {
          queue.add(value);
        }
      }
    }
    return seen.keySet();
  }

  private static boolean isModel(Object o) {
    return o.getClass().getName().startsWith("io.github.hls4j.") && !o.getClass().isEnum();
  }

  /** The public, no-argument, non-static methods a model type declares on its abstract type. */
  private static List<Method> accessors(Class<?> type) {
    List<Method> accessors = new ArrayList<>();
    for (Method m : type.getSuperclass().getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())
          && !Modifier.isStatic(m.getModifiers())
          && m.getParameterCount() == 0
          && !m.getName().equals("toString")
          && !m.getName().equals("hashCode")) {
        accessors.add(m);
      }
    }
    return accessors;
  }

  @Test
  void accessors_neverReturnAModifiableCollection() throws ReflectiveOperationException {
    Set<String> checked = new HashSet<>();
    for (Object model : modelObjects()) {
      for (Method accessor : accessors(model.getClass())) {
        Object value = accessor.invoke(model);
        if (value instanceof Collection<?> c) {
          checked.add(model.getClass().getSuperclass().getSimpleName() + "." + accessor.getName());
          @SuppressWarnings("unchecked")
          Collection<Object> elements = (Collection<Object>) c;
          assertThatThrownBy(() -> elements.add(new Object()))
              .as("%s.%s()", model.getClass().getSuperclass().getSimpleName(), accessor.getName())
              .isInstanceOf(UnsupportedOperationException.class);
        }
      }
    }
    assertThat(checked)
        .contains(
            "BoardReport.signOffs", "Paragraph.items", "Implication.areas", "Strategy.priorities");
  }

  private static MethodHandle call(Class<?> builderType, String name, Class<?>... parameters)
      throws ReflectiveOperationException {
    Class<?> returned = builderType.getMethod(name, parameters).getReturnType();
    return MethodHandles.publicLookup()
        .findVirtual(builderType, name, MethodType.methodType(returned, parameters));
  }

  @Test
  void builders_copyTheCollectionsTheyAreGiven() throws ReflectiveOperationException {
    Set<String> checked = new HashSet<>();
    for (Object model : modelObjects()) {
      Class<?> type = model.getClass().getSuperclass();
      Method builderMethod;
      try {
        builderMethod = type.getMethod("builder");
      } catch (NoSuchMethodException e) {
        continue;
      }
      for (Method accessor : accessors(model.getClass())) {
        // derived values, such as a report's aligned parts, have no builder method
        if (!Modifier.isAbstract(accessor.getModifiers())
            || !(accessor.invoke(model) instanceof Collection<?> original)
            || original.isEmpty()) {
          continue;
        }
        // Builder methods are declared in the generated, package-private builder: reach them as a
        // caller's code does, through the public builder type.
        Object builder = builderMethod.invoke(null);
        Class<?> builderType = builderMethod.getReturnType();
        Collection<Object> given =
            original instanceof Set<?> ? new HashSet<>(original) : new ArrayList<>(original);
        Object built;
        try {
          call(builderType, "from", type).invoke(builder, model);
          call(builderType, accessor.getName(), Iterable.class).invoke(builder, given);
          built = call(builderType, "build").invoke(builder);
        } catch (Throwable e) {
          throw new AssertionError(e);
        }

        given.clear();

        assertThat(accessor.invoke(built))
            .as("%s.%s()", type.getSimpleName(), accessor.getName())
            .isEqualTo(original);
        checked.add(type.getSimpleName() + "." + accessor.getName());
      }
    }
    assertThat(checked)
        .contains(
            "BoardReport.summary",
            "BoardReport.signOffs",
            "Recommendation.dependsOn",
            "Paragraph.text");
  }

  @Test
  void validator_sharedBy8Threads_givesExactlyTheSingleThreadResults() throws Exception {
    List<BoardReport> reports = ReportSamples.generated(42L, 10_000);
    Validator<BoardReport> validator = GovernanceRules.validator(Profile.PUBLISHED);
    List<ValidationResult> expected = validator.validateAll(reports);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<ValidationResult>>> futures = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int offset = t * 1_250;
        futures.add(
            pool.submit(
                () -> {
                  // Each thread starts at another place, so that threads overlap on different
                  // reports.
                  List<ValidationResult> results = new ArrayList<>(reports.size());
                  for (int i = 0; i < reports.size(); i++) {
                    results.add(null);
                  }
                  for (int i = 0; i < reports.size(); i++) {
                    int at = (i + offset) % reports.size();
                    results.set(at, validator.validate(reports.get(at)));
                  }
                  return results;
                }));
      }
      for (Future<List<ValidationResult>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected.stream().mapToInt(ValidationResult::size).sum()).isPositive();
  }
}
