package id.ngopeni.persistence.subject;

import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** One statement with the worker's id as its only parameter, its rows mapped: the report's per-person reads. */
final class PerWorker {
  private PerWorker() {}

  static <T> Future<List<T>> list(SqlClient db, String sql, UUID workerId, Function<Row, T> map) {
    return db.preparedQuery(sql).execute(Tuple.of(workerId)).map(rows -> {
      List<T> out = new ArrayList<>();
      rows.forEach(r -> out.add(map.apply(r)));
      return out;
    });
  }

  static <T> Future<Optional<T>> one(SqlClient db, String sql, UUID workerId, Function<Row, T> map) {
    return list(db, sql, workerId, map).map(all -> all.stream().findFirst());
  }

  static List<String> strings(Row r, String column) {
    String[] values = r.getArrayOfStrings(column);
    return values == null ? List.of() : List.of(values);
  }
}
