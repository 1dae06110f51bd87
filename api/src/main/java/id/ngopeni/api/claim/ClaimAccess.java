package id.ngopeni.api.claim;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.problem.ClaimError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.persistence.claim.ClaimRepository;
import id.ngopeni.persistence.claim.StoredClaim;
import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import java.util.Optional;
import java.util.UUID;

/**
 * Finds a claim the caller may see. A field officer sees only claims of workers in their
 * kelurahan; any other claim answers exactly as one that does not exist.
 */
public final class ClaimAccess {
  private final ClaimRepository claims;

  public ClaimAccess(ClaimRepository claims) {
    this.claims = claims;
  }

  public Future<StoredClaim> visible(SqlClient db, Caller caller, UUID id) {
    return claims.findById(db, id).map(found -> require(caller, found));
  }

  /** As {@link #visible}, holding the claim row locked until commit. */
  public Future<StoredClaim> locked(SqlClient tx, Caller caller, UUID id) {
    return claims.lock(tx, id).map(found -> require(caller, found));
  }

  private static StoredClaim require(Caller caller, Optional<StoredClaim> found) {
    return found.filter(c -> caller.canSeeKelurahan(c.kelurahanCode())).orElseThrow(ClaimAccess::notFound);
  }

  public static NotFound notFound() {
    return new NotFound(ClaimError.CLAIM_NOT_FOUND);
  }

  /** Path ids that are not UUIDs name nothing. */
  public static UUID pathId(String text, java.util.function.Supplier<NotFound> notFound) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw notFound.get();
    }
  }
}
