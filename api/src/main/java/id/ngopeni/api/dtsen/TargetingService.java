package id.ngopeni.api.dtsen;

import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.problem.DtsenError;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.persistence.db.Slice;
import id.ngopeni.persistence.dtsen.DecileCoverage;
import id.ngopeni.persistence.dtsen.DecilePolicy;
import id.ngopeni.persistence.dtsen.DtsenRepository;
import id.ngopeni.persistence.dtsen.EligibleWorker;
import id.ngopeni.persistence.dtsen.KelurahanCount;
import id.ngopeni.persistence.dtsen.TargetingRepository;
import io.vertx.core.Future;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The targeting reports: registered workers by decile (with how many are covered), and "eligible
 * but not covered" per kelurahan with each kelurahan's work list. A field officer sees their
 * kelurahan only (another kelurahan's list is "not found", as its workers are). Both read from the
 * replica when fit. The counts name nobody; each page of a work list is on record in the access
 * log as one search naming its workers (the record is written on the primary).
 */
public record TargetingService(AppContext context, TargetingRepository targeting, DtsenRepository deciles,
    ReadRecorder recorder) {
  /** What a work list shows in full: the name (the NIK masked). */
  static final Set<PersonalField> SHOWN = Set.of(PersonalField.NAME);

  Future<List<DecileCoverage>> byDecile(Caller caller) {
    return context.replicas().read(context.reads(), db -> targeting.byDecile(db, area(caller)));
  }

  /**
   * The limit asked for: {@code maxDecile} when given, else the policy of {@code fundingSource}
   * (which must be on). Neither, or a source whose policy is off: 422 on {@code maxDecile}.
   */
  Future<Integer> limit(Integer maxDecile, FundingSource source) {
    if (maxDecile != null) {
      return Future.succeededFuture(maxDecile);
    }
    if (source == null) {
      throw Invalid.of("maxDecile", HttpError.REQUIRED, "Give maxDecile, or a fundingSource whose decile policy is on.");
    }
    return deciles.policies(context.reads()).map(all -> all.stream()
        .filter(p -> p.fundingSource().equals(source.name())).map(DecilePolicy::maxDecile).findFirst()
        .orElseThrow(() -> Invalid.of("fundingSource", DtsenError.MAX_DECILE_INVALID,
            "This funding source has no decile policy; give maxDecile.")));
  }

  Future<List<KelurahanCount>> notCoveredByKelurahan(Caller caller, int maxDecile) {
    return context.replicas().read(context.reads(), db -> targeting.notCoveredByKelurahan(db, maxDecile, area(caller)));
  }

  Future<Slice<EligibleWorker>> notCovered(Reader who, String kelurahan, int maxDecile, UUID after, int limit) {
    if (!who.caller().canSeeKelurahan(kelurahan)) {
      throw new NotFound(HttpError.NOT_FOUND, "No such kelurahan in your area.");
    }
    return context.replicas().read(context.reads(), db -> targeting.notCovered(db, kelurahan, maxDecile, after, limit))
        .compose(page -> recorder.search(who, page.items(), EligibleWorker::id, SHOWN).map(page));
  }

  /** Null (the whole city) unless the caller's role is bound to kelurahan. */
  private static List<String> area(Caller caller) {
    return caller.role().isAreaScoped() ? caller.kelurahanCodes() : null;
  }
}
