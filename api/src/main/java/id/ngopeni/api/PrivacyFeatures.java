package id.ngopeni.api;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.BreachRoutes;
import id.ngopeni.api.privacy.BreachService;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.RetentionJob;
import id.ngopeni.api.privacy.RetentionRoutes;
import id.ngopeni.api.privacy.RetentionSettings;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.privacy.BreachRepository;
import id.ngopeni.persistence.privacy.RetentionBatches;
import id.ngopeni.persistence.privacy.RetentionPeriodStore;
import id.ngopeni.persistence.privacy.RetentionRepository;
import id.ngopeni.persistence.user.UserRepository;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The wiring of retention and the breach register (issue 17, items 5 and 6), beside {@link
 * Features}: the retention job (armed daily) and its route, the breach register, and an audit
 * entry when this instance's configuration changed a stored retention period.
 */
final class PrivacyFeatures {
  private PrivacyFeatures() {}

  static void add(AppContext context, List<Feature> features, ReadRecorder recorder, UserRepository users,
      RetentionSettings retention, List<RetentionPeriodStore.Change> periodChanges) {
    if (!periodChanges.isEmpty()) {
      JsonObject before = new JsonObject();
      JsonObject after = new JsonObject();
      periodChanges.forEach(c -> {
        before.put(c.kind(), c.before());
        after.put(c.kind(), c.after());
      });
      context.pool().withTransaction(tx -> context.audit().append(tx, new AuditEvent(null, null,
          "retention.periods_set", "retention_period", "configuration", before, after))).await();
    }
    RetentionJob job = new RetentionJob(context, new RetentionRepository(), new RetentionBatches(), retention.batchSize());
    job.schedule();
    features.add(new RetentionRoutes(job));
    features.add(new BreachRoutes(new BreachService(context, new BreachRepository(), users, recorder), recorder,
        context.vertx(), context.clock()));
  }
}
