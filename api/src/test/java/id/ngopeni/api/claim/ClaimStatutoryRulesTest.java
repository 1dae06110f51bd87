package id.ngopeni.api.claim;

import id.ngopeni.api.testing.InvoiceRuns;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.Jakarta;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The statutory rules through the API: the NPWP is never asked for a JKK/JKM claim, and cover
 * follows the paid period (an unpaid premium invoice for the incident month). Its own server,
 * because the invoice it generates bills every worker of the month.
 */
class ClaimStatutoryRulesTest {
  @RegisterExtension static final ClaimsApi api = new ClaimsApi("claim-statutory");

  static LocalDate today() {
    return Jakarta.today(Clock.systemUTC());
  }

  @Test
  void aJkkDeathAboveFiftyMillionIsVerifiedWithoutAnNpwp_PP82_2019_NikIsNpwp() {
    UUID worker = api.registry.worker(ClaimsApi.KELURAHAN);
    api.registry.membership(worker, today().minusYears(2), 2_000_000);
    var filed = api.post("/api/v1/claims", api.operator, new JsonObject().put("workerId", worker.toString())
        .put("type", "JKK_DEATH").put("incidentDate", today().minusDays(2).toString())
        .put("description", "Kecelakaan kerja saat menggali kubur."));
    assertThat(filed.statusCode()).as(filed.bodyAsString()).isEqualTo(201);
    JsonObject claim = filed.bodyAsJsonObject();
    assertThat(claim.getJsonObject("entitlement").getLong("total")).isEqualTo(118_000_000L);
    assertThat(claim.getJsonArray("requiredDocuments").getList()).doesNotContain("NPWP");
    String id = claim.getString("id");
    for (Object kind : claim.getJsonArray("requiredDocuments")) {
      assertThat(api.upload(api.operator, id, (String) kind, "doc.pdf", ClaimsApi.PDF).statusCode()).isEqualTo(201);
    }
    var verified = api.post("/api/v1/claims/" + id + "/verify", api.operator, null);
    assertThat(verified.statusCode()).as(verified.bodyAsString()).isEqualTo(200);
  }

  @Test
  void anAccidentInAMonthBilledButNotPaidIsCoveredOnceTheInvoiceIsPaid_Perdir22_2022() {
    UUID worker = api.registry.worker(ClaimsApi.KELURAHAN);
    api.registry.membership(worker, today().minusYears(1), 1_000_000);
    JsonObject run = InvoiceRuns.generated(api.server, api.admin, YearMonth.from(today()));
    String invoiceId = run.getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(o -> o.getString("fundingSource").equals("DBHCHT")).findFirst().orElseThrow().getString("id");

    JsonObject before = fileAccident(worker);
    assertThat(before.getJsonObject("eligibility").getBoolean("eligible")).isFalse();
    JsonObject reason = before.getJsonObject("eligibility").getJsonArray("reasons").getJsonObject(0);
    assertThat(reason.getString("code")).isEqualTo("contribution_arrears");
    // The message is the catalogue's text in the caller's language (Indonesian by default); the
    // specifics (which months, how much) are in the structured arrears below.
    assertThat(reason.getString("message")).startsWith("Iuran bulan kejadian belum dibayar");
    JsonObject arrears = before.getJsonObject("eligibility").getJsonObject("arrears");
    assertThat(arrears.getString("from")).isEqualTo(YearMonth.from(today()).toString());
    assertThat(arrears.getLong("amount")).isEqualTo(16_800L);
    assertThat(arrears.getBoolean("payable")).isTrue();
    // stored with the claim: read back, it says the same
    JsonObject reread = api.get("/api/v1/claims/" + before.getString("id"), api.operator).bodyAsJsonObject()
        .getJsonObject("eligibility").getJsonObject("arrears");
    assertThat(reread.getString("to")).isEqualTo(arrears.getString("to"));
    assertThat(reread.getLong("amount")).isEqualTo(16_800L);

    var paid = api.post("/api/v1/premium-invoices/" + invoiceId + "/mark-paid", api.admin,
        new JsonObject().put("paidAt", today().toString()).put("reference", "SP2D-0001"));
    assertThat(paid.statusCode()).as(paid.bodyAsString()).isEqualTo(200);
    assertThat(fileAccident(worker).getJsonObject("eligibility").getBoolean("eligible")).isTrue();
  }

  private static JsonObject fileAccident(UUID worker) {
    var filed = api.post("/api/v1/claims", api.operator, new JsonObject().put("workerId", worker.toString())
        .put("type", "JKK_MEDICAL").put("incidentDate", today().toString()).put("medicalCosts", 1_500_000L)
        .put("description", "Tangan terluka saat bertugas."));
    assertThat(filed.statusCode()).as(filed.bodyAsString()).isEqualTo(201);
    return filed.bodyAsJsonObject();
  }
}
