package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

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

  @Test
  void compare_agreesWithComparingTokenByToken() {
    // Paths from a small alphabet, so that long shared prefixes, numbers with leading zeros and
    // the characters either side of the digits all come up.
    String alphabet = "a[].0019/:";
    qt().withExamples(Integer.getInteger("hls4j.examples", 2000))
        .forAll(
            lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 10),
            lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 10),
            integers().between(0, 6))
        .checkAssert(
            (x, y, shared) -> {
              StringBuilder a = new StringBuilder("items[1");
              StringBuilder b = new StringBuilder("items[1");
              x.forEach(c -> a.append(alphabet.charAt(c)));
              y.subList(0, Math.min(shared, y.size())).forEach(c -> a.append(alphabet.charAt(c)));
              y.forEach(c -> b.append(alphabet.charAt(c)));
              assertThat(Integer.signum(PathOrder.INSTANCE.compare(a.toString(), b.toString())))
                  .as("%s vs %s", a, b)
                  .isEqualTo(Integer.signum(byTokens(a.toString(), b.toString())));
            });
  }

  /** The reference: paths as runs of digits, compared by value, and single characters. */
  private static int byTokens(String a, String b) {
    List<String> x = tokens(a);
    List<String> y = tokens(b);
    for (int k = 0; k < Math.min(x.size(), y.size()); k++) {
      String s = x.get(k);
      String t = y.get(k);
      boolean numbers = Character.isDigit(s.charAt(0)) && Character.isDigit(t.charAt(0));
      int c =
          numbers
              ? new java.math.BigInteger(s).compareTo(new java.math.BigInteger(t))
              : s.compareTo(t);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static List<String> tokens(String path) {
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      int end = i + 1;
      if (path.charAt(i) >= '0' && path.charAt(i) <= '9') {
        while (end < path.length() && path.charAt(end) >= '0' && path.charAt(end) <= '9') {
          end++;
        }
      }
      tokens.add(path.substring(i, end));
      i = end;
    }
    return tokens;
  }
}
