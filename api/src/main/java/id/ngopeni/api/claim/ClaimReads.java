package id.ngopeni.api.claim;

import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.persistence.claim.StoredClaim;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reading claims is reading personal data (issue 17): a claim names the worker and holds the
 * incident, the injury or illness, its costs and the benefit — data about health, a specific
 * kind under UU 27/2022. A case's view is on record as a DETAIL (with the heirs' names when BPJS
 * paid one), a page of a list or queue as one SEARCH naming every worker on it, before the answer
 * leaves.
 */
public record ClaimReads(ReadRecorder recorder) {
  /** What a list shows in full: the worker's name and the claim. */
  static final Set<PersonalField> LISTED = Set.of(PersonalField.NAME, PersonalField.CLAIM);

  /** Records the view of one case and answers it. */
  Future<CaseView> viewed(Reader who, CaseView view) {
    Set<PersonalField> fields = EnumSet.copyOf(LISTED);
    if (view.answers().stream().anyMatch(a -> a.answer().payeeName() != null)) {
      fields.add(PersonalField.HEIR_NAME);
    }
    return recorder.record(who, ReadKind.DETAIL, List.of(view.claim().claim().workerId()), fields, null,
        new JsonObject().put("claimId", view.id().toString())).map(view);
  }

  /** Records a page of claims as one search naming each worker once, and answers it. */
  <T> Future<T> listed(Reader who, Collection<StoredClaim> claims, T answer) {
    return recorder.search(who, claims, c -> c.claim().workerId(), LISTED).map(answer);
  }
}
