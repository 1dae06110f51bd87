package id.ngopeni.persistence.worker;

import io.vertx.sqlclient.Tuple;

/** Workers ready to insert: their columns as arrays, identifiers already sealed ({@link SealedInserts#seal}). */
public record SealedWorkers(int size, Tuple columns) {
  @Override
  public String toString() {
    return "SealedWorkers[size=" + size + "]";
  }
}
