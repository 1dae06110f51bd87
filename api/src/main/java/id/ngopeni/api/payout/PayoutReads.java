package id.ngopeni.api.payout;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.payout.PayoutStatus;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.privacy.RevealPolicy;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.payout.PayoutRepository;
import id.ngopeni.persistence.payout.StoredPayout;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reading payouts (issue 17): a payout names a worker and the beneficiary and holds where the
 * money goes, so every read of one is on record in the access log — the page of a list as one
 * search, a payout's view as a detail view — and its account number is masked (the last four
 * digits) except in a reveal for the purpose PAYOUT, which is recorded with that purpose in a
 * synchronously committed transaction of its own before the number is answered.
 */
public record PayoutReads(AppContext context, PayoutRepository payouts, ReadRecorder recorder) {
  /** What a payout's view and a list show in full: the worker's and the beneficiary's names. */
  static final Set<PersonalField> SHOWN = Set.of(PersonalField.NAME, PersonalField.HEIR_NAME);
  /** What a reveal shows in full. */
  static final Set<PersonalField> REVEALED = Set.of(PersonalField.NAME, PersonalField.HEIR_NAME, PersonalField.BANK_ACCOUNT);

  public Future<StoredPayout> get(Reader who, UUID id) {
    return find(id).compose(p -> recorder.record(who, ReadKind.DETAIL, List.of(p.workerId()), SHOWN, null, null).map(p));
  }

  public Future<Slice<StoredPayout>> list(Reader who, PayoutStatus status, UUID claimId, UUID entitlementId, String number,
      UUID before, int limit) {
    return payouts.list(context.pool(), status, claimId, entitlementId, number, before, limit)
        .compose(slice -> recorder.search(who, slice.items(), StoredPayout::workerId, SHOWN).map(slice));
  }

  /** The payout with its account number in full, for the purpose PAYOUT only ({@link RevealPolicy#checkAccountReveal}). */
  public Future<StoredPayout> reveal(Reader who, UUID id, Purpose purpose) {
    RevealPolicy.checkAccountReveal(who.caller().role(), purpose);
    return find(id).compose(p -> recorder.record(context.pool(), who, ReadKind.REVEAL, List.of(p.workerId()), REVEALED,
        purpose, new JsonObject().put("payoutId", id.toString())).map(p));
  }

  private Future<StoredPayout> find(UUID id) {
    return payouts.findById(context.pool(), id).map(found -> found.orElseThrow(PayoutService::notFound));
  }
}
