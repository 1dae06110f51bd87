package id.ngopeni.persistence.worker;

import id.ngopeni.domain.worker.ValidatedWorker;
import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.crypto.SealedField;
import io.vertx.core.buffer.Buffer;
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

  /**
   * The workers column by column, one array each, in the order of the insert's columns: the NIK
   * and phone sealed, the NIK's blind index, region and keyed prefixes computed here (AES-GCM and
   * four HMACs a row, a few microseconds).
   */
  static Tuple columns(List<NewWorker> workers, DataCrypto crypto) {
    int n = workers.size();
    UUID[] ids = new UUID[n];
    Buffer[] ciphers = new Buffer[n];
    Buffer[] hashes = new Buffer[n];
    String[] regions = new String[n];
    Buffer[] p8 = new Buffer[n];
    Buffer[] p10 = new Buffer[n];
    Buffer[] p12 = new Buffer[n];
    String[] names = new String[n];
    String[] keys = new String[n];
    LocalDate[] births = new LocalDate[n];
    String[] sexes = new String[n];
    String[] kelurahan = new String[n];
    String[] categories = new String[n];
    Buffer[] phones = new Buffer[n];
    String[] addresses = new String[n];
    for (int i = 0; i < n; i++) {
      NewWorker w = workers.get(i);
      SealedNik nik = SealedNik.of(crypto, w.id(), w.nik());
      ids[i] = w.id();
      ciphers[i] = nik.cipher();
      hashes[i] = nik.hash();
      regions[i] = nik.region();
      p8[i] = nik.p8();
      p10[i] = nik.p10();
      p12[i] = nik.p12();
      names[i] = w.fullName();
      keys[i] = w.nameKey();
      births[i] = w.birthDate();
      sexes[i] = w.sex();
      kelurahan[i] = w.kelurahanCode();
      categories[i] = w.category();
      phones[i] = Bytes.buffer(crypto.cipher().seal(SealedField.WORKER_PHONE, w.id(), w.phone()));
      addresses[i] = w.address();
    }
    return Tuple.tuple().addArrayOfUUID(ids).addArrayOfBuffer(ciphers).addArrayOfBuffer(hashes)
        .addArrayOfString(regions).addArrayOfBuffer(p8).addArrayOfBuffer(p10).addArrayOfBuffer(p12)
        .addArrayOfString(names).addArrayOfString(keys).addArrayOfLocalDate(births).addArrayOfString(sexes)
        .addArrayOfString(kelurahan).addArrayOfString(categories).addArrayOfBuffer(phones).addArrayOfString(addresses);
  }

  /** No personal data in logs. */
  @Override
  public String toString() {
    return "NewWorker[id=" + id + ", kelurahanCode=" + kelurahanCode + "]";
  }
}
