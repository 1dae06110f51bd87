package id.ngopeni.api.worker;

import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.privacy.RevealPolicy;
import id.ngopeni.persistence.worker.HeirRepository;
import id.ngopeni.persistence.worker.StoredWorker;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /workers/{id}/reveal}: one worker's full identifiers (NIK, phone, heirs' NIKs) for
 * a purpose the caller's role may reveal for ({@link RevealPolicy}), recorded with that purpose
 * in the same transaction as the read: no reveal leaves without its record.
 */
public record WorkerReveal(Pool pool, WorkerRepository workers, HeirRepository heirs, ReadRecorder recorder) {
  static final Set<PersonalField> REVEALED = Set.of(PersonalField.NIK, PersonalField.PHONE, PersonalField.HEIR_NIK);

  /** What a reveal answers. */
  record Revealed(StoredWorker worker, List<Heir> heirs, Purpose purpose) {}

  Future<Revealed> reveal(Reader who, UUID workerId, Purpose purpose) {
    RevealPolicy.checkReveal(who.caller().role(), purpose);
    return pool.withTransaction(tx -> workers.findById(tx, workerId)
        .map(found -> WorkerService.visible(found, who.caller()))
        .compose(worker -> heirs.list(tx, workerId).compose(list -> recorder.record(tx, who, ReadKind.REVEAL,
                HeirService.people(workerId, list), REVEALED, purpose, new JsonObject().put("heirs", list.size()))
            .map(v -> new Revealed(worker, list, purpose)))));
  }
}
