package id.ngopeni.api;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.platform.Feature;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.reference.ReferenceRoutes;
import id.ngopeni.api.reference.ReferenceService;
import id.ngopeni.api.worker.DuplicateReviewRoutes;
import id.ngopeni.api.worker.DuplicateReviewService;
import id.ngopeni.api.worker.HeirService;
import id.ngopeni.api.worker.ImportDuplicateCheck;
import id.ngopeni.api.worker.WorkerExport;
import id.ngopeni.api.worker.WorkerReveal;
import id.ngopeni.api.worker.WorkerRoutes;
import id.ngopeni.api.worker.WorkerService;
import id.ngopeni.api.worker.WorkerSheet;
import id.ngopeni.api.worker.importing.ImportPoller;
import id.ngopeni.api.worker.importing.ImportRoutes;
import id.ngopeni.api.worker.importing.ImportRunner;
import id.ngopeni.api.worker.importing.ImportService;
import id.ngopeni.api.worker.importing.ImportTemplateRoutes;
import id.ngopeni.api.worker.importing.ImportTemplateService;
import id.ngopeni.persistence.reference.ReferenceRepository;
import id.ngopeni.persistence.reference.RegionRepository;
import id.ngopeni.persistence.report.ReportRepository;
import id.ngopeni.persistence.subject.RestrictionRepository;
import id.ngopeni.persistence.worker.DuplicateReviewRepository;
import id.ngopeni.persistence.worker.HeirRepository;
import id.ngopeni.persistence.worker.WorkerRepository;
import id.ngopeni.persistence.worker.importing.ImportDuplicateRepository;
import id.ngopeni.persistence.worker.importing.ImportRepository;
import java.util.List;
import java.util.UUID;

/**
 * The wiring of the worker registry, beside {@link Features}: workers and heirs, the duplicate
 * review queue, reference data, the export and the bulk import (with this instance's poller).
 */
final class WorkerFeatures {
  private WorkerFeatures() {}

  /** Workers, heirs, reference data, the export and bulk import (with this instance's poller). */
  static void add(AppContext context, List<Feature> features, ReadRecorder recorder) {
    RegionRepository regions = new RegionRepository();
    ReferenceRepository reference = new ReferenceRepository();
    WorkerRepository workers = new WorkerRepository(context.crypto());
    features.add(new ReferenceRoutes(new ReferenceService(context, regions, reference)));
    HeirRepository heirs = new HeirRepository(context.crypto());
    DuplicateReviewRepository reviews = new DuplicateReviewRepository(workers);
    features.add(new WorkerRoutes(
        new WorkerService(context, workers, regions, reference, recorder, reviews),
        new HeirService(context, workers, heirs, recorder),
        new WorkerExport(context, workers, recorder, new RestrictionRepository()),
        new WorkerSheet(context, workers, new ReportRepository(context.crypto().cipher()), new RestrictionRepository(),
            recorder),
        new WorkerReveal(context.pool(), workers, heirs, recorder),
        recorder));
    features.add(new DuplicateReviewRoutes(new DuplicateReviewService(context, reviews, recorder), recorder));

    ImportRepository imports = new ImportRepository(context.crypto().cipher());
    String owner = UUID.randomUUID().toString();
    ImportRunner runner = new ImportRunner(context, imports, workers, regions, reference, owner, ImportRoutes.BATCH_SIZE);
    ImportDuplicateCheck duplicateCheck =
        new ImportDuplicateCheck(context, new ImportDuplicateRepository(context.crypto()), reviews);
    ImportPoller poller = new ImportPoller(context.pool(), imports, runner, owner, ImportRoutes.POLL_MILLIS,
        context.config().importDuplicateCheck() ? duplicateCheck::step : null);
    context.vertx().deployVerticle(poller).await();
    features.add(new ImportTemplateRoutes(new ImportTemplateService(context, regions, reference)));
    features.add(new ImportRoutes(new ImportService(context, imports, poller), ImportRoutes.MAX_UPLOAD_BYTES));
  }

}
