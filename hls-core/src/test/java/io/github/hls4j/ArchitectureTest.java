package io.github.hls4j;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.hls4j");
  }

  @Test
  void validation_dependsOnNoOtherHls4jPackage() {
    noClasses()
        .that()
        .resideInAPackage("io.github.hls4j.validation..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.hls4j.party..",
            "io.github.hls4j.strategy..",
            "io.github.hls4j.governance..",
            "io.github.hls4j.stewardship..",
            "io.github.hls4j.health..",
            "io.github.hls4j.learning..",
            "io.github.hls4j.system..",
            "io.github.hls4j.render..",
            "io.github.hls4j.internal.privacy..",
            "io.github.hls4j.internal.rules..")
        .check(classes);
  }

  @Test
  void text_theEscapingPolicy_dependsOnNoOtherHls4jPackage() {
    noClasses()
        .that()
        .resideInAPackage("io.github.hls4j.text..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "io.github.hls4j.text..", "java..", "org.jspecify..", "com.google..")
        .check(classes);
  }

  @Test
  void internal_theModelsDescription_dependsOnNoOtherHls4jPackage() {
    noClasses()
        .that()
        .resideInAPackage("io.github.hls4j.internal")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "io.github.hls4j.internal",
            "java..",
            "org.jspecify..",
            "com.google..",
            "org.immutables..")
        .check(classes);
  }

  @Test
  void packages_haveNoCycles() {
    slices().matching("io.github.hls4j.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void domainPackages_doNotDependOnRendering() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.hls4j.party..", "io.github.hls4j.strategy..", "io.github.hls4j.governance..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.hls4j.render..")
        .check(classes);
  }

  @Test
  void party_dependsOnlyOnValidationAmongDomainPackages() {
    noClasses()
        .that()
        .resideInAPackage("io.github.hls4j.party..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.hls4j.strategy..", "io.github.hls4j.governance..")
        .check(classes);
  }

  @Test
  void governance_doesNotDependOnStewardshipOrSystem() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.hls4j.governance..", "io.github.hls4j.strategy..", "io.github.hls4j.party..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("io.github.hls4j.stewardship..", "io.github.hls4j.system..")
        .check(classes);
  }

  @Test
  void onlySystemRenderingDigestAndTestSupport_dependOnSystem() {
    noClasses()
        .that()
        .resideOutsideOfPackages(
            "io.github.hls4j.system..",
            "io.github.hls4j.render..",
            "io.github.hls4j.internal..",
            "io.github.hls4j.testing..",
            "io.github.hls4j.digest..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.hls4j.system..")
        .check(classes);
  }

  @Test
  void health_dependsOnNoOtherDomainPackageButParty() {
    noClasses()
        .that()
        .resideInAPackage("io.github.hls4j.health..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.hls4j.governance..",
            "io.github.hls4j.strategy..",
            "io.github.hls4j.system..",
            "io.github.hls4j.render..")
        .check(classes);
  }

  @Test
  void learning_doesNotDependOnGovernanceHealthOrSystem() {
    noClasses()
        .that()
        .resideInAPackage("io.github.hls4j.learning..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.hls4j.governance..",
            "io.github.hls4j.health..",
            "io.github.hls4j.system..",
            "io.github.hls4j.render..")
        .check(classes);
  }

  @Test
  void strategy_doesNotDependOnGovernance() {
    noClasses()
        .that()
        .resideInAPackage("io.github.hls4j.strategy..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.hls4j.governance..")
        .check(classes);
  }
}
