package id.ngopeni.api.membership;

import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.today;
import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Who may do what with money and coverage; a field officer sees only their kelurahan. */
class MoneyRolesTest {
  private static final String KLOJEN = "35.73.02.1001";
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("money-roles");
  private static String operator;
  private static String auditor;
  private static String officer;
  private static String approver;

  @BeforeAll
  static void start() {
    f.server.createUser(f.admin, "operator", "Rawon-Nguling-2025", "OPERATOR", List.of());
    f.server.createUser(f.admin, "auditor", "Bakso-Bakar-Pahlawan", "AUDITOR", List.of());
    f.server.createUser(f.admin, "approver", "Tahu-Telor-Lumajang", "APPROVER", List.of());
    f.server.createUser(f.admin, "petugas", "Cwie-Mie-Malang-88", "FIELD_OFFICER", List.of(KLOJEN));
    operator = f.server.login("operator", "Rawon-Nguling-2025").getString("accessToken");
    auditor = f.server.login("auditor", "Bakso-Bakar-Pahlawan").getString("accessToken");
    approver = f.server.login("approver", "Tahu-Telor-Lumajang").getString("accessToken");
    officer = f.server.login("petugas", "Cwie-Mie-Malang-88").getString("accessToken");
  }

  @Test
  void operatorsEnrolAuditorsReadFieldOfficersSeeOnlyTheirKelurahan() {
    var mine = f.workersIn(KLOJEN, 1).get(0);
    var elsewhere = f.workersIn("35.73.05.1001", 1).get(0);
    JsonObject body = enrolment("MANDIRI", 1_000_000, today(), "JKK", "JKM");

    assertThat(f.enrol(officer, mine.id(), body).statusCode()).isEqualTo(403);
    assertThat(f.enrol(auditor, mine.id(), body).statusCode()).isEqualTo(403);
    assertThat(f.enrol(operator, mine.id(), body).statusCode()).isEqualTo(201);
    assertThat(f.enrol(operator, elsewhere.id(), body).statusCode()).isEqualTo(201);

    assertThat(f.server.get("/api/v1/workers/" + mine.id() + "/memberships", officer).statusCode()).isEqualTo(200);
    assertThat(f.server.get("/api/v1/workers/" + elsewhere.id() + "/memberships", officer).statusCode()).isEqualTo(404);
    assertThat(f.server.get("/api/v1/workers/" + elsewhere.id() + "/memberships", auditor).statusCode()).isEqualTo(200);

    assertThat(f.server.get("/api/v1/coverage", officer).statusCode()).isEqualTo(403);
    assertThat(f.server.get("/api/v1/budgets/2026", officer).statusCode()).isEqualTo(403);
    // The head of office who approves money reads coverage and budgets, but not the invoices.
    assertThat(f.server.get("/api/v1/coverage", approver).statusCode()).isEqualTo(200);
    assertThat(f.server.get("/api/v1/budgets/2026", approver).statusCode()).isEqualTo(200);
    for (String token : List.of(officer, approver)) {
      assertThat(f.server.get("/api/v1/premium-invoices", token).statusCode()).isEqualTo(403);
    }
    assertThat(f.server.get("/api/v1/coverage", auditor).statusCode()).isEqualTo(200);
    assertThat(f.server.get("/api/v1/tariffs", officer).statusCode()).isEqualTo(200);

    for (String token : List.of(operator, auditor)) {
      assertThat(f.putBudget(token, 2026, "APBD", 1).statusCode()).isEqualTo(403);
      assertThat(f.server.post("/api/v1/tariffs", token, new JsonObject()).statusCode()).isEqualTo(403);
    }
    assertThat(f.server.post("/api/v1/premium-invoices", auditor, new JsonObject().put("period", "2026-01")).statusCode())
        .isEqualTo(403);
    assertThat(f.server.get("/api/v1/coverage", null).statusCode()).isEqualTo(401);

    // The registry moves a member: coverage and scope follow the worker, not the enrolment day.
    f.db.preparedQuery("UPDATE worker SET kelurahan_code = $1 WHERE id = $2")
        .execute(io.vertx.sqlclient.Tuple.of(KLOJEN, elsewhere.id())).await();
    assertThat(f.server.get("/api/v1/workers/" + elsewhere.id() + "/memberships", officer).statusCode()).isEqualTo(200);
    JsonObject klojen = f.server.get("/api/v1/coverage?groupBy=kelurahan", f.admin).bodyAsJsonObject().getJsonArray("rows")
        .stream().map(JsonObject.class::cast).filter(r -> r.getString("key").equals(KLOJEN)).findFirst().orElseThrow();
    assertThat(klojen.getLong("covered")).isEqualTo(2L);
  }
}
