package id.ngopeni.persistence.bpjs;

import id.ngopeni.domain.bpjs.RegistrationAnswers.Candidate;
import id.ngopeni.domain.bpjs.RegistrationAnswers.Change;
import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.DataCrypto;
import id.ngopeni.persistence.crypto.SealedField;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** SQL of the registration hand-over: the export of new enrolments, BPJS's answer, the files applied. */
public final class RegistrationRepository {
  public static final String REGISTRATION_ANSWER = "REGISTRATION_ANSWER";

  private static final String UNREGISTERED =
      """
      SELECT m.id, w.nik_cipher, w.full_name, w.birth_date, w.sex, w.phone_cipher, w.address, m.kelurahan_code, m.category,
             m.programs, m.declared_income, m.funding_source, m.start_date, m.sector, m.worker_id
      FROM membership m JOIN worker w ON w.id = m.worker_id
      WHERE m.status = 'ACTIVE' AND m.kpj IS NULL
      ORDER BY m.start_date, m.id
      """;

  private static final String STATUSES =
      """
      SELECT m.id, m.worker_id, w.full_name, m.kelurahan_code, m.funding_source, m.start_date, m.kpj, m.bpjs_refusal,
             m.bpjs_answered_at
      FROM membership m JOIN worker w ON w.id = m.worker_id
      WHERE m.status = 'ACTIVE' AND ($1::text IS NULL
        OR ($1 = 'REGISTERED' AND m.kpj IS NOT NULL)
        OR ($1 = 'REFUSED' AND m.bpjs_refusal IS NOT NULL)
        OR ($1 = 'PENDING' AND m.kpj IS NULL AND m.bpjs_refusal IS NULL))
        AND ($2::uuid IS NULL OR m.id > $2)
      ORDER BY m.id LIMIT $3
      """;

  /** The memberships a file's rows may mean, locked until the answer is applied. */
  private static final String CANDIDATES =
      """
      SELECT m.id, m.worker_id, w.nik_cipher, m.kpj, m.bpjs_refusal
      FROM membership m JOIN worker w ON w.id = m.worker_id
      WHERE m.id = ANY($1) OR (m.status = 'ACTIVE' AND w.nik_hash = ANY($2))
      FOR UPDATE OF m
      """;

  private static final String KPJ_OWNERS =
      "SELECT DISTINCT kpj, worker_id FROM membership WHERE kpj = ANY($1)";

  private static final String APPLY =
      """
      UPDATE membership m SET kpj = u.kpj, bpjs_refusal = u.refusal, bpjs_answered_at = now()
      FROM unnest($1::uuid[], $2::text[], $3::text[]) AS u(id, kpj, refusal)
      WHERE m.id = u.id
      """;

  private static final String FILE = "SELECT id, result FROM bpjs_file WHERE kind = $1 AND sha256 = $2";

  private static final String RECORD_FILE =
      """
      INSERT INTO bpjs_file (id, kind, sha256, rows, result, imported_by) VALUES ($1, $2, $3, $4, $5, $6)
      ON CONFLICT ON CONSTRAINT bpjs_file_once DO NOTHING
      """;

  /** Serialises the application of files of one kind: two uploads of one file cannot both apply. */
  private static final String LOCK_KIND = "SELECT pg_advisory_xact_lock(hashtext('bpjs_file:' || $1))";

  private final DataCrypto crypto;

  public RegistrationRepository(DataCrypto crypto) {
    this.crypto = crypto;
  }

  public Future<List<RegistrationRow>> unregistered(SqlClient db) {
    return db.query(UNREGISTERED).execute().map(rows -> {
      List<RegistrationRow> out = new ArrayList<>();
      for (Row r : rows) {
        UUID worker = r.getUUID("worker_id");
        out.add(new RegistrationRow(r.getUUID("id"), nik(r, worker), r.getString("full_name"),
            r.getLocalDate("birth_date"), r.getString("sex"),
            crypto.cipher().open(SealedField.WORKER_PHONE, worker, Bytes.of(r, "phone_cipher")), r.getString("address"),
            r.getString("kelurahan_code"), r.getString("category"), Arrays.asList(r.getArrayOfStrings("programs")),
            r.getLong("declared_income"), r.getString("funding_source"), r.getLocalDate("start_date"),
            r.getString("sector"), r.getUUID("worker_id")));
      }
      return out;
    });
  }

  public Future<List<RegistrationStatus>> statuses(SqlClient db, String state, UUID after, int limit) {
    return db.preparedQuery(STATUSES).execute(Tuple.of(state, after, limit)).map(rows -> {
      List<RegistrationStatus> out = new ArrayList<>();
      for (Row r : rows) {
        var answered = r.getOffsetDateTime("bpjs_answered_at");
        out.add(new RegistrationStatus(r.getUUID("id"), r.getUUID("worker_id"), r.getString("full_name"),
            r.getString("kelurahan_code"), r.getString("funding_source"), r.getLocalDate("start_date"),
            r.getString("kpj"), r.getString("bpjs_refusal"), answered == null ? null : answered.toInstant()));
      }
      return out;
    });
  }

  public Future<List<Candidate>> candidates(SqlClient tx, List<UUID> ids, List<String> niks) {
    return tx.preparedQuery(CANDIDATES)
        .execute(Tuple.tuple().addArrayOfUUID(ids.toArray(UUID[]::new))
            .addArrayOfBuffer(niks.stream().filter(n -> n.length() == 16).map(n -> Bytes.buffer(crypto.index().nik(n)))
                .toArray(Buffer[]::new)))
        .map(rows -> {
          List<Candidate> out = new ArrayList<>();
          for (Row r : rows) {
            out.add(new Candidate(r.getUUID("id"), r.getUUID("worker_id"), nik(r, r.getUUID("worker_id")), r.getString("kpj"),
                r.getString("bpjs_refusal")));
          }
          return out;
        });
  }

  private String nik(Row r, UUID worker) {
    return crypto.cipher().open(SealedField.WORKER_NIK, worker, Bytes.of(r, "nik_cipher"));
  }

  public Future<Map<String, UUID>> kpjOwners(SqlClient tx, List<String> kpjs) {
    return tx.preparedQuery(KPJ_OWNERS).execute(Tuple.tuple().addArrayOfString(kpjs.toArray(String[]::new)))
        .map(rows -> {
          Map<String, UUID> out = new HashMap<>();
          rows.forEach(r -> out.put(r.getString("kpj"), r.getUUID("worker_id")));
          return out;
        });
  }

  /** Writes every change in one statement (arrays, not one round trip per row). */
  public Future<Void> apply(SqlClient tx, List<Change> changes) {
    if (changes.isEmpty()) {
      return Future.succeededFuture();
    }
    UUID[] ids = changes.stream().map(Change::membershipId).toArray(UUID[]::new);
    String[] kpjs = changes.stream().map(Change::kpj).toArray(String[]::new);
    String[] refusals = changes.stream().map(Change::refusal).toArray(String[]::new);
    return tx.preparedQuery(APPLY).execute(Tuple.tuple().addArrayOfUUID(ids).addArrayOfString(kpjs)
        .addArrayOfString(refusals)).mapEmpty();
  }

  public Future<Void> lockKind(SqlClient tx, String kind) {
    return tx.preparedQuery(LOCK_KIND).execute(Tuple.of(kind)).mapEmpty();
  }

  public Future<Optional<StoredBpjsFile>> file(SqlClient db, String kind, byte[] sha256) {
    return db.preparedQuery(FILE).execute(Tuple.of(kind, io.vertx.core.buffer.Buffer.buffer(sha256))).map(rows -> {
      var it = rows.iterator();
      if (!it.hasNext()) {
        return Optional.empty();
      }
      Row r = it.next();
      return Optional.of(new StoredBpjsFile(r.getUUID("id"), (JsonObject) r.getValue("result")));
    });
  }

  public Future<Void> recordFile(SqlClient tx, UUID id, String kind, byte[] sha256, int rows, JsonObject result,
      UUID importedBy) {
    return tx.preparedQuery(RECORD_FILE).execute(Tuple.tuple().addUUID(id).addString(kind)
        .addBuffer(io.vertx.core.buffer.Buffer.buffer(sha256)).addInteger(rows).addValue(result).addUUID(importedBy))
        .mapEmpty();
  }

  /** The row count of a file recorded before it was read through. */
  public Future<Void> fileRows(SqlClient tx, UUID id, int rows) {
    return tx.preparedQuery("UPDATE bpjs_file SET rows = $2 WHERE id = $1").execute(Tuple.of(id, rows)).mapEmpty();
  }
}
