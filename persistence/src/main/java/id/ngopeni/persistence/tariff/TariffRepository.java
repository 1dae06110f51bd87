package id.ngopeni.persistence.tariff;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.tariff.Contribution;
import id.ngopeni.domain.tariff.Tariff;
import id.ngopeni.domain.tariff.TariffBook;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** SQL for tariffs. The table is small: every premium loads the whole book. */
public final class TariffRepository {
  private static final String ALL =
      """
      SELECT id, program, valid_from, valid_to, funding_source, sector, kind, rate_basis_points, minimum, maximum,
             flat_amount, discount_percent
      FROM tariff
      ORDER BY array_position(ARRAY['JKK', 'JKM', 'JHT'], program), valid_from, funding_source NULLS FIRST,
               sector NULLS FIRST
      """;

  /** Taken by the one writer so that two concurrent additions cannot both pass the overlap check. */
  private static final String LOCK = "LOCK TABLE tariff IN SHARE ROW EXCLUSIVE MODE";

  private static final String INSERT =
      """
      INSERT INTO tariff (id, program, valid_from, valid_to, funding_source, kind, rate_basis_points, minimum, maximum,
                          flat_amount, created_by, sector, discount_percent)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
      """;

  public Future<List<StoredTariff>> all(SqlClient db) {
    return db.preparedQuery(ALL).execute().map(rows -> {
      List<StoredTariff> out = new ArrayList<>();
      rows.forEach(r -> out.add(new StoredTariff(r.getUUID("id"), toTariff(r))));
      return out;
    });
  }

  public Future<TariffBook> book(SqlClient db) {
    return all(db).map(list -> new TariffBook(list.stream().map(StoredTariff::tariff).toList()));
  }

  public Future<Void> lockForChange(SqlClient tx) {
    return tx.query(LOCK).execute().mapEmpty();
  }

  public Future<Void> insert(SqlClient tx, UUID id, Tariff t, UUID createdBy) {
    Tuple row = Tuple.tuple().addUUID(id).addString(t.program().name()).addLocalDate(t.validFrom())
        .addLocalDate(t.validTo()).addString(t.fundingSource() == null ? null : t.fundingSource().name());
    if (t.contribution() instanceof Contribution.Rate rate) {
      row.addString("RATE").addLong(rate.basisPoints()).addLong(amount(rate.minimum())).addLong(amount(rate.maximum()))
          .addLong(null);
    } else {
      Contribution.Flat flat = (Contribution.Flat) t.contribution();
      row.addString("FLAT").addLong(null).addLong(null).addLong(null).addLong(flat.amount().amount());
    }
    row.addUUID(createdBy).addString(t.sector() == null ? null : t.sector().name()).addInteger(t.discountPercent());
    return tx.preparedQuery(INSERT).execute(row).mapEmpty();
  }

  private static Long amount(Rupiah r) {
    return r == null ? null : r.amount();
  }

  private static Rupiah rupiah(Long value) {
    return value == null ? null : Rupiah.of(value);
  }

  private static Tariff toTariff(Row r) {
    Contribution contribution = "FLAT".equals(r.getString("kind"))
        ? new Contribution.Flat(Rupiah.of(r.getLong("flat_amount")))
        : new Contribution.Rate(r.getLong("rate_basis_points"), rupiah(r.getLong("minimum")), rupiah(r.getLong("maximum")));
    String source = r.getString("funding_source");
    String sector = r.getString("sector");
    return new Tariff(Program.valueOf(r.getString("program")), r.getLocalDate("valid_from"), r.getLocalDate("valid_to"),
        source == null ? null : FundingSource.valueOf(source), sector == null ? null : Sector.valueOf(sector),
        contribution, r.getInteger("discount_percent"));
  }
}
