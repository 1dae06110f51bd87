package id.ngopeni.api.platform;

import io.vertx.ext.web.Router;

/**
 * One business capability's routes (users, registry, coverage, claims…). Features are built
 * once per instance in {@link Application} from the shared {@link AppContext} and mounted
 * behind bearer authentication; each checks roles and scope itself.
 */
public interface Feature {
  void mount(Router api);
}
