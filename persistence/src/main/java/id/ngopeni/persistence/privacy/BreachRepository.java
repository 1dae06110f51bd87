package id.ngopeni.persistence.privacy;

import id.ngopeni.domain.privacy.BreachIncident;
import id.ngopeni.domain.privacy.NoticeAddressee;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The breach register ({@code breach}, {@code breach_person}): recorded, listed, notified. */
public final class BreachRepository {
  private static final String COLUMNS = """
      b.id, b.discovered_at, b.description, b.measures, b.data_kinds, b.source_user_id, su.username AS source_username,
      b.source_ip, b.source_from, b.source_to, b.affected, b.subjects_notified_at, sn.username AS subjects_notified_by,
      b.authority_notified_at, an.username AS authority_notified_by, b.recorded_by, rb.username AS recorded_by_username,
      b.recorded_at
      FROM breach b
      LEFT JOIN app_user su ON su.id = b.source_user_id
      LEFT JOIN app_user sn ON sn.id = b.subjects_notified_by
      LEFT JOIN app_user an ON an.id = b.authority_notified_by
      LEFT JOIN app_user rb ON rb.id = b.recorded_by""";

  private static final String INSERT = """
      INSERT INTO breach (id, discovered_at, description, measures, data_kinds, source_user_id, source_ip, source_from,
                          source_to, affected, recorded_by)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 0, $10)""";

  /** Every person the source read in the period, from the access log: how often, first and last. */
  private static final String AFFECTED = """
      INSERT INTO breach_person (breach_id, person_id, reads, first_read_at, last_read_at)
      SELECT $1, p.person, count(*), min(a.at), max(a.at)
      FROM personal_data_access a CROSS JOIN LATERAL unnest(a.person_ids) AS p(person)
      WHERE ($2::uuid IS NULL OR a.user_id = $2) AND ($3::text IS NULL OR a.client_ip = $3)
        AND ($4::timestamptz IS NULL OR a.at >= $4) AND ($5::timestamptz IS NULL OR a.at < $5)
      GROUP BY p.person""";

  private static final String SET_AFFECTED = "UPDATE breach SET affected = $2 WHERE id = $1";

  private static final String FIND = "SELECT " + COLUMNS + " WHERE b.id = $1";

  private static final String LOCK = "SELECT id FROM breach WHERE id = $1 FOR UPDATE";

  private static final String LIST = "SELECT " + COLUMNS + """

      WHERE b.id < coalesce($1::uuid, 'ffffffff-ffff-ffff-ffff-ffffffffffff'::uuid)
      ORDER BY b.id DESC LIMIT $2""";

  private static final String PEOPLE = """
      SELECT bp.person_id, bp.reads, bp.first_read_at, bp.last_read_at,
             CASE WHEN w.id IS NOT NULL THEN 'WORKER' WHEN h.id IS NOT NULL THEN 'HEIR' ELSE 'GONE' END AS kind,
             coalesce(w.id, hw.id) AS worker_id, coalesce(w.full_name, h.full_name) AS full_name,
             coalesce(w.kelurahan_code, hw.kelurahan_code) AS kelurahan_code, r.name AS kelurahan_name
      FROM breach_person bp
      LEFT JOIN worker w ON w.id = bp.person_id
      LEFT JOIN heir h ON h.id = bp.person_id
      LEFT JOIN worker hw ON hw.id = h.worker_id
      LEFT JOIN region r ON r.code = coalesce(w.kelurahan_code, hw.kelurahan_code)
      WHERE bp.breach_id = $1 AND bp.person_id > coalesce($2::uuid, '00000000-0000-0000-0000-000000000000'::uuid)
      ORDER BY bp.person_id LIMIT $3""";

  /** Records the breach and the people its source read; returns how many people that is. */
  public Future<Integer> insert(SqlClient tx, UUID id, BreachIncident b, UUID recordedBy) {
    String[] kinds = Arrays.stream(PersonalField.values()).filter(b.dataKinds()::contains).map(PersonalField::wire)
        .toArray(String[]::new);
    Tuple row = Tuple.tuple().addUUID(id).addOffsetDateTime(at(b.discoveredAt())).addString(b.description())
        .addString(b.measures()).addArrayOfString(kinds).addUUID(b.sourceUserId()).addString(b.sourceIp())
        .addOffsetDateTime(at(b.sourceFrom())).addOffsetDateTime(at(b.sourceTo())).addUUID(recordedBy);
    return tx.preparedQuery(INSERT).execute(row)
        .compose(v -> tx.preparedQuery(AFFECTED).execute(Tuple.tuple().addUUID(id).addUUID(b.sourceUserId())
            .addString(b.sourceIp()).addOffsetDateTime(at(b.sourceFrom())).addOffsetDateTime(at(b.sourceTo()))))
        .compose(people -> tx.preparedQuery(SET_AFFECTED).execute(Tuple.of(id, people.rowCount()))
            .map(people.rowCount()));
  }

  public Future<Optional<StoredBreach>> find(SqlClient db, UUID id) {
    return db.preparedQuery(FIND).execute(Tuple.of(id))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(toBreach(rows.iterator().next())));
  }

  /** Locks the breach's row until the transaction ends; false when there is none. */
  public Future<Boolean> lock(SqlClient tx, UUID id) {
    return tx.preparedQuery(LOCK).execute(Tuple.of(id)).map(rows -> rows.size() > 0);
  }

  /** Newest recorded first, {@code limit} after the breach {@code before} (null: from the newest). */
  public Future<Slice<StoredBreach>> list(SqlClient db, UUID before, int limit) {
    return db.preparedQuery(LIST).execute(Tuple.of(before, limit + 1)).map(rows -> {
      List<StoredBreach> out = new ArrayList<>();
      rows.forEach(r -> out.add(toBreach(r)));
      return Slice.of(out, limit);
    });
  }

  /** Records that {@code to} was notified at {@code at} by {@code by}; false when it already was. */
  public Future<Boolean> markNotified(SqlClient tx, UUID id, NoticeAddressee to, Instant at, UUID by) {
    String column = to == NoticeAddressee.SUBJECTS ? "subjects_notified" : "authority_notified";
    String sql = "UPDATE breach SET %1$s_at = $2, %1$s_by = $3 WHERE id = $1 AND %1$s_at IS NULL".formatted(column);
    return tx.preparedQuery(sql).execute(Tuple.of(id, at(at), by)).map(rows -> rows.rowCount() == 1);
  }

  /** The people affected by person id, {@code limit} after {@code after} (null: from the first). */
  public Future<Slice<AffectedPerson>> people(SqlClient db, UUID breachId, UUID after, int limit) {
    return db.preparedQuery(PEOPLE).execute(Tuple.of(breachId, after, limit + 1)).map(rows -> {
      List<AffectedPerson> out = new ArrayList<>();
      rows.forEach(r -> out.add(new AffectedPerson(r.getUUID("person_id"), r.getString("kind"), r.getUUID("worker_id"),
          r.getString("full_name"), r.getString("kelurahan_code"), r.getString("kelurahan_name"), r.getInteger("reads"),
          instant(r, "first_read_at"), instant(r, "last_read_at"))));
      return Slice.of(out, limit);
    });
  }

  private static StoredBreach toBreach(Row r) {
    return new StoredBreach(r.getUUID("id"), instant(r, "discovered_at"), r.getString("description"),
        r.getString("measures"), Arrays.asList(r.getArrayOfStrings("data_kinds")), r.getUUID("source_user_id"),
        r.getString("source_username"), r.getString("source_ip"), instant(r, "source_from"), instant(r, "source_to"),
        r.getInteger("affected"), instant(r, "subjects_notified_at"), r.getString("subjects_notified_by"),
        instant(r, "authority_notified_at"), r.getString("authority_notified_by"), r.getUUID("recorded_by"),
        r.getString("recorded_by_username"), instant(r, "recorded_at"));
  }

  private static Instant instant(Row r, String column) {
    OffsetDateTime t = r.getOffsetDateTime(column);
    return t == null ? null : t.toInstant();
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
