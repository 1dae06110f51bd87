package id.ngopeni.api.invoice;

import static id.ngopeni.api.membership.MoneyFixture.currentMonth;
import static id.ngopeni.api.membership.MoneyFixture.enrolment;
import static id.ngopeni.api.membership.MoneyFixture.invoiceOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.api.membership.MoneyFixture;
import io.vertx.core.json.JsonObject;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Tuple;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An invoice line always refers to an invoice and a membership that exist (V55 checks it per
 * statement instead of two foreign keys per line): a line to a missing one is refused, and a
 * membership or invoice with lines can be neither deleted nor renumbered — SQLSTATE 23503 each
 * time, as the foreign keys answered.
 */
class InvoiceLineReferencesTest {
  @RegisterExtension static final MoneyFixture f = new MoneyFixture("invoice-line-refs");

  @Test
  void linesAlwaysReferToAnExistingInvoiceAndMembership() {
    YearMonth month = currentMonth();
    var ws = f.workers(2);
    String membership = f.enrolled(ws.get(0).id(), enrolment("MANDIRI", 1_000_000, month.atDay(1), "JKK", "JKM"))
        .getString("id");
    f.enrolled(ws.get(1).id(), enrolment("MANDIRI", 1_000_000, month.atDay(1), "JKK", "JKM"));
    JsonObject invoice = invoiceOf(f.generate(month), "MANDIRI");
    UUID invoiceId = UUID.fromString(invoice.getString("id"));
    assertThat(invoice.getInteger("lineCount")).isEqualTo(2);

    // A copy of a real line pointing at a membership that does not exist, then at an invoice that does not.
    String copy = """
        INSERT INTO premium_invoice_line (invoice_id, membership_id, worker_id, nik_cipher, full_name, kelurahan_code,
                                          category, programs, declared_income, jkk, jkm, jht, amount)
        SELECT $2, $3, worker_id, nik_cipher, full_name, kelurahan_code, category, programs, declared_income, jkk, jkm, jht, amount
        FROM premium_invoice_line WHERE invoice_id = $1 LIMIT 1""";
    assertRefused(copy, Tuple.of(invoiceId, invoiceId, UUID.randomUUID()));
    assertRefused(copy, Tuple.of(invoiceId, UUID.randomUUID(), UUID.fromString(membership)));
    assertRefused("UPDATE premium_invoice_line SET membership_id = $2 WHERE invoice_id = $1 AND membership_id = $3",
        Tuple.of(invoiceId, UUID.randomUUID(), UUID.fromString(membership)));

    // What lines refer to stays.
    assertRefused("DELETE FROM membership WHERE id = $1", Tuple.of(UUID.fromString(membership)));
    assertRefused("UPDATE membership SET id = $2 WHERE id = $1", Tuple.of(UUID.fromString(membership), UUID.randomUUID()));
    assertRefused("DELETE FROM premium_invoice WHERE id = $1", Tuple.of(invoiceId));
    assertThat(f.db.preparedQuery("SELECT count(*) FROM premium_invoice_line WHERE invoice_id = $1")
        .execute(Tuple.of(invoiceId)).await().iterator().next().getLong(0)).isEqualTo(2L);

    // Without its lines, the invoice may go (as with the foreign keys): only what lines refer to is kept.
    var connection = f.db.getConnection().await();
    try {
      var tx = connection.begin().await();
      connection.preparedQuery("DELETE FROM premium_invoice_line WHERE invoice_id = $1").execute(Tuple.of(invoiceId)).await();
      assertThat(connection.preparedQuery("DELETE FROM premium_invoice WHERE id = $1").execute(Tuple.of(invoiceId)).await()
          .rowCount()).isEqualTo(1);
      tx.rollback().await();
    } finally {
      connection.close().await();
    }
  }

  private static void assertRefused(String sql, Tuple args) {
    assertThatThrownBy(() -> f.db.preparedQuery(sql).execute(args).await())
        .isInstanceOfSatisfying(PgException.class, e -> assertThat(e.getSqlState()).isEqualTo("23503"));
  }
}
