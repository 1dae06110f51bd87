package id.ngopeni.api.report;

import id.ngopeni.api.coverage.CoverageService;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.claim.ClaimStatus;
import id.ngopeni.domain.coverage.Grouping;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.payout.PayoutStatus;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.report.ReportPeriod;
import id.ngopeni.persistence.report.ReportRepository;
import id.ngopeni.persistence.report.ReportRepository.ClaimLine;
import id.ngopeni.persistence.report.ReportRepository.PayoutLine;
import id.ngopeni.persistence.report.ReportRepository.RecipientLine;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The printed reports: each reads its figures, refuses a selection larger than its file format
 * holds, records the people it names in the access log (as an export) before it is answered, and
 * hands back the {@link Report} the routes print.
 */
public record ReportService(AppContext context, ReportRepository reports, CoverageService coverage,
    ReadRecorder recorder) {

  LocalDate today() {
    return Jakarta.today(context.clock());
  }

  /** Coverage by kelurahan, category and funding source as of the month's last day (today while it runs). */
  Future<Report> coverage(Caller caller, YearMonth month) {
    ReportPeriod period = ReportPeriod.month(month, today());
    LocalDate asOf = period.lastDayBy(today());
    int year = month.getYear();
    var db = context.pool();
    return Future.all(List.of(coverage.report(Grouping.KELURAHAN, asOf, year),
            coverage.report(Grouping.CATEGORY, asOf, year), coverage.report(Grouping.FUNDING_SOURCE, asOf, year),
            reports.kecamatanOfKelurahan(db), reports.baselineNote(db, year)))
        .map(all -> MonthlyCoverage.build(month, asOf,
            new MonthlyCoverage.Figures(all.resultAt(0), all.resultAt(1), all.resultAt(2)), all.resultAt(3),
            all.resultAt(4), context.clock().instant(), caller.username()));
  }

  /** The month's premium invoice of one source as the list the head of office signs. */
  Future<Report> recipients(Reader who, YearMonth month, FundingSource source, ReportFormat format) {
    ReportPeriod.month(month, today());
    var db = context.pool();
    return reports.invoice(db, month, source.name()).compose(found -> {
      var invoice = found.orElseThrow(() -> new NotFound(MoneyError.INVOICE_NOT_FOUND,
          "No premium invoice of " + source.name() + " for " + month + " yet: generate the month's invoices first."));
      return reports.recipients(db, invoice.id(), format.size().maxRows() + 1).compose(lines -> {
        format.size().check(lines.size());
        List<UUID> people = lines.stream().map(RecipientLine::workerId).distinct().toList();
        return recorder.record(who, ReadKind.EXPORT, people, Set.of(PersonalField.NAME), null,
                detail("recipients", format).put("month", month.toString()).put("fundingSource", source.name()))
            .map(v -> RecipientList.build(month, source.name(), invoice, lines, context.clock().instant(),
                who.caller().username()));
      });
    });
  }

  /** The claims filed in the period (a field officer's: in their kelurahan only). */
  Future<Report> claims(Reader who, ReportPeriod period, ClaimStatus status, ReportFormat format) {
    Caller caller = who.caller();
    List<String> area = caller.role().isAreaScoped() ? caller.kelurahanCodes() : null;
    String statusName = status == null ? null : status.name();
    return reports.claims(context.pool(), period.start(), period.end(), statusName, area, format.size().maxRows() + 1)
        .compose(lines -> {
          format.size().check(lines.size());
          List<UUID> people = lines.stream().map(ClaimLine::workerId).distinct().toList();
          return recorder.record(who, ReadKind.EXPORT, people, Set.of(PersonalField.NAME), null,
                  detail("claims", format).put("from", period.from().toString()).put("to", period.to().toString()))
              .map(v -> Registers.claims(scope(who, period, statusName, area), lines));
        });
  }

  /** The santunan payouts made in the period. */
  Future<Report> payouts(Reader who, ReportPeriod period, PayoutStatus status, ReportFormat format) {
    String statusName = status == null ? null : status.name();
    return reports.payouts(context.pool(), period.start(), period.end(), statusName, format.size().maxRows() + 1)
        .compose(lines -> {
          format.size().check(lines.size());
          Set<UUID> people = new LinkedHashSet<>();
          lines.forEach(p -> {
            people.add(p.workerId());
            people.add(p.heirId());
          });
          return recorder.record(who, ReadKind.EXPORT, people, Set.of(PersonalField.NAME, PersonalField.HEIR_NAME), null,
                  detail("payouts", format).put("from", period.from().toString()).put("to", period.to().toString()))
              .map(v -> Registers.payouts(scope(who, period, statusName, null), lines));
        });
  }

  private Registers.Scope scope(Reader who, ReportPeriod period, String status, List<String> area) {
    return new Registers.Scope(period, status, area, context.clock().instant(), who.caller().username());
  }

  private static JsonObject detail(String report, ReportFormat format) {
    return new JsonObject().put("export", report).put("format", format.name());
  }
}
