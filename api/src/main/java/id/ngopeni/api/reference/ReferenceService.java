package id.ngopeni.api.reference;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.worker.WorkerCategory;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditLog;
import id.ngopeni.persistence.reference.ReferenceRepository;
import id.ngopeni.persistence.reference.ReferenceRepository.Category;
import id.ngopeni.persistence.reference.ReferenceRepository.FundingSourceRow;
import id.ngopeni.persistence.reference.RegionRepository;
import id.ngopeni.persistence.reference.RegionRepository.Kecamatan;
import id.ngopeni.persistence.reference.RegionRepository.UpsertCount;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.List;

/** Reference data use cases: reading regions, categories and funding sources; adding a category; loading regions. */
public final class ReferenceService {
  /** A category to add, as read from JSON (fields are null when missing or of the wrong type). */
  public record NewCategory(String code, String nameId, String nameEn, Long sortOrder) {}

  private final Pool pool;
  private final AuditLog audit;
  private final RegionRepository regions;
  private final ReferenceRepository reference;
  private final RegionImport regionImport;

  public ReferenceService(AppContext context, RegionRepository regions, ReferenceRepository reference) {
    this.pool = context.pool();
    this.audit = context.audit();
    this.regions = regions;
    this.reference = reference;
    this.regionImport = new RegionImport(pool, regions, audit);
  }

  Future<List<Kecamatan>> regions() {
    return regions.kecamatanWithKelurahan(pool);
  }

  /** Loads a {@code code,name} CSV: every row or none (see {@link RegionImport}). */
  Future<UpsertCount> loadRegions(Caller caller, String csv) {
    return regionImport.load(csv, caller.userId(), caller.role().name());
  }

  Future<List<Category>> categories() {
    return reference.categories(pool);
  }

  Future<List<FundingSourceRow>> fundingSources() {
    return reference.fundingSources(pool);
  }

  /** Adds an active category and records {@code category.created}; {@code category_exists} if the code is taken. */
  Future<Category> addCategory(Caller caller, NewCategory request, Violations violations) {
    WorkerCategory.check(violations, request.code(), request.nameId(), request.nameEn(), request.sortOrder());
    violations.throwIfAny();
    int order = request.sortOrder() == null ? WorkerCategory.DEFAULT_SORT_ORDER : request.sortOrder().intValue();
    return pool.withTransaction(tx ->
        reference.insertCategory(tx, request.code(), request.nameId().strip(), request.nameEn().strip(), order)
            .compose(c -> audit.append(tx, new AuditEvent(caller.userId(), caller.role().name(), "category.created",
                    "worker_category", c.code(), null, ReferenceJson.of(c)))
                .map(seq -> c)));
  }
}
