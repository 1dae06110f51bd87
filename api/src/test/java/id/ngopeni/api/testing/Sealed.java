package id.ngopeni.api.testing;

import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.crypto.DataKeys;
import id.ngopeni.persistence.crypto.SealedField;
import id.ngopeni.persistence.worker.NewWorker;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * For fixtures that write or read rows straight in the database: identifiers sealed and indexed
 * with the instance's data keys, exactly as the repositories do (the tables hold no clear NIK,
 * phone or account number since V43).
 */
public record Sealed(DataCrypto crypto) {
  public static Sealed of(TestServer server) {
    return new Sealed(server.app.crypto());
  }

  /** The keys an instance generated into its data directory (a child JVM's, say). */
  public static Sealed of(Path dataDir) {
    return new Sealed(DataCrypto.of(DataKeys.load(null, null, dataDir)));
  }

  /** Inserts a worker (name key: the name in lower case; no phone or address); false when the NIK is taken. */
  public boolean worker(SqlClient db, UUID id, String nik, String fullName, LocalDate birthDate, String sex,
      String kelurahanCode, String category) {
    return workers(db, List.of(new NewWorker(id, nik, fullName, fullName.toLowerCase(Locale.ROOT), birthDate, sex,
        kelurahanCode, category, null, null))) == 1;
  }

  public int workers(SqlClient db, List<NewWorker> workers) {
    return new WorkerRepository(crypto).insertAll(db, workers, null).await();
  }

  /** The worker's NIK, opened from its sealed column. */
  public String nikOf(SqlClient db, UUID workerId) {
    var row = db.preparedQuery("SELECT nik_cipher FROM worker WHERE id = $1").execute(Tuple.of(workerId)).await()
        .iterator().next();
    return crypto.cipher().open(SealedField.WORKER_NIK, workerId, Bytes.of(row, "nik_cipher"));
  }

  /** The blind index the tables find a NIK by. */
  public Buffer nikHash(String nik) {
    return Buffer.buffer(crypto.index().nik(nik));
  }

  /** Chunk {@code seq} of an uploaded file as worker_import_chunk.data holds it. */
  public Buffer chunk(UUID importId, int seq, byte[] data) {
    return Buffer.buffer(crypto.cipher().seal(SealedField.IMPORT_CHUNK, importId + ":" + seq, data));
  }

  /** A payout's account number as payout.account_cipher holds it. */
  public Buffer account(UUID payoutId, String number) {
    return Buffer.buffer(crypto.cipher().seal(SealedField.PAYOUT_ACCOUNT, payoutId, number));
  }

  /** A claim document's content as claim_document.content holds it (sealed for the document). */
  public Buffer document(UUID documentId, byte[] content) {
    return Buffer.buffer(crypto.cipher().seal(SealedField.CLAIM_DOCUMENT, documentId, content));
  }
}
