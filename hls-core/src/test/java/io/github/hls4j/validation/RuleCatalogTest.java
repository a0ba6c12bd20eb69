package io.github.hls4j.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCatalogTest {

  @Test
  void builtIn_listsTheEngineRuleAndEveryRegisteredRule_byId() {
    RuleCatalog catalog = RuleCatalog.builtIn();

    assertThat(catalog.find(RuleId.of("validation/rule-failed"))).contains(Validator.RULE_FAILED);
    assertThat(catalog.find(RuleId.of("governance/signoff-undated"))).isPresent();
    assertThat(catalog.find(RuleId.of("alignment/unaligned"))).isPresent();
    assertThat(catalog.descriptors())
        .extracting(RuleDescriptor::id)
        .isSorted()
        .doesNotHaveDuplicates();
    assertThat(catalog.size()).isEqualTo(catalog.descriptors().size());
  }

  @Test
  void of_duplicateId_throwsNamingTheId() {
    RuleDescriptor a = RuleDescriptor.builder("test/a").summary("s").message("m").build();

    assertThatThrownBy(() -> RuleCatalog.of(List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RuleCatalog rule id (test/a) must be unique");
  }

  @Test
  void toString_listsTheIds() {
    RuleDescriptor b = RuleDescriptor.builder("test/b").summary("s").message("m").build();
    RuleDescriptor a = RuleDescriptor.builder("test/a").summary("s").message("m").build();

    assertThat(RuleCatalog.of(List.of(b, a))).hasToString("RuleCatalog[test/a, test/b]");
    assertThat(RuleSet.<String>builder().add(b, (s, c) -> {}).add(a, (s, c) -> {}).build())
        .hasToString("RuleSet[test/b, test/a]");
  }

  @Test
  void find_unknownId_isEmpty() {
    assertThat(RuleCatalog.of(List.of()).find(RuleId.of("test/none"))).isEmpty();
  }
}
