package io.github.hls4j.testing;

import static java.util.Objects.requireNonNull;

import io.github.hls4j.internal.TextWalk;
import io.github.hls4j.system.LearningSystem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * Plants text into every free text of a learning system: each question, description, answer,
 * response, name of a cycle, record text… that a person writes, as hls4j's one definition of free
 * text says (a party's own name, contact details, ids, numbers and link targets are not free text).
 * Use it to check that what you publish from a system never prints what was planted, whichever
 * field it was written in:
 *
 * <pre>{@code
 * LearningSystem planted = FreeTextPlanter.plant(system, path -> "NHS number 943 476 5919");
 * BoardReport paper = LearningDigest.builder(planted, board)...build().draft();
 * assertThat(MarkdownRenderer.render(paper)).doesNotContain("943 476 5919");
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FreeTextPlanter {

  private FreeTextPlanter() {}

  /**
   * Returns a copy of a system with text added, after a space, to the end of every free text.
   *
   * @param system the system
   * @param planted gives the text to add to the free text at a path, such as {@code
   *     cycles[0].experiments[1].question}
   * @return the copy
   * @throws IllegalArgumentException if a model's checks refuse the planted text
   * @since 0.1.0
   */
  public static LearningSystem plant(LearningSystem system, Function<String, String> planted) {
    requireNonNull(planted, "planted");
    return TextWalk.rewrite(
        requireNonNull(system, "system"),
        (owner, property, path, text) -> text + " " + planted.apply(path));
  }

  /**
   * Returns the path of every free text of a system, in the order of the model's attributes.
   *
   * @param system the system
   * @return an unmodifiable list
   * @since 0.1.0
   */
  public static List<String> paths(LearningSystem system) {
    List<String> paths = new ArrayList<>();
    TextWalk.forEach(
        requireNonNull(system, "system"), (owner, property, path, text) -> paths.add(path.get()));
    return Collections.unmodifiableList(paths);
  }
}
