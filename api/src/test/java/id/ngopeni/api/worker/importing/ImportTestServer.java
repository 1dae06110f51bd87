package id.ngopeni.api.worker.importing;

import id.ngopeni.api.testing.Sealed;
import id.ngopeni.api.testing.TestServer;
import io.vertx.core.buffer.Buffer;
import id.ngopeni.domain.worker.WorkerDraft;
import id.ngopeni.persistence.db.Pools;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.List;

/** A test server on a fresh database, a pool for looking into it, and an admin token. */
final class ImportTestServer implements AutoCloseable {
  final TestServer server;
  final Pool db;
  final String admin;

  ImportTestServer(String hint) {
    server = new TestServer(hint);
    db = Pools.create(server.clientVertx, server.database, 2);
    admin = server.adminToken();
  }

  /** How many of these rows' NIKs are registered. */
  long registered(List<WorkerDraft> rows) {
    return db.preparedQuery("SELECT count(*) FROM worker WHERE nik_hash = ANY($1)")
        .execute(Tuple.tuple().addArrayOfBuffer(hashes(rows.stream().map(WorkerDraft::nik).toList())))
        .await().iterator().next().getLong(0);
  }

  /** The blind indexes the worker table finds these NIKs by. */
  Buffer[] hashes(java.util.Collection<String> niks) {
    Sealed sealed = Sealed.of(server);
    return niks.stream().map(n -> sealed.nikHash(n.strip())).toArray(Buffer[]::new);
  }

  /** The NIK of a worker, opened from its sealed column. */
  String nikOf(java.util.UUID workerId) {
    return Sealed.of(server).nikOf(db, workerId);
  }

  long count(String sql) {
    return db.query(sql).execute().await().iterator().next().getLong(0);
  }

  @Override
  public void close() {
    db.close().await();
    server.close();
  }
}
