package io.github.hls4j.docx;

import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import io.github.hls4j.validation.Violation;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class TrialDumpTest {
  @Test
  void dump() {
    for (String n : new String[] {"brighton", "lambeth", "vale", "hwbtick"}) {
      for (String v : new String[] {"filled", "repaired"}) {
        DocxImport read = DocxReader.of(CouncilLayouts.template("trial-" + n))
            .read(new ByteArrayInputStream(LayoutFolder.docx("trial-" + n + "-" + v)), n + ".docx");
        ValidationResult r = read.with(GovernanceRules.validator(Profile.DECISION_READY).validate(read.report()));
        System.out.println("=== " + n + " " + v);
        for (Violation x : r.violations()) {
          System.out.println(x.severity() + " " + x.rule() + " " + x.path() + " :: " + x.message());
        }
        System.out.println(read.report());
      }
    }
  }
}
