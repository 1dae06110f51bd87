package id.ngopeni.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.vertx.sqlclient.SqlClient;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code (docs/ARCHITECTURE.md): dependencies point down only, api → persistence →
 * domain; the domain is plain Java; every capability is Routes → Service → Repository; SQL lives in
 * persistence; api slices form no cycle; only the wiring room (the root package) knows them all.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // The persistence module's test fixtures reach this classpath as its test jar.
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("id.ngopeni");
  }

  @Test
  void domainDependsOnTheJdkOnly() {
    classes().that().resideInAPackage("id.ngopeni.domain..")
        .should().onlyDependOnClassesThat(DescribedPredicate.describe("JDK or domain classes",
            (JavaClass c) -> c.isPrimitive() || c.isArray() && c.getBaseComponentType().isPrimitive()
                || c.getPackageName().startsWith("java.") || c.getPackageName().startsWith("id.ngopeni.domain")))
        .check(classes);
  }

  @Test
  void persistenceNeverReachesUpIntoTheApi() {
    noClasses().that().resideInAPackage("id.ngopeni.persistence..")
        .should().dependOnClassesThat().resideInAnyPackage("id.ngopeni.api..", "io.vertx.ext.web..")
        .check(classes);
  }

  /**
   * Statements are written and sent only in persistence: no query, prepared query or parameter
   * tuple anywhere else. (Two streaming exports still read their cursor's rows in the api —
   * WorkerExport, InvoiceCsv — which this rule does not forbid yet; see docs/ARCHITECTURE.md.)
   */
  @Test
  void sqlIsSentOnlyFromPersistence() {
    noClasses().that().resideOutsideOfPackage("id.ngopeni.persistence..")
        .should().callMethodWhere(DescribedPredicate.describe("a SqlClient's query or preparedQuery",
            (JavaMethodCall call) -> call.getTargetOwner().isAssignableTo(SqlClient.class)
                && Set.of("query", "preparedQuery").contains(call.getName())))
        .orShould().dependOnClassesThat().haveFullyQualifiedName("io.vertx.sqlclient.Tuple")
        .check(classes);
  }

  /**
   * Routes see what a service answers — values, which may be persistence's read-only records
   * (StoredClaim, Slice, AuditEntry) — but never a repository, the audit log, a pool, a connection
   * or a transaction.
   */
  @Test
  void routesNeverTouchRepositoriesOrTransactions() {
    noClasses().that().haveSimpleNameEndingWith("Routes")
        .should().dependOnClassesThat(DescribedPredicate.describe("persistence classes that are not records",
            (JavaClass c) -> c.getPackageName().startsWith("id.ngopeni.persistence") && !c.isRecord()
                && !c.getEnclosingClass().map(JavaClass::isRecord).orElse(false)))
        .orShould().dependOnClassesThat().resideInAPackage("io.vertx.sqlclient..")
        .check(classes);
  }

  @Test
  void apiSlicesFormNoCycle() {
    slices().matching("id.ngopeni.api.(*)..").should().beFreeOfCycles().check(classes);
    slices().matching("id.ngopeni.persistence.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void onlyTheWiringRoomKnowsEveryCapability() {
    noClasses().that().resideInAPackage("id.ngopeni.api.*..")
        .should().dependOnClassesThat().resideInAPackage("id.ngopeni.api")
        .check(classes);
  }

  @Test
  void theImportsWereFound() {
    assertThat(classes.containPackage("id.ngopeni.domain.user")).isTrue();
    assertThat(classes.containPackage("id.ngopeni.persistence.db")).isTrue();
    assertThat(classes.containPackage("id.ngopeni.api.http")).isTrue();
  }
}
