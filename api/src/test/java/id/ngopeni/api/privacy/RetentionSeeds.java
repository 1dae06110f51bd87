package id.ngopeni.api.privacy;

import id.ngopeni.api.testing.Sealed;
import id.ngopeni.domain.Ids;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Records of every retention kind written straight into the tables (as the owner), dated a day
 * either side of their period's end: what retention must take, and what it must leave.
 */
final class RetentionSeeds {
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Pool db;
  private final Sealed sealed;
  private final UUID admin;

  RetentionSeeds(Pool db, Sealed sealed) {
    this.db = db;
    this.sealed = sealed;
    this.admin = db.query("SELECT id FROM app_user WHERE username = 'admin'").execute().await().iterator().next()
        .getUUID("id");
  }

  static OffsetDateTime daysAgo(double days) {
    return OffsetDateTime.ofInstant(Instant.now().minus(Duration.ofMinutes((long) (days * 24 * 60))), ZoneOffset.UTC);
  }

  /** A finished import with {@code errors} refused rows and, if {@code file}, a chunk of its file left. */
  UUID finishedImport(double daysAgo, int errors, boolean file) {
    UUID id = Ids.newId();
    db.preparedQuery("""
        INSERT INTO worker_import (id, status, format, created_by, created_by_role, finished_at)
        VALUES ($1, 'DONE', 'CSV', $2, 'ADMIN', $3)""").execute(Tuple.of(id, admin, daysAgo(daysAgo))).await();
    for (int i = 0; i < errors; i++) {
      db.preparedQuery("""
          INSERT INTO worker_import_error (import_id, row_number, ordinal, field, code, message)
          VALUES ($1, $2, 0, 'nik', 'nik_length', 'A NIK has 16 digits.')""").execute(Tuple.of(id, i + 2)).await();
    }
    if (file) {
      db.preparedQuery("INSERT INTO worker_import_chunk (import_id, seq, data) VALUES ($1, 0, $2)")
          .execute(Tuple.of(id, Buffer.buffer("nik,full_name\n"))).await();
    }
    return id;
  }

  /** Marks a worker removed (merged into {@code into}, or deleted when null) that many days ago. */
  void removed(UUID worker, UUID into, double daysAgo) {
    db.preparedQuery("""
        INSERT INTO worker_removal (worker_id, reason, merged_into, removed_by, removed_at) VALUES ($1, $2, $3, $4, $5)""")
        .execute(Tuple.of(worker, into == null ? "DELETED" : "DUPLICATE", into, admin, daysAgo(daysAgo))).await();
  }

  /** Something else naming the worker (a recorded death): the registration cannot go. */
  void death(UUID worker) {
    db.preparedQuery("INSERT INTO worker_death (worker_id, death_date, source) VALUES ($1, $2, 'REGISTRY')")
        .execute(Tuple.of(worker, LocalDate.now().minusYears(6))).await();
  }

  /** A claim in {@code status}, last changed that many days ago, with open follow-up flags if given. */
  UUID claim(UUID worker, String status, double daysAgo, String... followUp) {
    UUID id = Ids.newId();
    db.preparedQuery("""
        INSERT INTO claim (id, worker_id, type, incident_date, description, status, eligibility, eligible,
                           entitlement_lines, entitlement_total, required_documents, rejection_reason, follow_up,
                           created_by, created_at, updated_at)
        VALUES ($1, $2, 'JKM_DEATH', $3, 'Meninggal dunia', $4, '{"eligible": true, "reasons": []}'::jsonb, true, '[]'::jsonb, 0, '{}', $5, $6, $7, $8, $8)""")
        .execute(Tuple.tuple().addUUID(id).addUUID(worker).addLocalDate(LocalDate.now().minusYears(6)).addString(status)
            .addString(status.equals("REJECTED") ? "Bukan peserta" : null).addArrayOfString(followUp)
            .addUUID(admin).addOffsetDateTime(daysAgo(daysAgo))).await();
    return id;
  }

  /** A scanned document of the claim; returns its id. */
  UUID document(UUID claim) {
    UUID id = Ids.newId();
    byte[] bytes = new byte[64];
    RANDOM.nextBytes(bytes);
    db.preparedQuery("""
        INSERT INTO claim_document (id, claim_id, kind, content_type, size, sha256, content, uploaded_by)
        VALUES ($1, $2, 'KTP_MEMBER', 'image/png', $3, $4, $5, $6)""")
        .execute(Tuple.of(id, claim, bytes.length, sha256(bytes), sealed.document(id, bytes), admin)).await();
    return id;
  }

  /** A refresh token of the admin that expired that many days ago; returns its hash in hex. */
  String expiredToken(double daysAgo) {
    byte[] hash = new byte[32];
    RANDOM.nextBytes(hash);
    db.preparedQuery("""
        INSERT INTO refresh_token (token_hash, family_id, user_id, issued_at, expires_at)
        VALUES ($1, $2, $3, $4 - interval '14 days', $4)""")
        .execute(Tuple.of(Buffer.buffer(hash), UUID.randomUUID(), admin, daysAgo(daysAgo))).await();
    return HexFormat.of().formatHex(hash);
  }

  /** Failed-login counters of a username and an address whose last failure was that many days ago. */
  void failedLogins(String username, String address, double daysAgo) {
    Tuple args = Tuple.of(username, address, daysAgo(daysAgo));
    db.preparedQuery("INSERT INTO login_throttle (username, failures, last_failure_at) VALUES ($1, 3, $3)")
        .execute(args).await();
    db.preparedQuery("""
        INSERT INTO login_throttle_source (username, address, failures, last_failure_at) VALUES ($1, $2, 3, $3)""")
        .execute(args).await();
    db.preparedQuery("INSERT INTO login_throttle_address (address, failures, last_failure_at) VALUES ($2, 3, $3)")
        .execute(args).await();
  }

  /** A read of {@code people} recorded that many days ago; returns its id. */
  long read(double daysAgo, UUID... people) {
    return db.preparedQuery("""
        INSERT INTO personal_data_access (at, user_id, role, kind, person_ids, fields, client_ip)
        VALUES ($1, $2, 'OPERATOR', 'DETAIL', $3, ARRAY['name'], '10.20.30.40') RETURNING id""")
        .execute(Tuple.of(daysAgo(daysAgo), admin, people)).await().iterator().next().getLong("id");
  }

  long count(String sql) {
    return db.query(sql).execute().await().iterator().next().getLong(0);
  }

  /** The tombstones' digest of these ids: SHA-256 over them sorted, one per line. */
  static String digest(List<String> ids) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (String id : ids.stream().sorted().toList()) {
      sha.update((id + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
