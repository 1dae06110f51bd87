package id.ngopeni.persistence.worker;

import id.ngopeni.domain.worker.ValidatedWorker;
import id.ngopeni.persistence.db.ColumnArrays;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A validated worker ready for the worker table ({@code nameKey} = PersonNames.normalize). */
public record NewWorker(UUID id, String nik, String fullName, String nameKey, LocalDate birthDate, String sex,
    String kelurahanCode, String category, String phone, String address) {

  public static NewWorker of(UUID id, ValidatedWorker w) {
    return new NewWorker(id, w.nik().value(), w.fullName(), w.nameKey(), w.birthDate(), w.sex().name(),
        w.kelurahan().value(), w.category(), w.phone(), w.address());
  }

  /** The workers column by column, one array each, in the order of the table's columns. */
  static Tuple columns(List<NewWorker> workers) {
    return Tuple.tuple()
        .addArrayOfUUID(ColumnArrays.of(workers, NewWorker::id, UUID[]::new))
        .addArrayOfString(ColumnArrays.of(workers, NewWorker::nik, String[]::new))
        .addArrayOfString(ColumnArrays.of(workers, NewWorker::fullName, String[]::new))
        .addArrayOfString(ColumnArrays.of(workers, NewWorker::nameKey, String[]::new))
        .addArrayOfLocalDate(ColumnArrays.of(workers, NewWorker::birthDate, LocalDate[]::new))
        .addArrayOfString(ColumnArrays.of(workers, NewWorker::sex, String[]::new))
        .addArrayOfString(ColumnArrays.of(workers, NewWorker::kelurahanCode, String[]::new))
        .addArrayOfString(ColumnArrays.of(workers, NewWorker::category, String[]::new))
        .addArrayOfString(ColumnArrays.of(workers, NewWorker::phone, String[]::new))
        .addArrayOfString(ColumnArrays.of(workers, NewWorker::address, String[]::new));
  }

  /** No personal data in logs. */
  @Override
  public String toString() {
    return "NewWorker[id=" + id + ", kelurahanCode=" + kelurahanCode + "]";
  }
}
