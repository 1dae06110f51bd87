package id.ngopeni.api.worker;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.domain.worker.ValidatedWorker;
import id.ngopeni.persistence.worker.DuplicateCandidate;
import java.util.ArrayList;
import java.util.List;

/**
 * Possible duplicates of a registration among workers born the same day: a NIK one digit away
 * under the same name key (a typing slip), or a similar name key (titles, spellings). One warning
 * per candidate, the NIK slip first since it is the stronger sign. A field officer is told that
 * such a person exists, so they do not register them twice, but gets the id only within their
 * own kelurahan, as with {@code duplicate_nik}.
 */
final class DuplicateWarnings {

  private DuplicateWarnings() {}

  static List<Warning> of(ValidatedWorker worker, List<DuplicateCandidate> candidates, Caller caller) {
    List<Warning> out = new ArrayList<>();
    String key = worker.nameKey();
    for (DuplicateCandidate c : candidates) {
      var visibleId = caller.canSeeKelurahan(c.kelurahanCode()) ? c.id() : null;
      if (c.nameKey().equals(key) && oneDigitAway(worker.nik(), c.nik())) {
        out.add(Warning.of(WorkerError.POSSIBLE_DUPLICATE_NIK, visibleId));
      } else if (c.similarity() > id.ngopeni.persistence.worker.WorkerRepository.SIMILAR_NAME) {
        out.add(Warning.of(WorkerError.POSSIBLE_DUPLICATE, visibleId));
      }
    }
    return out;
  }

  private static boolean oneDigitAway(Nik nik, String stored) {
    try {
      return nik.isOneDigitAwayFrom(Nik.parse(stored));
    } catch (id.ngopeni.domain.problem.Invalid e) {
      return false; // a stored NIK that no longer parses cannot be compared digit by digit
    }
  }
}
