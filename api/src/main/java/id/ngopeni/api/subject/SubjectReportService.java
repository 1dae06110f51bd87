package id.ngopeni.api.subject;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.privacy.Masks;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.Purpose;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.privacy.RevealPolicy;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.SubjectError;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.audit.AuditQuery;
import id.ngopeni.persistence.audit.AuditSearch;
import id.ngopeni.persistence.claim.ClaimDocumentRepository;
import id.ngopeni.persistence.claim.ClaimRepository;
import id.ngopeni.persistence.claim.StoredClaim;
import id.ngopeni.persistence.dtsen.DtsenRepository;
import id.ngopeni.persistence.membership.MembershipRepository;
import id.ngopeni.persistence.payout.PayoutRepository;
import id.ngopeni.persistence.privacy.AccessLogRepository;
import id.ngopeni.persistence.privacy.AccessQuery;
import id.ngopeni.persistence.subject.CorrectionRepository;
import id.ngopeni.persistence.subject.RestrictionRepository;
import id.ngopeni.persistence.subject.SubjectBenefitRepository;
import id.ngopeni.persistence.subject.SubjectRegistryRepository;
import id.ngopeni.persistence.subject.SubjectRepository;
import id.ngopeni.persistence.worker.HeirRepository;
import id.ngopeni.persistence.worker.StoredWorker;
import id.ngopeni.persistence.worker.WorkerRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /privacy/subject-report}: the report of everything held on the person holding a
 * NIK, for the roles that answer a data subject's request ({@link RevealPolicy#subjectRequestHandlers}).
 * One transaction: the person is found through the registry's exact NIK lookup, the report is
 * recorded in the access log (purpose SUBJECT_REQUEST) before its sections are read — so it
 * lists itself — and audited.
 */
public record SubjectReportService(AppContext context, WorkerRepository workers, HeirRepository heirs,
    MembershipRepository memberships, ClaimRepository claims, ClaimDocumentRepository documents,
    PayoutRepository payouts, DtsenRepository deciles, SubjectRepository subjects, SubjectBenefitRepository benefits,
    SubjectRegistryRepository registry, RestrictionRepository restrictions, CorrectionRepository corrections,
    AuditSearch auditTrail, AccessLogRepository accessLog, ReadRecorder recorder) {
  /** The most access-log rows a report carries (newest first). */
  static final int ACCESS_ROWS = 1000;
  /** The most audit entries on the person's record a report carries (newest first). */
  static final int AUDIT_ROWS = 1000;
  /** The most claims a report lists (one worker has a handful). */
  static final int CLAIMS = 500;
  /** What the report shows in full. Heirs appear with names; their NIKs stay masked (they are other people). */
  static final Set<PersonalField> SHOWN = Set.of(PersonalField.NIK, PersonalField.NAME, PersonalField.BIRTH_DATE,
      PersonalField.ADDRESS, PersonalField.PHONE, PersonalField.HEIR_NAME);

  Future<SubjectReport> report(Reader who, String nik, String format) {
    RevealPolicy.checkReveal(who.caller().role(), Purpose.SUBJECT_REQUEST);
    return context.pool().withTransaction(tx -> workers.findByNik(tx, nik)
        .map(found -> found.orElseThrow(SubjectReportService::notFound))
        .compose(worker -> heirs.list(tx, worker.id()).compose(heirList -> {
          List<UUID> people = new ArrayList<>();
          people.add(worker.id());
          heirList.forEach(h -> people.add(h.id()));
          return recorder.record(tx, who, ReadKind.REVEAL, people, SHOWN, Purpose.SUBJECT_REQUEST,
                  new JsonObject().put("report", "subject").put("format", format))
              .compose(v -> gather(tx, who, worker, heirList))
              .compose(report -> context.audit().append(tx, audit(who, report, format)).map(report));
        })));
  }

  private Future<SubjectReport> gather(SqlClient tx, Reader who, StoredWorker worker, List<Heir> heirList) {
    UUID id = worker.id();
    var decile = deciles.decileOf(tx, worker.nik());
    var membershipList = memberships.ofWorker(tx, id);
    var invoiceLines = subjects.invoiceLines(tx, id);
    var claimFiles = claims.list(tx, null, null, null, id, null, null, CLAIMS).compose(slice -> withDocuments(tx, slice.items()));
    var payoutList = payouts.ofWorker(tx, id);
    var decrees = subjects.decrees(tx, id);
    var benefitRecords = benefits.of(tx, id);
    var registryRecords = registry.of(tx, id);
    var restrictionList = restrictions.ofWorker(tx, id);
    var correctionList = corrections.ofWorker(tx, id);
    var trail = auditTrail.page(tx, AuditQuery.entity("worker", id.toString()), null, AUDIT_ROWS);
    var log = accessLog.list(tx, new AccessQuery(List.of(id), null, null, null), null, ACCESS_ROWS);
    return Future.all(List.of(decile, membershipList, invoiceLines, claimFiles, payoutList, decrees, benefitRecords,
            registryRecords, restrictionList, correctionList, trail, log))
        .map(all -> new SubjectReport(context.clock().instant(), who.caller().username(), who.caller().role().name(),
            worker, decile.result(), heirList, membershipList.result(), invoiceLines.result(), claimFiles.result(),
            payoutList.result(), decrees.result(), benefitRecords.result(), registryRecords.result(),
            restrictionList.result(), correctionList.result(), trail.result().items(), trail.result().hasMore(),
            log.result().items(), log.result().hasMore()));
  }

  private Future<List<SubjectReport.ClaimFile>> withDocuments(SqlClient tx, List<StoredClaim> list) {
    List<Future<SubjectReport.ClaimFile>> files = list.stream()
        .map(c -> documents.list(tx, c.id()).map(docs -> new SubjectReport.ClaimFile(c, docs))).toList();
    return Future.all(files).map(all -> files.stream().map(Future::result).toList());
  }

  private static AuditEvent audit(Reader who, SubjectReport r, String format) {
    JsonObject after = new JsonObject().put("purpose", Purpose.SUBJECT_REQUEST.name()).put("format", format)
        .put("nikMasked", Masks.nik(r.worker().nik())).put("heirs", r.heirs().size()).put("memberships", r.memberships().size())
        .put("invoiceLines", r.invoiceLines().size()).put("claims", r.claims().size()).put("payouts", r.payouts().size())
        .put("santunanEvents", r.benefits().santunanEvents().size()).put("auditRows", r.auditTrail().size())
        .put("accessRows", r.accessLog().size());
    return new AuditEvent(who.caller().userId(), who.caller().role().name(), "subject.report_issued", "worker",
        r.worker().id().toString(), null, after);
  }

  static NotFound notFound() {
    return new NotFound(SubjectError.SUBJECT_NOT_FOUND);
  }
}
