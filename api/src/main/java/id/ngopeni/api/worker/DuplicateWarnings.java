package id.ngopeni.api.worker;

import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.worker.Nik;
import id.ngopeni.domain.worker.ValidatedWorker;
import id.ngopeni.persistence.worker.DuplicateCandidate;
import id.ngopeni.persistence.worker.WorkerRepository;
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

  /** A candidate with why it looks like the registration, and whether the caller may see who it is. */
  record Found(DuplicateCandidate candidate, WorkerError why, boolean visible) {}

  private DuplicateWarnings() {}

  static List<Warning> of(ValidatedWorker worker, List<DuplicateCandidate> candidates, Caller caller) {
    return found(worker, candidates, caller).stream()
        .map(f -> Warning.of(f.why(), f.visible() ? f.candidate().id() : null)).toList();
  }

  /** The candidates that are worth a warning, each with its reason. */
  static List<Found> found(ValidatedWorker worker, List<DuplicateCandidate> candidates, Caller caller) {
    List<Found> out = new ArrayList<>();
    for (DuplicateCandidate c : candidates) {
      WorkerError why = why(worker, c);
      if (why != null) {
        out.add(new Found(c, why, caller.canSeeKelurahan(c.kelurahanCode())));
      }
    }
    return out;
  }

  /** {@code possible_duplicate_nik}, {@code possible_duplicate}, or null when the candidate is not one. */
  static WorkerError why(ValidatedWorker worker, DuplicateCandidate c) {
    return why(worker.nameKey(), worker.nik(), c);
  }

  /** {@link #why(ValidatedWorker, DuplicateCandidate)} for a worker known by name key and NIK. */
  static WorkerError why(String nameKey, Nik nik, DuplicateCandidate c) {
    if (c.nameKey().equals(nameKey) && nik != null && oneDigitAway(nik, c.nik())) {
      return WorkerError.POSSIBLE_DUPLICATE_NIK;
    }
    return c.similarity() > WorkerRepository.SIMILAR_NAME ? WorkerError.POSSIBLE_DUPLICATE : null;
  }

  private static boolean oneDigitAway(Nik nik, String stored) {
    try {
      return nik.isOneDigitAwayFrom(Nik.parse(stored));
    } catch (id.ngopeni.domain.problem.Invalid e) {
      return false; // a stored NIK that no longer parses cannot be compared digit by digit
    }
  }
}
