package id.ngopeni.api.audit;

import id.ngopeni.persistence.audit.AuditEntry;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.db.Slice;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;

/** Reading the audit trail and checking its chain. Writes happen inside every other use case. */
public final class AuditService {
  private final SqlClient db;
  private final AuditLog audit;

  public AuditService(SqlClient db, AuditLog audit) {
    this.db = db;
    this.audit = audit;
  }

  /** Newest first, optionally of one entity type and id, before the entry {@code beforeSeq}. */
  public Future<Slice<AuditEntry>> list(String entityType, String entityId, Long beforeSeq, int limit) {
    return audit.list(db, entityType, entityId, beforeSeq, limit);
  }

  public Future<AuditLog.Verification> verify() {
    return audit.verify(db);
  }
}
