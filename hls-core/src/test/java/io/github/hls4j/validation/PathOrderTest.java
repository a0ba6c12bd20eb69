package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PathOrderTest {

  @Test
  void compare_ordersIndexesByValue() {
    List<String> paths =
        new ArrayList<>(
            List.of("items[10]", "items[2]", "", "items[2].text", "items", "b", "items[02].a"));

    paths.sort(PathOrder.INSTANCE);

    assertThat(paths)
        .containsExactly("", "b", "items", "items[2]", "items[02].a", "items[2].text", "items[10]");
  }

  @Test
  void compare_treatsOnlyZeroToNineAsDigits() {
    // '/' and ':' sit either side of the digits in ASCII.
    List<String> paths = new ArrayList<>(List.of("a:", "a9", "a10", "a0", "a/", "a00"));

    paths.sort(PathOrder.INSTANCE);

    assertThat(paths).containsExactly("a/", "a0", "a00", "a9", "a10", "a:");
  }

  @Test
  void compare_numbersOfEqualLength_byDigit() {
    assertThat(PathOrder.INSTANCE.compare("x[19]", "x[21]")).isNegative();
    assertThat(PathOrder.INSTANCE.compare("x[21]", "x[19]")).isPositive();
    assertThat(PathOrder.INSTANCE.compare("x[007]", "x[7]")).isZero();
    assertThat(PathOrder.INSTANCE.compare("x[0]", "x[00]")).isZero();
  }

  @Test
  void compare_isConsistentWithEqualsOnEqualStrings() {
    assertThat(PathOrder.INSTANCE.compare("a[1].b", "a[1].b")).isZero();
  }
}
