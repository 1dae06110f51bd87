package id.ngopeni.persistence.privacy;

import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.crypto.BlindIndex;
import id.ngopeni.persistence.crypto.Bytes;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** The access log ({@code personal_data_access}): appended, listed, counted; never changed. */
public final class AccessLogRepository {
  private static final String INSERT = """
      INSERT INTO personal_data_access (at, user_id, role, kind, person_ids, fields, purpose, client_ip, detail)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""";

  private static final String LIST = """
      SELECT a.id, a.at, a.user_id, u.username, a.role, a.kind, a.person_ids, a.fields, a.purpose, a.client_ip, a.detail
      FROM personal_data_access a LEFT JOIN app_user u ON u.id = a.user_id
      WHERE ($1::uuid[] IS NULL OR a.person_ids && $1::uuid[])
        AND ($2::uuid IS NULL OR a.user_id = $2)
        AND ($3::timestamptz IS NULL OR a.at >= $3)
        AND ($4::timestamptz IS NULL OR a.at < $4)
        AND ($5::bigint IS NULL OR a.id < $5)
      ORDER BY a.id DESC
      LIMIT $6""";

  // Each user's distinct people per Jakarta day; days without reads are absent.
  private static final String DAILY = """
      SELECT d.user_id, u.username, d.role, d.day, d.people
      FROM (
        SELECT a.user_id, max(a.role) AS role, (a.at AT TIME ZONE 'Asia/Jakarta')::date AS day,
               count(DISTINCT p.person) AS people
        FROM personal_data_access a CROSS JOIN LATERAL unnest(a.person_ids) AS p(person)
        WHERE a.at >= $1 AND a.at < $2
        GROUP BY a.user_id, day
      ) d LEFT JOIN app_user u ON u.id = d.user_id
      ORDER BY d.user_id, d.day""";

  private static final String PEOPLE_WITH_NIK =
      "SELECT id FROM worker WHERE nik_hash = $1 UNION ALL SELECT id FROM heir WHERE nik_hash = $1";

  private final BlindIndex index;

  public AccessLogRepository(BlindIndex index) {
    this.index = index;
  }

  /** The workers and heirs holding a NIK (by its blind index): the people an access-log search by NIK stands for. */
  public Future<List<UUID>> peopleWithNik(SqlClient db, String nik) {
    return db.preparedQuery(PEOPLE_WITH_NIK).execute(Tuple.of(Bytes.buffer(index.nik(nik)))).map(rows -> {
      List<UUID> out = new ArrayList<>();
      rows.forEach(r -> out.add(r.getUUID("id")));
      return out;
    });
  }

  public Future<Void> append(SqlClient db, AccessRecord r) {
    return db.preparedQuery(INSERT).execute(tuple(r)).mapEmpty();
  }

  /**
   * Several records in one round trip: the statements go as one batch ending in one Sync, so
   * outside a transaction they commit together (all or none).
   */
  public Future<Void> appendAll(SqlClient db, List<AccessRecord> records) {
    if (records.size() == 1) {
      return append(db, records.get(0));
    }
    return db.preparedQuery(INSERT).executeBatch(records.stream().map(AccessLogRepository::tuple).toList()).mapEmpty();
  }

  private static Tuple tuple(AccessRecord r) {
    return Tuple.of(OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC), r.userId(), r.role(), r.kind(),
        r.personIds().toArray(UUID[]::new), r.fields().toArray(String[]::new), r.purpose(), r.clientIp(), r.detail());
  }

  /** Newest first, {@code limit} after the row {@code beforeId} (null: from the newest). */
  public Future<Slice<AccessRecord>> list(SqlClient db, AccessQuery q, Long beforeId, int limit) {
    return db.preparedQuery(LIST)
        .execute(Tuple.of(q.personIds() == null ? null : q.personIds().toArray(UUID[]::new), q.userId(), at(q.from()),
            at(q.to()), beforeId, limit + 1))
        .map(rows -> {
          List<AccessRecord> out = new ArrayList<>();
          rows.forEach(r -> out.add(toRecord(r)));
          return Slice.of(out, limit);
        });
  }

  /** Every user's distinct people per day read in {@code [from, to)}. */
  public Future<List<DailyPeople>> dailyPeople(SqlClient db, Instant from, Instant to) {
    return db.preparedQuery(DAILY).execute(Tuple.of(at(from), at(to))).map(rows -> {
      List<DailyPeople> out = new ArrayList<>();
      rows.forEach(r -> out.add(new DailyPeople(r.getUUID("user_id"), r.getString("username"), r.getString("role"),
          r.getLocalDate("day"), r.getInteger("people"))));
      return out;
    });
  }

  private static OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  private static AccessRecord toRecord(Row r) {
    Object detail = r.getValue("detail");
    return new AccessRecord(r.getLong("id"), r.getOffsetDateTime("at").toInstant(), r.getUUID("user_id"),
        r.getString("username"), r.getString("role"), r.getString("kind"), Arrays.asList(r.getArrayOfUUIDs("person_ids")),
        Arrays.asList(r.getArrayOfStrings("fields")), r.getString("purpose"), r.getString("client_ip"),
        detail instanceof JsonObject o ? o : null);
  }
}
