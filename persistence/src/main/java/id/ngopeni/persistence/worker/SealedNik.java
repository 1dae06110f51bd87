package id.ngopeni.persistence.worker;

import id.ngopeni.persistence.crypto.BlindIndex;
import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.crypto.SealedField;
import io.vertx.core.buffer.Buffer;
import java.util.UUID;

/**
 * A worker's NIK as the worker table stores it: sealed, its blind index, the clear region code
 * (first six digits) and the keyed prefixes of its first 8, 10 and 12 digits.
 */
record SealedNik(Buffer cipher, Buffer hash, String region, Buffer p8, Buffer p10, Buffer p12) {
  static SealedNik of(DataCrypto crypto, UUID workerId, String nik) {
    BlindIndex index = crypto.index();
    return new SealedNik(Bytes.buffer(crypto.cipher().seal(SealedField.WORKER_NIK, workerId, nik)),
        Bytes.buffer(index.nik(nik)), DataCrypto.region(nik), Bytes.buffer(index.prefix(8, nik)),
        Bytes.buffer(index.prefix(10, nik)), Bytes.buffer(index.prefix(12, nik)));
  }

  @Override
  public String toString() {
    return "SealedNik[region=" + region + "]";
  }
}
