package id.ngopeni.api;

import id.ngopeni.api.platform.Feature;

import id.ngopeni.api.auth.AuthRoutes;
import id.ngopeni.api.auth.Sessions;
import id.ngopeni.api.auth.TokenService;
import id.ngopeni.api.http.Idempotency;
import id.ngopeni.api.http.ReadYourWrites;
import id.ngopeni.api.ops.OpsRoutes;
import java.util.List;

/** The routes and services of one instance, shared by all its event loops. */
public record Services(TokenService tokens, Sessions sessions, AuthRoutes auth, OpsRoutes ops, Idempotency idempotency, List<Feature> features,
    ReadYourWrites readYourWrites) {
  public Services {
    features = List.copyOf(features);
  }
}
