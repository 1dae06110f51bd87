package id.ngopeni.persistence.decree;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.DecreeError;
import id.ngopeni.persistence.db.PgErrors;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.crypto.Bytes;
import id.ngopeni.persistence.crypto.FieldCipher;
import id.ngopeni.persistence.crypto.SealedField;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Recipient decrees and their cohorts. A cohort is filled in one statement from the source's
 * active memberships or from a re-verification's passed workers; additions and removals are
 * conditional writes whose row count tells whether the worker was (not) in it.
 */
public final class DecreeRepository {
  private static final String COLUMNS = """
      d.id, d.funding_source, d.year, d.number, d.decree_date, d.earmark_rule, d.basis, d.reverification_id,
      d.created_by, d.created_at,
      (SELECT count(*) FROM decree_member m WHERE m.decree_id = d.id AND m.removed_at IS NULL)""";
  private static final String MEMBER_COLUMNS = """
      w.id, w.nik_cipher, w.full_name, w.category, w.kelurahan_code, r.name
      FROM decree_member m JOIN worker w ON w.id = m.worker_id JOIN region r ON r.code = w.kelurahan_code""";
  private static final String GATE = """
      SELECT fs.requires_decree, d.id,
        EXISTS (SELECT 1 FROM decree_member m WHERE m.decree_id = d.id AND m.worker_id = $3 AND m.removed_at IS NULL),
        EXISTS (SELECT 1 FROM decree_exception x WHERE x.decree_id = d.id AND x.worker_id = $3)
      FROM funding_source fs LEFT JOIN decree d ON d.funding_source = fs.code AND d.year = $2
      WHERE fs.code = $1
      """;
  private static final String ONE_PER_YEAR = "decree_one_per_year";

  private final FieldCipher cipher;

  public DecreeRepository(FieldCipher cipher) {
    this.cipher = cipher;
  }

  /** Inserts the header. @throws Conflict {@code decree_exists} when the source has one for the year */
  public Future<Void> insert(SqlClient tx, NewDecree d) {
    return tx.preparedQuery("""
        INSERT INTO decree (id, funding_source, year, number, decree_date, earmark_rule, basis, reverification_id, created_by)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
        """).execute(Tuple.tuple().addUUID(d.id()).addString(d.fundingSource()).addInteger(d.year())
            .addString(d.number()).addLocalDate(d.decreeDate()).addString(d.earmarkRule()).addString(d.basis())
            .addUUID(d.reverificationId()).addUUID(d.createdBy()))
        .recover(e -> Future.failedFuture(PgErrors.isUniqueViolation(e, ONE_PER_YEAR)
            ? new Conflict(DecreeError.DECREE_EXISTS) : e))
        .mapEmpty();
  }

  /** The cohort: every worker with an active membership of the source. @return how many */
  public Future<Integer> fillFromMemberships(SqlClient tx, UUID decreeId, String fundingSource) {
    return tx.preparedQuery("""
        INSERT INTO decree_member (decree_id, worker_id, category, kelurahan_code)
        SELECT $1, w.id, w.category, w.kelurahan_code FROM membership ms JOIN worker w ON w.id = ms.worker_id
        WHERE ms.funding_source = $2 AND ms.status = 'ACTIVE'
        """).execute(Tuple.of(decreeId, fundingSource)).map(rows -> rows.rowCount());
  }

  /** The cohort: the workers a re-verification passed, with the registry's category and kelurahan now. */
  public Future<Integer> fillFromReverification(SqlClient tx, UUID decreeId, UUID reverificationId) {
    return tx.preparedQuery("""
        INSERT INTO decree_member (decree_id, worker_id, category, kelurahan_code)
        SELECT $1, w.id, w.category, w.kelurahan_code FROM reverification_result r JOIN worker w ON w.id = r.worker_id
        WHERE r.reverification_id = $2 AND cardinality(r.reasons) = 0
        """).execute(Tuple.of(decreeId, reverificationId)).map(rows -> rows.rowCount());
  }

  public Future<Optional<StoredDecree>> find(SqlClient db, UUID id) {
    return db.preparedQuery("SELECT " + COLUMNS + " FROM decree d WHERE d.id = $1").execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(decree(rows.iterator().next())));
  }

  /** The source's decree for the year, if it has one. */
  public Future<Optional<StoredDecree>> forYear(SqlClient db, String fundingSource, int year) {
    return db.preparedQuery("SELECT " + COLUMNS + " FROM decree d WHERE d.funding_source = $1 AND d.year = $2")
        .execute(Tuple.of(fundingSource, year))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(decree(rows.iterator().next())));
  }

  /** Decrees, latest year first, optionally of one source and/or year. */
  public Future<List<StoredDecree>> list(SqlClient db, String fundingSource, Integer year) {
    return db.preparedQuery("SELECT " + COLUMNS + """
         FROM decree d WHERE ($1::text IS NULL OR d.funding_source = $1) AND ($2::int IS NULL OR d.year = $2)
        ORDER BY d.year DESC, d.funding_source LIMIT 200
        """).execute(Tuple.of(fundingSource, year)).map(rows -> {
          List<StoredDecree> out = new ArrayList<>();
          rows.forEach(r -> out.add(decree(r)));
          return out;
        });
  }

  /** A page of the workers now in the cohort, by worker id after {@code after}. */
  public Future<Slice<DecreeMember>> members(SqlClient db, UUID decreeId, UUID after, int limit) {
    return db.preparedQuery("SELECT " + MEMBER_COLUMNS + """
         WHERE m.decree_id = $1 AND m.removed_at IS NULL AND ($2::uuid IS NULL OR m.worker_id > $2)
        ORDER BY m.worker_id LIMIT $3
        """).execute(Tuple.of(decreeId, after, limit + 1)).map(rows -> Slice.of(members(rows), limit));
  }

  /** The whole cohort in the order the signed list prints it: kelurahan, then name. */
  public Future<List<DecreeMember>> cohort(SqlClient db, UUID decreeId) {
    return db.preparedQuery("SELECT " + MEMBER_COLUMNS + """
         WHERE m.decree_id = $1 AND m.removed_at IS NULL ORDER BY w.kelurahan_code, w.full_name, w.id
        """).execute(Tuple.of(decreeId)).map(this::members);
  }

  /** The decree (if any) an enrolment under {@code fundingSource} in {@code year} must respect. */
  public Future<EnrolmentGate> gate(SqlClient tx, String fundingSource, int year, UUID workerId) {
    return tx.preparedQuery(GATE).execute(Tuple.of(fundingSource, year, workerId)).map(rows -> {
      Row r = rows.iterator().next();
      return new EnrolmentGate(r.getBoolean(0), r.getUUID(1), Boolean.TRUE.equals(r.getBoolean(2)),
          Boolean.TRUE.equals(r.getBoolean(3)));
    });
  }

  /** Whether the worker is in the cohort now. */
  public Future<Boolean> isMember(SqlClient db, UUID decreeId, UUID workerId) {
    return db.preparedQuery("""
        SELECT 1 FROM decree_member WHERE decree_id = $1 AND worker_id = $2 AND removed_at IS NULL
        """).execute(Tuple.of(decreeId, workerId)).map(rows -> rows.size() == 1);
  }

  /** Adds the worker (back) to the cohort. @return false when they are in it already */
  public Future<Boolean> addMember(SqlClient tx, UUID decreeId, UUID workerId, UUID changeId) {
    return tx.preparedQuery("""
        INSERT INTO decree_member (decree_id, worker_id, category, kelurahan_code, added_change)
        SELECT $1, w.id, w.category, w.kelurahan_code, $3 FROM worker w WHERE w.id = $2
        ON CONFLICT (decree_id, worker_id) DO UPDATE SET removed_at = NULL, removed_change = NULL,
          added_change = excluded.added_change, category = excluded.category, kelurahan_code = excluded.kelurahan_code
        WHERE decree_member.removed_at IS NOT NULL
        """).execute(Tuple.of(decreeId, workerId, changeId)).map(rows -> rows.rowCount() == 1);
  }

  /** Takes the worker out of the cohort. @return false when they were not in it */
  public Future<Boolean> removeMember(SqlClient tx, UUID decreeId, UUID workerId, UUID changeId) {
    return tx.preparedQuery("""
        UPDATE decree_member SET removed_at = now(), removed_change = $3
        WHERE decree_id = $1 AND worker_id = $2 AND removed_at IS NULL
        """).execute(Tuple.of(decreeId, workerId, changeId)).map(rows -> rows.rowCount() == 1);
  }

  /** Records an exception; a second one for the same worker keeps the first. @return whether this one was recorded */
  public Future<Boolean> addException(SqlClient tx, UUID decreeId, UUID workerId, String reason, UUID by) {
    return tx.preparedQuery("""
        INSERT INTO decree_exception (decree_id, worker_id, reason, created_by) VALUES ($1, $2, $3, $4)
        ON CONFLICT (decree_id, worker_id) DO NOTHING
        """).execute(Tuple.of(decreeId, workerId, reason, by)).map(rows -> rows.rowCount() == 1);
  }

  /** Whether each funding source pays only for its decree's cohort, by code. */
  public Future<Map<String, Boolean>> requirements(SqlClient db) {
    return db.preparedQuery("SELECT code, requires_decree FROM funding_source ORDER BY code").execute().map(rows -> {
      Map<String, Boolean> out = new LinkedHashMap<>();
      rows.forEach(r -> out.put(r.getString(0), r.getBoolean(1)));
      return out;
    });
  }

  /** Sets the source's requirement; returns what it was (empty: no such source). */
  public Future<Optional<Boolean>> setRequirement(SqlClient tx, String fundingSource, boolean required) {
    return tx.preparedQuery("""
        UPDATE funding_source f SET requires_decree = $2 FROM (SELECT code, requires_decree FROM funding_source
          WHERE code = $1 FOR UPDATE) before WHERE f.code = before.code RETURNING before.requires_decree
        """).execute(Tuple.of(fundingSource, required))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getBoolean(0)));
  }

  /** The worker's kelurahan, empty when there is no such worker. */
  public Future<Optional<String>> workerKelurahan(SqlClient db, UUID workerId) {
    return db.preparedQuery("SELECT kelurahan_code FROM worker WHERE id = $1").execute(Tuple.of(workerId))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString(0)));
  }

  private List<DecreeMember> members(Iterable<Row> rows) {
    List<DecreeMember> out = new ArrayList<>();
    rows.forEach(r -> out.add(new DecreeMember(r.getUUID(0),
        cipher.open(SealedField.WORKER_NIK, r.getUUID(0), Bytes.of(r, "nik_cipher")), r.getString(2), r.getString(3),
        r.getString(4), r.getString(5))));
    return out;
  }

  private static StoredDecree decree(Row r) {
    return new StoredDecree(r.getUUID(0), r.getString(1), r.getInteger(2), r.getString(3), r.getLocalDate(4),
        r.getString(5), r.getString(6), r.getUUID(7), r.getUUID(8), r.getOffsetDateTime(9), r.getLong(10));
  }
}
