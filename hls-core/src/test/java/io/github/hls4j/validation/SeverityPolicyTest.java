package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class SeverityPolicyTest {

  private static final RuleDescriptor RULE =
      RuleDescriptor.builder("test/rule")
          .severity(Severity.ERROR)
          .summary("s")
          .message("m")
          .build();

  @Test
  void defaults_keepDefaultSeverity() {
    assertThat(SeverityPolicy.defaults().severityOf(RULE)).contains(Severity.ERROR);
  }

  @Test
  void regrade_changesSeverityOfThatRuleOnly() {
    SeverityPolicy policy = SeverityPolicy.defaults().regrade("test/rule", Severity.INFO);
    RuleDescriptor other = RuleDescriptor.builder("test/other").summary("s").message("m").build();

    assertThat(policy.severityOf(RULE)).contains(Severity.INFO);
    assertThat(policy.severityOf(other)).contains(Severity.ERROR);
  }

  @Test
  void suppress_removesTheRule_andLaterRegradeReplacesIt() {
    SeverityPolicy suppressed = SeverityPolicy.defaults().suppress("test/rule");

    assertThat(suppressed.severityOf(RULE)).isEmpty();
    assertThat(suppressed.regrade("test/rule", Severity.WARNING).severityOf(RULE))
        .contains(Severity.WARNING);
  }

  @Test
  void methods_returnNewPolicies() {
    SeverityPolicy defaults = SeverityPolicy.defaults();
    defaults.suppress("test/rule");

    assertThat(defaults.severityOf(RULE)).contains(Severity.ERROR);
  }

  @Test
  void regrade_malformedId_throws() {
    assertThatThrownBy(() -> SeverityPolicy.defaults().regrade("Not An Id", Severity.INFO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not An Id");
  }

  @Test
  void equality_byOverrides() {
    new EqualsTester()
        .addEqualityGroup(SeverityPolicy.defaults(), SeverityPolicy.defaults())
        .addEqualityGroup(
            SeverityPolicy.defaults().suppress("a/b"),
            SeverityPolicy.defaults().regrade("a/b", Severity.INFO).suppress("a/b"))
        .addEqualityGroup(
            SeverityPolicy.defaults().regrade("a/b", Severity.ERROR),
            SeverityPolicy.defaults().regrade(RuleId.of("a/b"), Severity.ERROR))
        .testEquals();
  }

  @Test
  void toString_listsTheOverrides() {
    assertThat(SeverityPolicy.defaults().suppress("a/b"))
        .hasToString("SeverityPolicy{a/b=Optional.empty}");
  }

  @Test
  void publicMethods_rejectNull() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(String.class, "a/b")
            .setDefault(RuleId.class, RuleId.of("a/b"))
            .setDefault(RuleDescriptor.class, RULE);
    tester.testAllPublicInstanceMethods(SeverityPolicy.defaults());
    tester.testAllPublicStaticMethods(SeverityPolicy.class);
  }
}
