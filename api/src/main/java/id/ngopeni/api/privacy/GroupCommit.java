package id.ngopeni.api.privacy;

import id.ngopeni.persistence.privacy.AccessLogRepository;
import id.ngopeni.persistence.privacy.AccessRecord;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access records of hot reads, committed in groups: per event-loop thread, a record is sent at
 * once when nothing is in flight; records that arrive while a group is being committed wait and
 * go together as the next group (one round trip, one commit). A read is still answered only once
 * its record is committed, so nothing is answered off the record; an idle server adds no delay,
 * a busy one sends one insert batch instead of one transaction per read.
 */
final class GroupCommit {
  /** At most this many records in one group; the rest wait for the next. */
  static final int MAX_GROUP = 256;

  private final SqlClient db;
  private final AccessLogRepository log;
  private final Map<Thread, Lane> lanes = new ConcurrentHashMap<>();

  GroupCommit(SqlClient db, AccessLogRepository log) {
    this.db = db;
    this.log = log;
  }

  Future<Void> append(AccessRecord record) {
    return lanes.computeIfAbsent(Thread.currentThread(), t -> new Lane()).add(record);
  }

  /**
   * One thread's records. The SQL client completes on the caller's context, so a lane is used by
   * one event loop; it is synchronized anyway, so a completion elsewhere cannot corrupt it.
   */
  private final class Lane {
    private List<AccessRecord> records = new ArrayList<>();
    private List<Promise<Void>> waiting = new ArrayList<>();
    private boolean inFlight;

    Future<Void> add(AccessRecord record) {
      Promise<Void> done = Promise.promise();
      synchronized (this) {
        records.add(record);
        waiting.add(done);
        if (!inFlight) {
          send();
        }
      }
      return done.future();
    }

    /** Sends the first group; called holding the lane. */
    private void send() {
      int n = Math.min(records.size(), MAX_GROUP);
      List<AccessRecord> group = new ArrayList<>(records.subList(0, n));
      List<Promise<Void>> answers = new ArrayList<>(waiting.subList(0, n));
      records = new ArrayList<>(records.subList(n, records.size()));
      waiting = new ArrayList<>(waiting.subList(n, waiting.size()));
      inFlight = true;
      log.appendAll(db, group).onComplete(result -> {
        synchronized (this) {
          inFlight = false;
          if (!records.isEmpty()) {
            send();
          }
        }
        answers.forEach(p -> p.handle(result));
      });
    }
  }
}
