package id.ngopeni.persistence.db;

import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Rows sent as one array per column, for {@code INSERT … SELECT … FROM unnest($1::type[], …)}: a
 * whole batch in one statement and one round trip.
 */
public final class ColumnArrays {
  private ColumnArrays() {}

  /** The {@code value} of every row, in the rows' order, as an array made by {@code array}. */
  public static <R, C> C[] of(List<R> rows, Function<R, C> value, IntFunction<C[]> array) {
    C[] column = array.apply(rows.size());
    for (int i = 0; i < column.length; i++) {
      column[i] = value.apply(rows.get(i));
    }
    return column;
  }
}
