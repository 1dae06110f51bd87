package id.ngopeni.api.audit;

import id.ngopeni.api.audit.AuditCheckpoints.Checkpoint;
import id.ngopeni.persistence.audit.AuditEntry;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reading the audit trail and checking it: the keyed chain recomputed entry by entry, then held
 * against the latest signed checkpoint kept outside the database. Writes happen inside every other
 * use case; checkpoints are written by the wiring room at start and then periodically.
 */
public record AuditService(SqlClient db, AuditLog audit, AuditCheckpoints checkpoints) {
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

  /** Newest first, optionally of one entity type and id, before the entry {@code beforeSeq}. */
  public Future<Slice<AuditEntry>> list(String entityType, String entityId, Long beforeSeq, int limit) {
    return audit.list(db, entityType, entityId, beforeSeq, limit);
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
