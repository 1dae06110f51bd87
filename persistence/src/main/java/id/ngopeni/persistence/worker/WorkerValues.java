package id.ngopeni.persistence.worker;

import id.ngopeni.domain.worker.ValidatedWorker;

/** The columns an update writes, taken from a validated worker. */
record WorkerValues(ValidatedWorker worker) {
  io.vertx.sqlclient.Tuple append(io.vertx.sqlclient.Tuple tuple) {
    return tuple
        .addString(worker.nik().value())
        .addString(worker.fullName())
        .addString(worker.nameKey())
        .addLocalDate(worker.birthDate())
        .addString(worker.sex().name())
        .addString(worker.kelurahan().value())
        .addString(worker.category())
        .addString(worker.phone())
        .addString(worker.address());
  }
}
