package id.ngopeni.api.subject;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.dtsen.DtsenFiles;
import id.ngopeni.api.membership.MoneyFixture;
import id.ngopeni.api.testing.ClassFixture;
import id.ngopeni.api.worker.WorkerFixture;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.multipart.MultipartForm;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A server with the roles a data subject's request involves and the HTTP calls that give a person
 * a history: registered with heirs, enrolled, a claim with a document, a santunan payout, a DTSEN
 * decile, a decree. NIKs only ever travel through the API (never written or read in SQL).
 */
final class SubjectFixture implements ClassFixture {
  static final String PASSWORD = "Bakso-Bakar-Malang-2026";
  /** A minimal PDF: the signature is what counts. */
  static final Buffer PDF = Buffer.buffer("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");

  final MoneyFixture money;
  final String admin;
  final String operator;
  final String approver;
  final String auditor;
  private String programme;

  /** A registered person: their id and full NIK (as typed by the clerk). */
  record Person(String id, String nik, String name) {}

  SubjectFixture(String hint) {
    money = new MoneyFixture(hint);
    admin = money.admin;
    operator = token("subject.operator", "OPERATOR");
    approver = token("subject.approver", "APPROVER");
    auditor = token("subject.auditor", "AUDITOR");
  }

  String token(String username, String role, String... kelurahan) {
    money.server.createUser(admin, username, PASSWORD, role, List.of(kelurahan));
    return money.server.login(username, PASSWORD).getString("accessToken");
  }

  Person person(String name) {
    JsonObject body = WorkerFixture.worker(name, LocalDate.of(1975, 6, 2), "F", WorkerFixture.KLOJEN)
        .put("phone", "081234567890").put("address", "Jl. Kawi 12");
    var created = post("/api/v1/workers", admin, body);
    assertThat(created.statusCode()).as(created.bodyAsString()).isEqualTo(201);
    return new Person(created.bodyAsJsonObject().getString("id"), body.getString("nik"), name);
  }

  /** A spouse and a child as heirs; the spouse's id. */
  String heirs(Person p) {
    var worker = get("/api/v1/workers/" + p.id(), admin);
    String heirNik = WorkerFixture.nik("35.73.02", LocalDate.of(1977, 1, 5), "M");
    var put = money.server.http.request(HttpMethod.PUT, "/api/v1/workers/" + p.id() + "/heirs")
        .putHeader("Authorization", "Bearer " + admin).putHeader("If-Match", worker.getHeader("ETag"))
        .sendJson(new JsonArray()
            .add(new JsonObject().put("fullName", "Budi Suami").put("relationship", "SPOUSE").put("nik", heirNik))
            .add(new JsonObject().put("fullName", "Ani Anak").put("relationship", "CHILD"))).await();
    assertThat(put.statusCode()).as(put.bodyAsString()).isEqualTo(200);
    return put.bodyAsJsonObject().getJsonArray("items").stream().map(JsonObject.class::cast)
        .filter(h -> h.getString("relationship").equals("SPOUSE")).findFirst().orElseThrow().getString("id");
  }

  /** An active DBHCHT membership since two years ago (written in the table: enrolment is another feature). */
  void membership(Person p) {
    money.db.preparedQuery("""
            INSERT INTO membership (id, worker_id, programs, declared_income, funding_source, start_date, status)
            VALUES ($1, $2, ARRAY['JKK','JKM'], 1500000, 'DBHCHT', $3, 'ACTIVE')""")
        .execute(Tuple.of(UUID.randomUUID(), UUID.fromString(p.id()), LocalDate.now().minusYears(2))).await();
  }

  /** A death claim filed by the operator, with a death certificate uploaded; the claim's id. */
  String claimWithDocument(Person p) {
    var filed = post("/api/v1/claims", operator, new JsonObject().put("workerId", p.id()).put("type", "JKM_DEATH")
        .put("incidentDate", LocalDate.now().minusDays(10).toString()).put("description", "Meninggal karena sakit."));
    assertThat(filed.statusCode()).as(filed.bodyAsString()).isEqualTo(201);
    String claim = filed.bodyAsJsonObject().getString("id");
    var uploaded = money.server.http.post("/api/v1/claims/" + claim + "/documents").putHeader("Authorization", "Bearer " + operator)
        .sendMultipartForm(MultipartForm.create().attribute("kind", "DEATH_CERTIFICATE")
            .binaryFileUpload("file", "akta.pdf", PDF, "application/pdf")).await();
    assertThat(uploaded.statusCode()).as(uploaded.bodyAsString()).isEqualTo(201);
    return claim;
  }

  /** The santunan of the person's recorded death under this server's programme: its entitlement id. */
  String santunan(Person p) {
    return santunanEvent(p, "DEATH", LocalDate.now().minusDays(10)).getJsonArray("entitlements").getJsonObject(0)
        .getString("id");
  }

  /** The city's santunan programme this server pays under (deaths and work accidents, APBD or DBHCHT members). */
  private void programme() {
    var made = post("/api/v1/santunan-programmes", admin, new JsonObject().put("name", "Santunan kematian (uji)")
        .put("regulationNumber", "Perwali Kota Malang No. 7 Tahun 2025")
        .put("regulationDate", LocalDate.now().minusYears(1).minusDays(10).toString())
        .put("effectiveFrom", LocalDate.now().minusYears(1).toString())
        .put("membershipSources", new JsonArray().add("DBHCHT").add("APBD"))
        .put("amounts", new JsonObject().put("DEATH", 10_000_000L).put("WORK_ACCIDENT", 5_000_000L))
        .put("budgetYear", LocalDate.now().getYear()).put("budgetSource", "APBD").put("budgetCeiling", 1_000_000_000L));
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
    programme = made.bodyAsJsonObject().getString("id");
  }

  /** A santunan event recorded by the operator (the programme made once): the answer, with its entitlements. */
  JsonObject santunanEvent(Person p, String kind, LocalDate on) {
    if (programme == null) {
      programme();
    }
    var event = post("/api/v1/santunan-events", operator, new JsonObject().put("workerId", p.id()).put("kind", kind)
        .put("eventDate", on.toString()).put("proofNote", "Akta kematian diperiksa."));
    assertThat(event.statusCode()).as(event.bodyAsString()).isEqualTo(201);
    return event.bodyAsJsonObject();
  }

  HttpResponse<Buffer> createPayout(String entitlement, String heirId, long amount) {
    return post("/api/v1/santunan-entitlements/" + entitlement + "/payouts", operator, new JsonObject().put("heirId", heirId)
        .put("bankCode", "002").put("accountNumber", "0123-01-000123-30-5").put("accountName", "Budi Suami").put("amount", amount));
  }

  String payout(String entitlement, String heirId, long amount) {
    var made = createPayout(entitlement, heirId, amount);
    assertThat(made.statusCode()).as(made.bodyAsString()).isEqualTo(201);
    return made.bodyAsJsonObject().getString("id");
  }

  void decile(Person p, int decile) {
    var imported = DtsenFiles.csv(money, admin, LocalDate.now().minusDays(30).toString(), "NIK,DESIL\n" + p.nik() + "," + decile + "\n");
    assertThat(imported.statusCode()).as(imported.bodyAsString()).isIn(200, 201);
  }

  HttpResponse<Buffer> post(String path, String token, JsonObject body) {
    return money.server.post(path, token, body);
  }

  HttpResponse<Buffer> get(String path, String token) {
    return money.server.get(path, token);
  }

  /** The audit entries of one entity, newest first. */
  JsonArray audit(String entityType, String entityId) {
    var r = get("/api/v1/audit?entityType=" + entityType + "&entityId=" + entityId + "&limit=100", auditor);
    assertThat(r.statusCode()).as(r.bodyAsString()).isEqualTo(200);
    return r.bodyAsJsonObject().getJsonArray("items");
  }

  static String code(HttpResponse<Buffer> r) {
    return r.bodyAsJsonObject().getString("code");
  }

  @Override
  public void close() {
    money.close();
  }
}
