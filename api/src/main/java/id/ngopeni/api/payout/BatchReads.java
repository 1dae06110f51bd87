package id.ngopeni.api.payout;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.privacy.RevealPolicy;
import id.ngopeni.persistence.payout.PayoutBatch;
import id.ngopeni.persistence.payout.PayoutBatchRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Reading a disbursement batch (issue 17): its view names the workers and beneficiaries of its
 * transfers (account numbers masked) and is recorded as one search; its transfer file for the
 * bank carries the account numbers in full, so only a role that may export in full for the
 * purpose PAYOUT takes it ({@link RevealPolicy#checkFullExport}: the OPERATOR), recorded as an
 * export for that purpose, synchronously committed, before the file is answered.
 */
public record BatchReads(AppContext context, PayoutBatchRepository batches, ReadRecorder recorder) {
  /** What the transfer file shows in full. */
  static final Set<PersonalField> IN_FILE = Set.of(PersonalField.NAME, PersonalField.HEIR_NAME, PersonalField.BANK_ACCOUNT);

  public Future<PayoutBatch> get(Reader who, UUID id) {
    return find(id).compose(batch -> recorder.record(who, ReadKind.SEARCH, people(batch), PayoutReads.SHOWN, null, null)
        .map(batch));
  }

  /** The batch for its transfer file, the people in it on record first. */
  public Future<PayoutBatch> disbursement(Reader who, UUID id) {
    RevealPolicy.checkFullExport(who.caller().role(), Purpose.PAYOUT);
    return find(id).compose(batch -> recorder.record(context.pool(), who, ReadKind.EXPORT, people(batch), IN_FILE,
        Purpose.PAYOUT, new JsonObject().put("export", fileName(batch)).put("batchId", batch.id().toString()).put("full", true))
        .map(batch));
  }

  static String fileName(PayoutBatch batch) {
    return "disbursement-" + batch.id() + ".csv";
  }

  private static List<UUID> people(PayoutBatch batch) {
    return batch.items().stream().map(PayoutBatch.Item::workerId).distinct().toList();
  }

  private Future<PayoutBatch> find(UUID id) {
    return batches.find(context.pool(), id).map(found -> found.orElseThrow(BatchService::notFound));
  }
}
