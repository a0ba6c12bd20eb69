package io.github.hls4j.spring.boot;

import io.github.hls4j.governance.BoardReport;
import io.github.hls4j.governance.GovernanceRules;
import io.github.hls4j.health.HealthRound;
import io.github.hls4j.system.LearningSystem;
import io.github.hls4j.validation.Profile;
import io.github.hls4j.validation.ValidationResult;
import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A council's Spring Boot application as its developers write it: Boot's auto-configuration, one
 * controller, and nothing of hls4j's but the starter on the class path.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(CouncilApplication.PapersController.class)
class CouncilApplication {

  /** The council's endpoints for board papers, learning systems and health rounds. */
  @RestController
  static class PapersController {

    @PostMapping("/reports")
    BoardReport report(@RequestBody BoardReport report) {
      return report;
    }

    // snippet: spring-findings
    @PostMapping("/reports/findings")
    ValidationResult findings(@RequestBody BoardReport report) {
      return GovernanceRules.validator(Profile.DECISION_READY).validate(report);
    }

    // end snippet

    @PostMapping("/systems")
    Map<String, Integer> system(@RequestBody LearningSystem system) {
      return Map.of("parties", system.parties().size());
    }

    @PostMapping("/health-rounds")
    Map<String, Integer> healthRound(@RequestBody HealthRound round) {
      return Map.of("assessments", round.assessments().size());
    }

    @PostMapping("/notes")
    Map<String, Object> notes(@RequestBody Map<String, Object> note) {
      return note;
    }
  }
}
