package id.ngopeni.api.worker;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.SubjectError;
import id.ngopeni.domain.subject.CorrectableField;
import id.ngopeni.domain.subject.CorrectionRequest;
import id.ngopeni.persistence.subject.CorrectionRepository;
import id.ngopeni.persistence.worker.StoredWorker;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A worker edit made to carry out a data subject's correction request ({@code correctionId} in the
 * PATCH body): the request must be open, about this worker (422 {@code correction_other_worker})
 * and the edit must change the field it names (422 {@code correction_field_unchanged}); the
 * request then notes the edit and the worker's audit entry names the request.
 */
record CorrectionLink(CorrectionRepository corrections) {
  /** The open request about {@code workerId}, locked; null when the edit names none. */
  Future<CorrectionRequest> open(SqlClient tx, UUID correctionId, UUID workerId) {
    if (correctionId == null) {
      return Future.succeededFuture(null);
    }
    return corrections.lock(tx, correctionId).map(found -> {
      CorrectionRequest c = found.orElseThrow(() -> Invalid.of("correctionId", SubjectError.CORRECTION_NOT_FOUND))
          .correction();
      c.checkEditOf(workerId);
      return c;
    });
  }

  /** Checks the edit changed the requested field and notes it on the request. */
  Future<Void> made(SqlClient tx, CorrectionRequest c, StoredWorker before, StoredWorker after, Caller caller,
      Instant at) {
    if (c == null) {
      return Future.succeededFuture();
    }
    if (Objects.equals(value(before, c.field()), value(after, c.field()))) {
      throw Invalid.of("correctionId", SubjectError.CORRECTION_FIELD_UNCHANGED);
    }
    return corrections.markEdited(tx, c.id(), caller.userId(), at);
  }

  private static Object value(StoredWorker w, CorrectableField field) {
    return switch (field) {
      case NIK -> w.nik();
      case FULL_NAME -> w.fullName();
      case BIRTH_DATE -> w.birthDate();
      case SEX -> w.sex();
      case KELURAHAN_CODE -> w.kelurahanCode();
      case CATEGORY -> w.category();
      case PHONE -> w.phone();
      case ADDRESS -> w.address();
    };
  }
}
