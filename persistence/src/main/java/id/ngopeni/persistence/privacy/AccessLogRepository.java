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
  /**
   * One or many records in one statement: each column as an array, the people and fields of all
   * records flattened into one array each and cut back per record by its bounds. Many rows in one
   * INSERT cost a tenth of the same rows as single-row INSERTs (measured with pgbench), which is
   * what makes recording every hot read affordable.
   */
  private static final String INSERT = """
      INSERT INTO personal_data_access (at, user_id, role, kind, person_ids, fields, purpose, client_ip, detail)
      SELECT r.at, r.user_id, r.role, r.kind, ($5::uuid[])[r.p_from:r.p_to], ($8::text[])[r.f_from:r.f_to], r.purpose,
             r.client_ip, r.detail::jsonb
      FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $6::int[], $7::int[], $9::int[], $10::int[],
                  $11::text[], $12::text[], $13::text[])
           WITH ORDINALITY AS r(at, user_id, role, kind, p_from, p_to, f_from, f_to, purpose, client_ip, detail, n)
      ORDER BY r.n""";

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
    return appendAll(db, List.of(r));
  }

  /** Several records in one statement, so in one commit outside a transaction (all or none). */
  public Future<Void> appendAll(SqlClient db, List<AccessRecord> records) {
    return db.preparedQuery(INSERT).execute(columns(records)).mapEmpty();
  }

  private static Tuple columns(List<AccessRecord> records) {
    int n = records.size();
    OffsetDateTime[] at = new OffsetDateTime[n];
    UUID[] users = new UUID[n];
    String[] roles = new String[n];
    String[] kinds = new String[n];
    List<UUID> people = new ArrayList<>();
    Integer[] peopleFrom = new Integer[n];
    Integer[] peopleTo = new Integer[n];
    List<String> fields = new ArrayList<>();
    Integer[] fieldsFrom = new Integer[n];
    Integer[] fieldsTo = new Integer[n];
    String[] purposes = new String[n];
    String[] ips = new String[n];
    String[] details = new String[n];
    for (int i = 0; i < n; i++) {
      AccessRecord r = records.get(i);
      at[i] = OffsetDateTime.ofInstant(r.at(), ZoneOffset.UTC);
      users[i] = r.userId();
      roles[i] = r.role();
      kinds[i] = r.kind();
      peopleFrom[i] = people.size() + 1; // PostgreSQL arrays start at 1; [k+1:k] is empty
      people.addAll(r.personIds());
      peopleTo[i] = people.size();
      fieldsFrom[i] = fields.size() + 1;
      fields.addAll(r.fields());
      fieldsTo[i] = fields.size();
      purposes[i] = r.purpose();
      ips[i] = r.clientIp();
      details[i] = r.detail() == null ? null : r.detail().encode();
    }
    return Tuple.from(new Object[] {at, users, roles, kinds, people.toArray(UUID[]::new), peopleFrom, peopleTo,
        fields.toArray(String[]::new), fieldsFrom, fieldsTo, purposes, ips, details});
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
