package id.ngopeni.api.membership;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.tariff.ContributionRelief;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpResponse;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A membership's sector (PP 50/2025 prices it): set at enrolment, changed under If-Match, audited. */
class MembershipSectorTest {
  private static MoneyFixture f;

  @BeforeAll
  static void start() {
    f = new MoneyFixture("membership-sector");
  }

  @AfterAll
  static void stop() {
    f.close();
  }

  private static HttpResponse<Buffer> put(String membershipId, String ifMatch, JsonObject body) {
    var request = f.server.http.request(HttpMethod.PUT, "/api/v1/memberships/" + membershipId + "/sector")
        .putHeader("Authorization", "Bearer " + f.admin);
    if (ifMatch != null) {
      request.putHeader("If-Match", ifMatch);
    }
    return request.sendJsonObject(body).await();
  }

  private static JsonObject enrolment() {
    return MoneyFixture.enrolment("MANDIRI", 1_000_000, MoneyFixture.today().withDayOfMonth(1), "JKK", "JKM");
  }

  /** What the server should quote for the current month, from PP 50/2025's rule. */
  private static long premium(Sector sector, String month) {
    return ContributionRelief.relieves(Program.JKK, FundingSource.MANDIRI, sector, YearMonth.parse(month))
        ? 8_400 : 16_800;
  }

  @Test
  void anEnrolmentWithoutSectorIsOtherAndAnUnknownSectorIsAFieldError() {
    var unknown = f.enrol(f.admin, f.workers(1).get(0).id(), enrolment().put("sector", "SHIPPING"));
    assertThat(unknown.statusCode()).as(unknown.bodyAsString()).isEqualTo(422);
    assertThat(MoneyFixture.failingFields(unknown)).containsExactly("sector:value_unknown");
    JsonObject m = f.enrolled(f.workers(1).get(0).id(), enrolment());
    assertThat(m.getString("sector")).isEqualTo("OTHER");
    assertThat(m.getLong("monthlyPremium")).isEqualTo(premium(Sector.OTHER, m.getString("premiumMonth")));
  }

  @Test
  void theSectorChangesOverTheVersionReadAndRepricesTheMembership() {
    JsonObject m = f.enrolled(f.workers(1).get(0).id(), enrolment());
    String id = m.getString("id");
    JsonObject transport = new JsonObject().put("sector", "TRANSPORT");
    assertThat(put(id, null, transport).statusCode()).isEqualTo(428);
    assertThat(put(id, "\"7\"", transport).statusCode()).isEqualTo(412);
    var bad = put(id, "\"0\"", new JsonObject().put("sector", "BOAT"));
    assertThat(bad.statusCode()).as(bad.bodyAsString()).isEqualTo(422);
    assertThat(MoneyFixture.failingFields(bad)).containsExactly("sector:value_unknown");
    assertThat(put(id, "\"0\"", new JsonObject()).statusCode()).isEqualTo(422);

    var changed = put(id, "\"0\"", transport);
    assertThat(changed.statusCode()).as(changed.bodyAsString()).isEqualTo(200);
    assertThat(changed.getHeader("ETag")).isEqualTo("\"1\"");
    JsonObject after = changed.bodyAsJsonObject();
    assertThat(after.getString("sector")).isEqualTo("TRANSPORT");
    assertThat(after.getLong("monthlyPremium")).isEqualTo(premium(Sector.TRANSPORT, after.getString("premiumMonth")));
    assertThat(put(id, "\"0\"", new JsonObject().put("sector", "OTHER")).statusCode()).isEqualTo(412);

    var audit = f.server.get("/api/v1/audit?entityType=membership&entityId=" + id, f.admin);
    assertThat(audit.statusCode()).as(audit.bodyAsString()).isEqualTo(200);
    assertThat(audit.bodyAsString()).contains("membership.sector_changed");

    var ended = f.server.post("/api/v1/memberships/" + id + "/end", f.admin,
        new JsonObject().put("endDate", MoneyFixture.today().toString()).put("reason", "moved away"));
    assertThat(ended.statusCode()).as(ended.bodyAsString()).isEqualTo(200);
    var late = put(id, "*", new JsonObject().put("sector", "OTHER"));
    assertThat(late.statusCode()).as(late.bodyAsString()).isEqualTo(409);
    assertThat(late.bodyAsJsonObject().getString("code")).isEqualTo("membership_not_active");
  }
}
