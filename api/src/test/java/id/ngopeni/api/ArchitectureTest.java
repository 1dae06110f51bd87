package id.ngopeni.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point down only: api → persistence → domain; domain is plain Java. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.ngopeni");
  }

  @Test
  void domainIsPlainJava() {
    noClasses().that().resideInAPackage("id.ngopeni.domain..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "io.vertx..", "io.netty..", "java.sql..", "javax.sql..", "org.flywaydb..", "io.zonky..", "org.postgresql..",
            "org.slf4j..", "id.ngopeni.persistence..", "id.ngopeni.api..")
        .check(classes);
  }

  @Test
  void persistenceNeverReachesUpIntoTheApi() {
    noClasses().that().resideInAPackage("id.ngopeni.persistence..")
        .should().dependOnClassesThat().resideInAnyPackage("id.ngopeni.api..", "io.vertx.ext.web..")
        .check(classes);
  }

  @Test
  void theDomainImportsWereFound() {
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("id.ngopeni.domain.user")).isTrue();
    org.assertj.core.api.Assertions.assertThat(classes.containPackage("id.ngopeni.persistence.db")).isTrue();
  }
}
