package id.ngopeni.persistence.reference;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SQL for the region reference data (province → regency → kecamatan → kelurahan). */
public final class RegionRepository {
  /** Kecamatan with their regency's name, each followed by its kelurahan, in code order. */
  private static final String KECAMATAN_WITH_KELURAHAN =
      """
      SELECT k.code AS k_code, k.name AS k_name, k.parent_code AS k_parent, r.name AS r_name,
             l.code AS l_code, l.name AS l_name
      FROM region k LEFT JOIN region r ON r.code = k.parent_code
        LEFT JOIN region l ON l.parent_code = k.code AND l.level = 'KELURAHAN'
      WHERE k.level = 'KECAMATAN'
      ORDER BY k.code, l.code
      """;

  private static final String EXISTING = "SELECT code FROM region WHERE code = ANY($1::text[])";

  private static final String LEVEL = "SELECT level FROM region WHERE code = $1";

  private static final String KELURAHAN_CODES = "SELECT code FROM region WHERE level = 'KELURAHAN'";

  /**
   * One statement for the whole file: foreign keys are checked at its end, so parents and their
   * children may come in any order. Level and parent follow from the code, so an existing row
   * only ever gets a new name.
   */
  private static final String UPSERT =
      """
      INSERT INTO region (code, level, name, parent_code)
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
      ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name
      RETURNING (xmax = 0) AS inserted
      """;

  /** A kecamatan, the regency it lies in (code and name) and its kelurahan. */
  public record Kecamatan(String code, String name, String regencyCode, String regencyName, List<Region> kelurahan) {}

  /** How many rows an upsert created and how many it renamed (or left as they were). */
  public record UpsertCount(int inserted, int updated) {}

  public Future<List<Kecamatan>> kecamatanWithKelurahan(SqlClient db) {
    return db.query(KECAMATAN_WITH_KELURAHAN).execute().map(rows -> {
      List<Kecamatan> out = new ArrayList<>();
      Kecamatan current = null;
      for (Row r : rows) {
        if (current == null || !current.code().equals(r.getString("k_code"))) {
          current = new Kecamatan(r.getString("k_code"), r.getString("k_name"), r.getString("k_parent"),
              r.getString("r_name"), new ArrayList<>());
          out.add(current);
        }
        if (r.getString("l_code") != null) {
          current.kelurahan().add(new Region(r.getString("l_code"), "KELURAHAN", r.getString("l_name"), current.code()));
        }
      }
      return out;
    });
  }

  /** Which of these codes are already stored. */
  public Future<Set<String>> existing(SqlClient db, List<String> codes) {
    return db.preparedQuery(EXISTING).execute(Tuple.tuple().addArrayOfString(codes.toArray(String[]::new)))
        .map(RegionRepository::codes);
  }

  /** Every stored kelurahan's code (a city has a few hundred). */
  public Future<Set<String>> kelurahanCodes(SqlClient db) {
    return db.query(KELURAHAN_CODES).execute().map(RegionRepository::codes);
  }

  /** The stored region's level (PROVINCE, REGENCY, KECAMATAN, KELURAHAN); empty when there is none. */
  public Future<Optional<String>> level(SqlClient db, String code) {
    return db.preparedQuery(LEVEL).execute(Tuple.of(code))
        .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("level")));
  }

  public Future<Boolean> isKelurahan(SqlClient db, String code) {
    return level(db, code).map(level -> level.filter("KELURAHAN"::equals).isPresent());
  }

  public Future<UpsertCount> upsert(SqlClient tx, List<Region> regions) {
    Tuple params = Tuple.tuple()
        .addArrayOfString(regions.stream().map(Region::code).toArray(String[]::new))
        .addArrayOfString(regions.stream().map(Region::level).toArray(String[]::new))
        .addArrayOfString(regions.stream().map(Region::name).toArray(String[]::new))
        .addArrayOfString(regions.stream().map(Region::parentCode).toArray(String[]::new));
    return tx.preparedQuery(UPSERT).execute(params).map(rows -> {
      int inserted = 0;
      for (Row r : rows) {
        inserted += r.getBoolean(0) ? 1 : 0;
      }
      return new UpsertCount(inserted, rows.size() - inserted);
    });
  }

  private static Set<String> codes(RowSet<Row> rows) {
    Set<String> codes = new HashSet<>();
    rows.forEach(r -> codes.add(r.getString(0)));
    return codes;
  }
}
