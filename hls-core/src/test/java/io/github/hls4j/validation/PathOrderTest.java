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
  void compare_isConsistentWithEqualsOnEqualStrings() {
    assertThat(PathOrder.INSTANCE.compare("a[1].b", "a[1].b")).isZero();
  }
}
