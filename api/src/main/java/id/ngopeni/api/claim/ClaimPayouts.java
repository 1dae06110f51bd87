package id.ngopeni.api.claim;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.UUID;

/**
 * What the claim slice needs to know of a claim's payouts. The payout slice answers it (it
 * depends on claims, never the other way round); the wiring room connects the two.
 */
@FunctionalInterface
public interface ClaimPayouts {
  /** Whether any payout of the claim still holds part of its entitlement (pending, approved, paid or failed). */
  Future<Boolean> holdEntitlement(SqlClient tx, UUID claimId);
}
