package id.ngopeni.api.decree;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.decree.NotReverified;
import id.ngopeni.domain.decree.Reverification;
import id.ngopeni.domain.problem.DecreeError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.decree.CohortFacts;
import id.ngopeni.persistence.decree.DecreeRepository;
import id.ngopeni.persistence.decree.NotReverifiedWorker;
import id.ngopeni.persistence.decree.ReverificationRepository;
import id.ngopeni.persistence.decree.ReverificationRun;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The yearly re-verification of a decree's cohort: every worker still in it is checked against
 * the registry as it stands (a recorded death, the category, the area, the DTSEN decile against
 * the source's policy) in one transaction, and the results are kept, so next year's decree can
 * be made from those who passed and the office holds the list of those who did not, with why
 * (each page of it on record in the access log as a search).
 */
public record ReverificationService(AppContext context, DecreeRepository decrees, ReverificationRepository runs,
    ReadRecorder recorder) {
  Future<ReverificationRun> run(Caller caller, UUID decreeId) {
    UUID id = Ids.newId();
    return context.pool().withTransaction(tx -> decrees.find(tx, decreeId)
        .map(found -> found.orElseThrow(DecreeService::notFound))
        .compose(d -> runs.facts(tx, decreeId))
        .compose(cohort -> {
          UUID[] workers = new UUID[cohort.size()];
          String[] reasons = new String[cohort.size()];
          Map<NotReverified, Integer> counts = new EnumMap<>(NotReverified.class);
          int verified = 0;
          for (int i = 0; i < cohort.size(); i++) {
            CohortFacts f = cohort.get(i);
            List<NotReverified> why = Reverification.check(f.facts());
            workers[i] = f.workerId();
            reasons[i] = why.stream().map(Enum::name).collect(Collectors.joining(","));
            why.forEach(r -> counts.merge(r, 1, Integer::sum));
            verified += why.isEmpty() ? 1 : 0;
          }
          ReverificationRun run = new ReverificationRun(id, decreeId, cohort.size(), verified, caller.userId(), null);
          JsonObject after = new JsonObject().put("checked", run.checked()).put("verified", verified)
              .put("reasons", new JsonObject(counts.entrySet().stream()
                  .collect(Collectors.toMap(e -> e.getKey().name(), e -> (Object) e.getValue()))));
          return runs.insert(tx, run, workers, reasons)
              .compose(v -> context.audit().append(tx, new AuditEvent(caller.userId(), caller.role().name(),
                  "decree.reverified", "reverification", id.toString(), null, after.put("decreeId", decreeId.toString()))))
              .compose(seq -> runs.find(tx, id))
              .map(found -> found.orElseThrow());
        }));
  }

  Future<ReverificationRun> get(UUID id) {
    return runs.find(context.pool(), id).map(found -> found.orElseThrow(ReverificationService::notFound));
  }

  Future<List<ReverificationRun>> ofDecree(UUID decreeId) {
    return decrees.find(context.pool(), decreeId).map(found -> found.orElseThrow(DecreeService::notFound))
        .compose(d -> runs.ofDecree(context.pool(), decreeId));
  }

  Future<Slice<NotReverifiedWorker>> notReverified(Reader who, UUID id, UUID after, int limit) {
    return get(id).compose(run -> runs.notReverified(context.pool(), id, after, limit))
        .compose(page -> recorder.search(who, page.items(), NotReverifiedWorker::workerId, DecreeJson.SHOWN).map(page));
  }

  static NotFound notFound() {
    return new NotFound(DecreeError.REVERIFICATION_NOT_FOUND);
  }
}
