package id.ngopeni.api.ops;

import id.ngopeni.persistence.db.ReplicaHealth;
import id.ngopeni.persistence.db.ReplicaReads;
import id.ngopeni.persistence.db.ReplicaReads.Route;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.micrometer.backends.BackendRegistries;
import java.util.Locale;

/**
 * Which pool served, on {@code /metrics} (ADMIN, AUDITOR) rather than in a response header: a
 * header would tell every client the database topology. With a replica configured:
 * {@code ngopeni_db_reads_total{pool, reason}} counts the routed reads each pool answered and why
 * (reason {@code replica}, {@code own_write}, {@code in_transaction}, {@code replica_down},
 * {@code replica_behind}, {@code replica_failed}); {@code ngopeni_db_replica_state{state}} is 1 for
 * the replica's state now; {@code ngopeni_db_replica_staleness_seconds} is how long ago the replica
 * was last known to hold every commit (-1 when unknown).
 */
public final class ReplicaMetrics {
  private ReplicaMetrics() {}

  public static void register(String registryName, ReplicaReads replicas) {
    MeterRegistry registry = BackendRegistries.getNow(registryName);
    if (registry == null || !replicas.configured()) {
      return;
    }
    for (Route route : Route.values()) {
      if (route == Route.NO_REPLICA) {
        continue;
      }
      FunctionCounter.builder("ngopeni.db.reads", replicas, r -> r.served(route))
          .description("Searches, lists, reports and exports answered, by the pool that answered and why")
          .tag("pool", route.replica() ? "replica" : "primary")
          .tag("reason", name(route))
          .register(registry);
    }
    for (ReplicaHealth.State state : ReplicaHealth.State.values()) {
      if (state == ReplicaHealth.State.NONE) {
        continue;
      }
      Gauge.builder("ngopeni.db.replica.state", replicas, r -> r.state() == state ? 1 : 0)
          .description("1 for the read replica's state now")
          .tag("state", name(state))
          .register(registry);
    }
    Gauge.builder("ngopeni.db.replica.staleness", replicas, ReplicaReads::stalenessSeconds)
        .description("Seconds since the instant the read replica is known to hold every commit of (-1: unknown)")
        .baseUnit("seconds")
        .register(registry);
  }

  private static String name(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
