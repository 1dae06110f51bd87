package id.ngopeni.api.privacy;

import id.ngopeni.persistence.privacy.AccessLogRepository;
import id.ngopeni.persistence.privacy.AccessRecord;
import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;

/**
 * Access records of hot reads, committed in groups: a record is sent at once when nothing is in
 * flight; records that arrive (on any event loop) while a group is being committed wait and go
 * together as the next group — one INSERT of many rows, one commit. A read is still answered only
 * once its record is committed, so nothing is answered off the record; an idle server adds no
 * delay, a busy one sends one statement per group instead of one transaction per read. One lane
 * for the whole instance (not one per event loop) makes the groups as large as the load allows:
 * a row in a group costs a fraction of a statement of its own. Each reader is answered on its own
 * Vert.x context.
 */
final class GroupCommit {
  /** At most this many records in one group; the rest wait for the next. */
  static final int MAX_GROUP = 256;

  private final SqlClient db;
  private final AccessLogRepository log;
  private List<AccessRecord> records = new ArrayList<>();
  private List<Answer> waiting = new ArrayList<>();
  private boolean inFlight;

  GroupCommit(SqlClient db, AccessLogRepository log) {
    this.db = db;
    this.log = log;
  }

  /** Whom to tell, and on which context, that a record is committed. */
  private record Answer(Promise<Void> promise, Context context) {
    void complete(AsyncResult<Void> result) {
      if (context == null) {
        promise.handle(result);
      } else {
        context.runOnContext(v -> promise.handle(result));
      }
    }
  }

  Future<Void> append(AccessRecord record) {
    Promise<Void> done = Promise.promise();
    synchronized (this) {
      records.add(record);
      waiting.add(new Answer(done, Vertx.currentContext()));
      if (!inFlight) {
        send();
      }
    }
    return done.future();
  }

  /** Sends the first group; called holding the lock. */
  private void send() {
    int n = Math.min(records.size(), MAX_GROUP);
    List<AccessRecord> group = new ArrayList<>(records.subList(0, n));
    List<Answer> answers = new ArrayList<>(waiting.subList(0, n));
    records = new ArrayList<>(records.subList(n, records.size()));
    waiting = new ArrayList<>(waiting.subList(n, waiting.size()));
    inFlight = true;
    Future<Void> sent;
    try {
      sent = log.appendAll(db, group);
    } catch (RuntimeException e) { // never leave the lane in flight forever
      sent = Future.failedFuture(e);
    }
    sent.onComplete(result -> {
      synchronized (this) {
        inFlight = false;
        if (!records.isEmpty()) {
          send();
        }
      }
      answers.forEach(a -> a.complete(result));
    });
  }
}
