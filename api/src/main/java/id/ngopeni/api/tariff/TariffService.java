package id.ngopeni.api.tariff;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.tariff.Tariff;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.tariff.StoredTariff;
import id.ngopeni.persistence.tariff.TariffRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.UUID;

/** Tariffs: the book as stored, and a new effective-dated tariff (never an edit of an old one). */
public record TariffService(AppContext context, TariffRepository tariffs) {
  public Future<List<StoredTariff>> all() {
    return tariffs.all(context.pool());
  }

  /**
   * Adds the tariff under the book's change lock, so two admins cannot add overlapping tariffs
   * at once; the book refuses an overlap ({@code tariff_overlap}).
   */
  public Future<JsonObject> create(Caller caller, Tariff candidate) {
    UUID id = Ids.newId();
    return context.pool().withTransaction(tx -> tariffs.lockForChange(tx)
        .compose(v -> tariffs.book(tx))
        .compose(book -> {
          book.checkAddable(candidate);
          return tariffs.insert(tx, id, candidate, caller.userId());
        })
        .compose(v -> {
          JsonObject after = TariffJson.of(new StoredTariff(id, candidate));
          return context.audit()
              .append(tx, new AuditEvent(caller.userId(), caller.role().name(), "tariff.created", "tariff",
                  id.toString(), null, after))
              .map(seq -> after);
        }));
  }
}
