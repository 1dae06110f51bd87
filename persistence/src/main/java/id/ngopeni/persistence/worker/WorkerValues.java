package id.ngopeni.persistence.worker;

import id.ngopeni.domain.worker.ValidatedWorker;
import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.crypto.SealedField;
import io.vertx.sqlclient.Tuple;
import java.util.UUID;

/** The columns an update writes, taken from a validated worker (identifiers sealed for {@code id}). */
record WorkerValues(ValidatedWorker worker) {
  Tuple append(Tuple tuple, DataCrypto crypto, UUID id) {
    SealedNik nik = SealedNik.of(crypto, id, worker.nik().value());
    return tuple
        .addBuffer(nik.cipher()).addBuffer(nik.hash()).addString(nik.region())
        .addBuffer(nik.p8()).addBuffer(nik.p10()).addBuffer(nik.p12())
        .addString(worker.fullName())
        .addString(worker.nameKey())
        .addLocalDate(worker.birthDate())
        .addString(worker.sex().name())
        .addString(worker.kelurahan().value())
        .addString(worker.category())
        .addBuffer(Bytes.buffer(crypto.cipher().seal(SealedField.WORKER_PHONE, id, worker.phone())))
        .addString(worker.address());
  }
}
