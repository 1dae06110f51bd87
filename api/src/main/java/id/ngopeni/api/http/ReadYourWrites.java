package id.ngopeni.api.http;

import id.ngopeni.persistence.db.ReplicaReads;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * The request side of the read replica's staleness rule ({@link ReplicaReads}): binds the caller
 * to the request, and marks a request that may write (any method but GET, HEAD and OPTIONS) from
 * its start to its end, so the caller's reads go to the primary until the replica holds what the
 * request committed. Mounted right after the access-token check; without a replica it only passes on.
 */
public record ReadYourWrites(ReplicaReads replicas) implements Handler<RoutingContext> {
  @Override
  public void handle(RoutingContext ctx) {
    if (replicas.configured()) {
      UUID user = Caller.of(ctx).userId();
      HttpMethod method = ctx.request().method();
      boolean writes = method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
      replicas.enter(user, writes);
      if (writes) {
        ctx.addEndHandler(done -> replicas.wrote(user));
      }
    }
    ctx.next();
  }
}
