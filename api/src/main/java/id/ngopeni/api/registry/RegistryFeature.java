package id.ngopeni.api.registry;

import id.ngopeni.api.AppContext;
import id.ngopeni.api.Feature;
import id.ngopeni.persistence.registry.HeirRepository;
import id.ngopeni.persistence.registry.ReferenceRepository;
import id.ngopeni.persistence.registry.RegionRepository;
import id.ngopeni.persistence.registry.WorkerRepository;
import io.vertx.ext.web.Router;

/** The worker registry: reference data, workers, heirs and the export. */
public final class RegistryFeature implements Feature {
  private final ReferenceRoutes reference;
  private final WorkerRoutes workers;

  public RegistryFeature(AppContext context) {
    RegionRepository regions = new RegionRepository();
    ReferenceRepository referenceData = new ReferenceRepository();
    WorkerRepository workerRepository = new WorkerRepository();
    this.reference = new ReferenceRoutes(context, regions, referenceData);
    this.workers = new WorkerRoutes(
        new WorkerService(context, workerRepository, regions, referenceData),
        new HeirService(context, workerRepository, new HeirRepository()),
        new WorkerExport(context, workerRepository));
  }

  @Override
  public void mount(Router api) {
    reference.mount(api);
    workers.mount(api);
  }
}
