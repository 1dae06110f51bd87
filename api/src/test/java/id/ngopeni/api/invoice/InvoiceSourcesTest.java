package id.ngopeni.api.invoice;

import static id.ngopeni.api.membership.MoneyFixture.currentMonth;
import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.invoiceOf;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A month's lines of every source are written by one statement: each line lands on its own
 * source's invoice at its own group's price, each invoice's count and total are its lines', and
 * a second run of the month that creates only a new source's invoice writes only that one's lines.
 */
class InvoiceSourcesTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("invoice_sources");

  @Test
  void everySourcesLinesGoOnItsOwnInvoiceAndASecondRunWritesOnlyTheNewInvoices() {
    YearMonth month = currentMonth().minusMonths(1);
    var ws = f.workers(5);
    f.enrolled(ws.get(0).id(), enrolment("MANDIRI", 1_000_000, month.atDay(1), "JKK", "JKM"));
    f.enrolled(ws.get(1).id(), enrolment("MANDIRI", 3_000_000, month.atDay(1), "JKK", "JKM"));
    f.enrolled(ws.get(2).id(), enrolment("PERUSAHAAN", 2_000_000, month.atDay(1), "JKK", "JKM", "JHT"));
    f.enrolled(ws.get(3).id(), enrolment("PERUSAHAAN", 1_000_000, month.atDay(1), "JKK", "JKM"));

    JsonObject first = f.generate(month);
    assertThat(first.getInteger("created")).isEqualTo(2);
    JsonObject mandiri = invoiceOf(first, "MANDIRI");
    JsonObject perusahaan = invoiceOf(first, "PERUSAHAAN");
    assertThat(mandiri.getInteger("lineCount")).isEqualTo(2);
    assertThat(perusahaan.getInteger("lineCount")).isEqualTo(2);
    assertMatchesItsLines(mandiri, "MANDIRI");
    assertMatchesItsLines(perusahaan, "PERUSAHAAN");
    assertThat(perusahaan.getLong("total")).as("JHT and a higher income cost more").isGreaterThan(mandiri.getLong("total"));

    // A member of a new source, enrolled for the same month: the second run creates its invoice only.
    f.enrolled(ws.get(4).id(), enrolment("BUMN", 1_000_000, month.atDay(1), "JKK", "JKM"));
    JsonObject second = f.generate(month);
    assertThat(second.getInteger("created")).isEqualTo(1);
    JsonObject bumn = invoiceOf(second, "BUMN");
    assertThat(bumn.getInteger("lineCount")).isEqualTo(1);
    assertMatchesItsLines(bumn, "BUMN");
    assertThat(invoiceOf(second, "MANDIRI")).isEqualTo(mandiri);
    assertThat(invoiceOf(second, "PERUSAHAAN")).isEqualTo(perusahaan);
    assertMatchesItsLines(mandiri, "MANDIRI");
    assertMatchesItsLines(perusahaan, "PERUSAHAAN");
    assertThat(f.db.query("SELECT count(*) FROM premium_invoice_line").execute().await().iterator().next().getLong(0))
        .isEqualTo(5);
  }

  /** The invoice's count and total are its stored lines', and every line is a membership of its source. */
  private static void assertMatchesItsLines(JsonObject invoice, String source) {
    Row r = f.db.preparedQuery("""
        SELECT count(*) AS lines, coalesce(sum(l.amount), 0) AS total,
               count(*) FILTER (WHERE m.funding_source <> $2) AS foreign_lines,
               count(*) FILTER (WHERE l.amount <> l.jkk + l.jkm + l.jht OR l.amount <= 0) AS odd_amounts
        FROM premium_invoice_line l JOIN membership m ON m.id = l.membership_id WHERE l.invoice_id = $1
        """).execute(Tuple.of(UUID.fromString(invoice.getString("id")), source)).await().iterator().next();
    assertThat(r.getLong("lines")).isEqualTo(invoice.getLong("lineCount"));
    assertThat(r.getLong("total")).isEqualTo(invoice.getLong("total"));
    assertThat(r.getLong("foreign_lines")).isZero();
    assertThat(r.getLong("odd_amounts")).isZero();
  }
}
