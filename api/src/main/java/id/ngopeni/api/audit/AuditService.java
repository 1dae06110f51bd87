package id.ngopeni.api.audit;

import id.ngopeni.api.audit.AuditCheckpoints.Checkpoint;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.report.ReportSize;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.audit.AuditQuery;
import id.ngopeni.persistence.audit.AuditRow;
import id.ngopeni.persistence.audit.AuditSearch;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reading the audit trail and checking it: pages and exports filtered by entity, person (worker
 * id, or a NIK looked up from a body), actor, action and period, each entry with its actor's name
 * and the person it is about — whose names shown are recorded in the access log — and the keyed
 * chain recomputed entry by entry, then held against the latest signed checkpoint kept outside the
 * database. Writes happen inside every other use case; checkpoints are written by the wiring room
 * at start and then periodically.
 */
public record AuditService(SqlClient db, AuditLog audit, AuditCheckpoints checkpoints, AuditSearch search,
    WorkerRepository workers, ReadRecorder recorder, java.time.Clock clock) {
  /** Now, for a file's "printed at". */
  public java.time.Instant now() {
    return clock.instant();
  }

  /** The chain's verdict and, when there is a checkpoint, how the chain stands against it. */
  public record Result(AuditLog.Verification chain, Optional<CheckpointCheck> checkpoint) {
    public boolean valid() {
      return chain.valid() && checkpoint.map(CheckpointCheck::holds).orElse(true);
    }
  }

  /** The latest checkpoint, whether its signature holds and whether the chain still has its hash at its seq. */
  public record CheckpointCheck(Checkpoint checkpoint, boolean matches) {
    public boolean holds() {
      return checkpoint.signatureValid() && matches;
    }
  }

  /** Newest first, filtered, before the entry {@code beforeSeq}; the people named are recorded as a search. */
  public Future<Slice<AuditRow>> page(Reader who, AuditQuery q, Long beforeSeq, int limit) {
    return search.page(db, q, beforeSeq, limit).compose(slice -> recorded(who, ReadKind.SEARCH, slice.items(),
        new JsonObject().put("view", "audit")).map(slice));
  }

  /** As {@link #page} for the worker holding {@code nik} (typed in a body); empty when nobody holds it. */
  public Future<Slice<AuditRow>> pageByNik(Reader who, String nik, AuditQuery q, Long beforeSeq, int limit) {
    return ofNik(nik, q, person -> page(who, person, beforeSeq, limit),
        () -> new Slice<AuditRow>(List.of(), false));
  }

  /**
   * At most {@code size}'s rows newest first for a file (refused with {@code report_too_large}
   * beyond); the people named are recorded as an export. {@code nik} may be null.
   */
  public Future<List<AuditRow>> export(Reader who, String nik, AuditQuery q, ReportSize size, String format) {
    Function<AuditQuery, Future<List<AuditRow>>> read = query -> search.rows(db, query, null, size.maxRows() + 1)
        .compose(rows -> {
          size.check(rows.size());
          return recorded(who, ReadKind.EXPORT, rows, new JsonObject().put("export", "audit").put("format", format))
              .map(rows);
        });
    return nik == null ? read.apply(q) : ofNik(nik, q, read, List::of);
  }

  /** Every user who acted in the trail. */
  public Future<List<AuditSearch.Actor>> actors() {
    return search.actors(db);
  }

  private <T> Future<T> ofNik(String nik, AuditQuery q, Function<AuditQuery, Future<T>> found,
      java.util.function.Supplier<T> nobody) {
    return workers.findByNik(db, nik).compose(worker -> worker.isEmpty() ? Future.succeededFuture(nobody.get())
        : found.apply(new AuditQuery(q.entityType(), q.entityId(), worker.get().id(), q.actorId(), q.action(), q.from(),
            q.to())));
  }

  private Future<Void> recorded(Reader who, ReadKind kind, Collection<AuditRow> rows, JsonObject detail) {
    List<UUID> people = rows.stream().filter(r -> r.workerName() != null).map(AuditRow::workerId)
        .filter(Objects::nonNull).distinct().toList();
    return recorder.record(who, kind, people, java.util.Set.of(PersonalField.NAME), null, detail);
  }

  public Future<Result> verify() {
    return audit.verify(db).compose(chain -> checkpoints.latest().compose(latest -> latest.isEmpty()
        ? Future.succeededFuture(new Result(chain, Optional.empty()))
        : audit.hashAt(db, latest.get().seq()).map(stored -> new Result(chain, Optional.of(new CheckpointCheck(
            latest.get(), stored.map(h -> Arrays.equals(h, latest.get().hash())).orElse(false)))))));
  }

  /** Signs the current head into the checkpoint file (skipped while the trail is empty). */
  public Future<Optional<Checkpoint>> checkpoint() {
    return audit.head(db).compose(head -> head.seq() == 0
        ? Future.succeededFuture(Optional.empty())
        : checkpoints.write(head.seq(), head.hash()).map(Optional::of));
  }

  /** The checkpoint file, to keep a copy elsewhere. */
  public Future<String> exportCheckpoints() {
    return checkpoints.export();
  }
}
