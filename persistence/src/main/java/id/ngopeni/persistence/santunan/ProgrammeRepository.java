package id.ngopeni.persistence.santunan;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.santunan.EventKind;
import id.ngopeni.domain.santunan.Programme;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** SQL for santunan programmes. */
public final class ProgrammeRepository {
  private static final String COLUMNS =
      """
      id, name, regulation_number, regulation_date, effective_from, effective_to, categories, membership_sources,
      requires_active_membership, amounts, budget_year, budget_source, budget_ceiling, version""";

  private static final String INSERT =
      """
      INSERT INTO santunan_programme (id, name, regulation_number, regulation_date, effective_from, effective_to,
        categories, membership_sources, requires_active_membership, amounts, budget_year, budget_source,
        budget_ceiling, created_by, created_at, updated_by, updated_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $14, $15)
      """;

  private static final String UPDATE =
      """
      UPDATE santunan_programme SET name = $2, regulation_number = $3, regulation_date = $4, effective_from = $5,
        effective_to = $6, categories = $7, membership_sources = $8, requires_active_membership = $9, amounts = $10,
        budget_year = $11, budget_source = $12, budget_ceiling = $13, updated_by = $14, updated_at = $15,
        version = version + 1
      WHERE id = $1 AND version = $16
      """;

  private static final String FIND = "SELECT " + COLUMNS + " FROM santunan_programme WHERE id = $1";

  private static final String LOCK = FIND + " FOR UPDATE";

  private static final String LIST = "SELECT " + COLUMNS + " FROM santunan_programme ORDER BY effective_from DESC, id";

  private static final String IN_FORCE =
      "SELECT " + COLUMNS + " FROM santunan_programme"
          + " WHERE effective_from <= $1 AND (effective_to IS NULL OR effective_to >= $1) ORDER BY id";

  public Future<Void> insert(SqlClient tx, Programme p, UUID by, Instant at) {
    return tx.preparedQuery(INSERT).execute(fields(p).addUUID(by).addOffsetDateTime(at.atOffset(ZoneOffset.UTC)))
        .mapEmpty();
  }

  /** Writes an edit if the row is still at {@code expectedVersion}; whether it did. */
  public Future<Boolean> update(SqlClient tx, Programme p, long expectedVersion, UUID by, Instant at) {
    Tuple params = fields(p).addUUID(by).addOffsetDateTime(at.atOffset(ZoneOffset.UTC)).addInteger((int) expectedVersion);
    return tx.preparedQuery(UPDATE).execute(params).map(rows -> rows.rowCount() == 1);
  }

  public Future<Optional<Programme>> find(SqlClient db, UUID id) {
    return one(db, FIND, id);
  }

  /** The programme row locked until the transaction ends: payouts of it are made one after the other. */
  public Future<Optional<Programme>> lock(SqlClient tx, UUID id) {
    return one(tx, LOCK, id);
  }

  public Future<List<Programme>> list(SqlClient db) {
    return db.preparedQuery(LIST).execute().map(ProgrammeRepository::all);
  }

  /** The programmes in force on {@code date}. */
  public Future<List<Programme>> inForce(SqlClient db, LocalDate date) {
    return db.preparedQuery(IN_FORCE).execute(Tuple.of(date)).map(ProgrammeRepository::all);
  }

  private static Future<Optional<Programme>> one(SqlClient db, String sql, UUID id) {
    return db.preparedQuery(sql).execute(Tuple.of(id)).map(rows -> {
      var it = rows.iterator();
      return it.hasNext() ? Optional.of(toProgramme(it.next())) : Optional.empty();
    });
  }

  private static Tuple fields(Programme p) {
    JsonObject amounts = new JsonObject();
    p.amounts().forEach((kind, amount) -> amounts.put(kind.name(), amount.amount()));
    return Tuple.tuple().addUUID(p.id()).addString(p.name()).addString(p.regulationNumber())
        .addLocalDate(p.regulationDate()).addLocalDate(p.effectiveFrom()).addLocalDate(p.effectiveTo())
        .addArrayOfString(p.categories().stream().sorted().toArray(String[]::new))
        .addArrayOfString(p.membershipSources().stream().map(Enum::name).sorted().toArray(String[]::new))
        .addBoolean(p.requiresActiveMembership()).addValue(amounts).addInteger(p.budgetYear())
        .addString(p.budgetSource().name()).addLong(p.budgetCeiling().amount());
  }

  private static List<Programme> all(Iterable<Row> rows) {
    List<Programme> out = new ArrayList<>();
    rows.forEach(r -> out.add(toProgramme(r)));
    return out;
  }

  private static Programme toProgramme(Row r) {
    Map<EventKind, Rupiah> amounts = new EnumMap<>(EventKind.class);
    JsonObject json = (JsonObject) r.getValue("amounts");
    json.fieldNames().forEach(k -> amounts.put(EventKind.valueOf(k), Rupiah.of(json.getLong(k))));
    Set<FundingSource> sources = Arrays.stream(r.getArrayOfStrings("membership_sources")).map(FundingSource::valueOf)
        .collect(Collectors.toSet());
    return new Programme(r.getUUID("id"), r.getString("name"), r.getString("regulation_number"),
        r.getLocalDate("regulation_date"), r.getLocalDate("effective_from"), r.getLocalDate("effective_to"),
        Set.of(r.getArrayOfStrings("categories")), sources, r.getBoolean("requires_active_membership"), amounts,
        r.getInteger("budget_year"), FundingSource.valueOf(r.getString("budget_source")),
        Rupiah.of(r.getLong("budget_ceiling")), r.getInteger("version"));
  }
}
