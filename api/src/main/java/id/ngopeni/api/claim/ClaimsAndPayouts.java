package id.ngopeni.api.claim;

import id.ngopeni.api.AppContext;
import id.ngopeni.api.Feature;
import id.ngopeni.api.payout.BatchRoutes;
import id.ngopeni.api.payout.BatchService;
import id.ngopeni.api.payout.PayoutRoutes;
import id.ngopeni.api.payout.PayoutService;
import id.ngopeni.persistence.claim.ClaimDocumentRepository;
import id.ngopeni.persistence.claim.ClaimFactsRepository;
import id.ngopeni.persistence.claim.ClaimRepository;
import id.ngopeni.persistence.payout.PayoutBatchRepository;
import id.ngopeni.persistence.payout.PayoutRepository;
import io.vertx.ext.web.Router;
import java.util.List;

/** Claims, their documents, payouts and disbursement batches: built once, mounted together. */
public final class ClaimsAndPayouts implements Feature {
  private final List<Feature> parts;

  public ClaimsAndPayouts(AppContext context) {
    ClaimRepository claims = new ClaimRepository();
    ClaimFactsRepository facts = new ClaimFactsRepository();
    ClaimDocumentRepository documents = new ClaimDocumentRepository();
    PayoutRepository payouts = new PayoutRepository();
    ClaimAccess access = new ClaimAccess(claims);
    this.parts = List.of(
        new ClaimRoutes(new ClaimService(context, claims, facts, documents, payouts)),
        new DocumentRoutes(new DocumentService(context, documents, access), context.config().dataDir().resolve("uploads")),
        new PayoutRoutes(new PayoutService(context, payouts, facts, access)),
        new BatchRoutes(new BatchService(context, new PayoutBatchRepository(), payouts, claims)));
  }

  @Override
  public void mount(Router api) {
    parts.forEach(part -> part.mount(api));
  }
}
