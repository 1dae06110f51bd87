package id.ngopeni.persistence.worker;

import id.ngopeni.persistence.crypto.BlindIndex;
import id.ngopeni.persistence.crypto.Bytes;
import io.vertx.sqlclient.Tuple;

/**
 * The WHERE clause of a worker list, count or export, built from fixed fragments with numbered
 * placeholders: values only ever travel in the {@link Tuple}. Only the filters asked for appear,
 * so each combination gets a plan that uses its index (a generic {@code $1 IS NULL OR …} plan
 * would not).
 *
 * <p>A NIK prefix goes by what the table keeps of a NIK (V43): 2 or 4 digits a range of the clear
 * region code, 6 digits the region code, 8, 10 or 12 digits the keyed prefix of that length, 16
 * digits the blind index; each index holds the id after it, so a page is read in id order.
 */
final class WorkerQuery {
  /** The latest membership of {@code w}, an active one first: the source of its coverage. */
  static final String LATEST_MEMBERSHIP =
      """
      LEFT JOIN LATERAL (
        SELECT m.id, m.status, m.funding_source, m.start_date, m.end_date FROM membership m
        WHERE m.worker_id = w.id
        ORDER BY m.status = 'ACTIVE' DESC, m.start_date DESC, m.created_at DESC
        LIMIT 1) c ON true
      """;

  static final String COVERAGE_STATUS = "(CASE WHEN c.status IN ('ACTIVE', 'LAPSED') THEN c.status ELSE 'NONE' END)";

  private final StringBuilder where = new StringBuilder("WHERE true");
  private final Tuple params = Tuple.tuple();
  private final boolean needsCoverage;

  private WorkerQuery(WorkerFilter f, BlindIndex index) {
    if (f.scope() != null) {
      params.addArrayOfString(f.scope().toArray(String[]::new));
      clause("w.kelurahan_code = ANY($%d::text[])");
    }
    if (f.kelurahan() != null) {
      add("w.kelurahan_code = $%d", f.kelurahan());
    }
    if (f.kecamatan() != null) {
      add("w.kecamatan_code = $%d", f.kecamatan());
    }
    if (f.category() != null) {
      add("w.category = $%d", f.category());
    }
    if (f.nikPrefix() != null) {
      nikPrefix(f.nikPrefix(), index);
    }
    if (f.nameKey() != null) {
      // Substring of the normalised key: the trigram GIN index answers LIKE '%…%'.
      add("w.name_key LIKE $%d", "%" + escapeLike(f.nameKey()) + "%");
    }
    needsCoverage = f.coverage() != null;
    if (needsCoverage) {
      add(COVERAGE_STATUS + " = $%d", f.coverage().name());
    }
    if (f.after() != null) {
      params.addUUID(f.after());
      clause("w.id > $%d");
    }
  }

  static WorkerQuery of(WorkerFilter filter, BlindIndex index) {
    return new WorkerQuery(filter, index);
  }

  private void nikPrefix(String prefix, BlindIndex index) {
    switch (prefix.length()) {
      case 2, 4 -> {
        // A range on the text_pattern_ops index: unlike LIKE 'x%', it is usable by a generic plan.
        add("w.nik_region ~>=~ $%d", prefix);
        add("w.nik_region ~<~ $%d", upperBound(prefix));
      }
      case 6 -> add("w.nik_region = $%d", prefix);
      case 8, 10, 12 -> {
        params.addBuffer(Bytes.buffer(index.prefix(prefix.length(), prefix)));
        clause("w.nik_p" + prefix.length() + " = $%d");
      }
      case 16 -> {
        params.addBuffer(Bytes.buffer(index.nik(prefix)));
        clause("w.nik_hash = $%d");
      }
      default -> throw new IllegalArgumentException("NIK prefixes have " + WorkerFilter.NIK_PREFIX_LENGTHS + " digits");
    }
  }

  /**
   * The rows in id order, at most {@code limit} (every row when null). A page picks its ids
   * first and reads rows and memberships for those ids only: a NIK prefix matching 3,600 workers
   * then reads one covering index (ids, no table rows) and 51 rows, instead of 3,600 rows and
   * 3,600 membership lookups before the sort (50 ms to 1.8 ms at 1,000,000 workers; see
   * docs/PERFORMANCE.md, "Search").
   */
  String select(String columns, Integer limit) {
    if (limit == null) {
      return "SELECT " + columns + " FROM worker w " + LATEST_MEMBERSHIP + where + " ORDER BY w.id";
    }
    params.addInteger(limit);
    String ids = "SELECT w.id FROM worker w " + (needsCoverage ? LATEST_MEMBERSHIP : "") + where
        + " ORDER BY w.id LIMIT $" + params.size();
    return "SELECT " + columns + " FROM (" + ids + ") page JOIN worker w ON w.id = page.id "
        + LATEST_MEMBERSHIP + " ORDER BY w.id";
  }

  String count() {
    return "SELECT count(*) FROM worker w " + (needsCoverage ? LATEST_MEMBERSHIP : "") + where;
  }

  Tuple params() {
    return params;
  }

  private void add(String fragment, String value) {
    params.addString(value);
    clause(fragment);
  }

  private void clause(String fragment) {
    where.append(" AND ").append(fragment.formatted(params.size()));
  }

  /** The smallest string greater than every string starting with {@code prefix} (digits only). */
  static String upperBound(String prefix) {
    char last = prefix.charAt(prefix.length() - 1);
    return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
