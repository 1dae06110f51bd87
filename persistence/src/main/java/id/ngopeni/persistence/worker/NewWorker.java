package id.ngopeni.persistence.worker;

import id.ngopeni.domain.worker.ValidatedWorker;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A validated worker ready for the worker table ({@code nameKey} = PersonNames.normalize). */
public record NewWorker(
    UUID id,
    String nik,
    String fullName,
    String nameKey,
    LocalDate birthDate,
    String sex,
    String kelurahanCode,
    String category,
    String phone,
    String address) {

  public static NewWorker of(UUID id, ValidatedWorker w) {
    return new NewWorker(id, w.nik().value(), w.fullName(), w.nameKey(), w.birthDate(), w.sex().name(),
        w.kelurahan().value(), w.category(), w.phone(), w.address());
  }

  /** The workers column by column, one array each, in the order of the table's columns. */
  static Tuple columns(List<NewWorker> workers) {
    int n = workers.size();
    UUID[] ids = new UUID[n];
    String[] niks = new String[n];
    String[] names = new String[n];
    String[] keys = new String[n];
    LocalDate[] births = new LocalDate[n];
    String[] sexes = new String[n];
    String[] kelurahans = new String[n];
    String[] categories = new String[n];
    String[] phones = new String[n];
    String[] addresses = new String[n];
    for (int i = 0; i < n; i++) {
      NewWorker w = workers.get(i);
      ids[i] = w.id();
      niks[i] = w.nik();
      names[i] = w.fullName();
      keys[i] = w.nameKey();
      births[i] = w.birthDate();
      sexes[i] = w.sex();
      kelurahans[i] = w.kelurahanCode();
      categories[i] = w.category();
      phones[i] = w.phone();
      addresses[i] = w.address();
    }
    return Tuple.tuple()
        .addArrayOfUUID(ids)
        .addArrayOfString(niks)
        .addArrayOfString(names)
        .addArrayOfString(keys)
        .addArrayOfLocalDate(births)
        .addArrayOfString(sexes)
        .addArrayOfString(kelurahans)
        .addArrayOfString(categories)
        .addArrayOfString(phones)
        .addArrayOfString(addresses);
  }

  /** No personal data in logs. */
  @Override
  public String toString() {
    return "NewWorker[id=" + id + ", kelurahanCode=" + kelurahanCode + "]";
  }
}
