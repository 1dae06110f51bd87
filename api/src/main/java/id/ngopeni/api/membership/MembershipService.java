package id.ngopeni.api.membership;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.http.Caller;
import id.ngopeni.api.http.ETags;
import id.ngopeni.api.budget.BudgetLedger;
import id.ngopeni.api.privacy.ReadRecorder;
import id.ngopeni.api.worker.ImportDuplicateCheck;
import id.ngopeni.api.privacy.Reader;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.Jakarta;
import id.ngopeni.domain.budget.Budget;
import id.ngopeni.domain.budget.BudgetPositions;
import id.ngopeni.domain.budget.BudgetRules;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.domain.membership.MembershipRequest;
import id.ngopeni.domain.membership.Sector;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.privacy.PersonalField;
import id.ngopeni.domain.privacy.ReadKind;
import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.MoneyError;
import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.problem.NotFound;
import id.ngopeni.domain.problem.HttpError;
import id.ngopeni.domain.problem.VersionConflict;
import id.ngopeni.domain.problem.Violations;
import id.ngopeni.domain.tariff.Premiums;
import id.ngopeni.domain.tariff.TariffBook;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.budget.BudgetRepository;
import id.ngopeni.persistence.membership.MembershipRepository;
import id.ngopeni.persistence.membership.StoredMembership;
import id.ngopeni.persistence.membership.WorkerRef;
import id.ngopeni.persistence.tariff.TariffRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Enrolment and ending. The budget check runs in the enrolment's own transaction after
 * locking the budget row ({@code FOR UPDATE}): concurrent enrolments on one source queue there,
 * and each one sees the memberships the ones before it committed, so none can overspend.
 * READ COMMITTED is enough because every statement after the lock takes a fresh snapshot.
 * A worker's memberships (income declared, BPJS participant number) are read on record.
 */
public record MembershipService(AppContext context, MembershipRepository memberships, TariffRepository tariffs,
    BudgetRepository budgets, BudgetLedger ledger, MembershipPolicy policy, EnrolmentChecks checks,
    ImportDuplicateCheck importCheck, ReadRecorder recorder) {

  public LocalDate today() {
    return Jakarta.today(context.clock());
  }

  public Future<JsonObject> enrol(Caller caller, UUID workerId, MembershipRequest request, Violations violations) {
    LocalDate today = today();
    // A field that could not even be read already has its error; the policy adds the rest.
    policy.validate(request, today).stream().filter(e -> !violations.has(e.field()))
        .forEach(e -> violations.add(e.field(), e.errorCode(), e.message()));
    violations.throwIfAny();
    Membership m = Membership.enrol(Ids.newId(), workerId, request);
    YearMonth current = YearMonth.from(today);
    // A worker from an import whose duplicate check has not reached them yet is checked first.
    return importCheck.ofWorker(workerId).compose(checked -> context.pool().withTransaction(tx -> visibleWorker(tx, caller, workerId)
        .compose(worker -> memberships.hasActive(tx, workerId)
            .compose(active -> {
              if (active) {
                throw MembershipRepository.alreadyActive();
              }
              return checks.check(tx, m, worker);
            })
            .compose(v -> tariffs.book(tx))
            .compose(book -> checkBudget(tx, m, current, book)
                .compose(v -> memberships.insert(tx, m, worker, caller.userId()))
                .compose(stored -> context.audit()
                    .append(tx, event(caller, "membership.created", null, stored.membership()))
                    .map(seq -> json(stored, current, book)))))));
  }

  /**
   * Weighs the enrolment against the budget of the year that carries it ({@link
   * BudgetRules#carryingYear}); a source without a recorded budget is weighed only if the city
   * pays it ({@link BudgetRules#needsBudget}), then against nothing.
   */
  private Future<Void> checkBudget(SqlClient tx, Membership m, YearMonth current, TariffBook book) {
    Year year = BudgetRules.carryingYear(m, current);
    FundingSource source = m.fundingSource();
    return budgets.lock(tx, year, source).compose(found -> {
      if (found.isEmpty() && !BudgetRules.needsBudget(source)) {
        return Future.succeededFuture();
      }
      Budget budget = found.map(b -> b.budget()).orElse(new Budget(year, source, Rupiah.ZERO));
      return ledger.positions(tx, year, source, List.of(budget), current, book)
          .compose(positions -> ledger.invoicedByMonth(tx, year, source).map(invoiced -> {
            Rupiah needed = BudgetPositions.committed(m, year, current, invoiced, book);
            BudgetRules.checkCanCarry(positions.get(0), needed);
            return null;
          }));
    });
  }

  public Future<JsonObject> end(Caller caller, UUID id, LocalDate endDate, String reason, Violations violations) {
    return context.pool().withTransaction(tx -> memberships.find(tx, id).compose(found -> {
      StoredMembership stored = found.orElseThrow(MembershipService::membershipNotFound);
      Membership before = stored.membership();
      violations.throwIfAny();
      Membership ended = before.end(endDate, reason);
      return memberships.close(tx, ended, before.version()).compose(written -> {
        StoredMembership after = written.orElseThrow(
            () -> new Conflict(MoneyError.MEMBERSHIP_NOT_ACTIVE));
        return tariffs.book(tx).compose(book -> context.audit()
            .append(tx, event(caller, "membership.ended", before, after.membership()))
            .map(seq -> json(after, YearMonth.from(today()), book)));
      });
    }));
  }

  /**
   * Moves an ACTIVE membership to another sector, over the version the caller read ({@code
   * If-Match}; {@link ETags#ANY} takes the stored one). Invoices already generated keep their
   * prices; from the next generated month the membership is priced in its new sector.
   */
  public Future<JsonObject> changeSector(Caller caller, UUID id, int expectedVersion, Sector sector,
      Violations violations) {
    violations.throwIfAny();
    return context.pool().withTransaction(tx -> memberships.find(tx, id).compose(found -> {
      StoredMembership stored = found.filter(s -> caller.canSeeKelurahan(s.kelurahanCode()))
          .orElseThrow(MembershipService::membershipNotFound);
      Membership before = stored.membership();
      if (!ETags.matches(expectedVersion, (int) before.version())) {
        throw new VersionConflict(HttpError.VERSION_CONFLICT);
      }
      Membership after = before.inSector(sector);
      return memberships.changeSector(tx, after, before.version()).compose(written -> {
        StoredMembership saved = written.orElseThrow(() -> new VersionConflict(HttpError.VERSION_CONFLICT));
        return tariffs.book(tx).compose(book -> context.audit()
            .append(tx, event(caller, "membership.sector_changed", before, saved.membership()))
            .map(seq -> json(saved, YearMonth.from(today()), book)));
      });
    }));
  }

  /**
   * The worker's memberships, recorded in the access log as a detail view of the worker with the
   * field {@code membership} (declared income, BPJS participant numbers; no name, no NIK) and the
   * detail {@code {"read": "memberships"}}.
   */
  public Future<JsonArray> ofWorker(Reader who, UUID workerId) {
    SqlClient db = context.pool();
    return visibleWorker(db, who.caller(), workerId)
        .compose(w -> memberships.ofWorker(db, workerId))
        .compose(list -> tariffs.book(db).map(book -> {
          JsonArray items = new JsonArray();
          YearMonth current = YearMonth.from(today());
          list.forEach(s -> items.add(json(s, current, book)));
          return items;
        }))
        .compose(items -> recorder.record(who, ReadKind.DETAIL, List.of(workerId), Set.of(PersonalField.MEMBERSHIP), null,
            new JsonObject().put("read", "memberships")).map(items));
  }

  /** A worker outside a field officer's kelurahan does not exist for them. */
  private Future<WorkerRef> visibleWorker(SqlClient db, Caller caller, UUID workerId) {
    return memberships.worker(db, workerId).map(found -> found
        .filter(w -> caller.canSeeKelurahan(w.kelurahanCode()))
        .orElseThrow(() -> new NotFound(WorkerError.WORKER_NOT_FOUND)));
  }

  static JsonObject json(StoredMembership s, YearMonth current, TariffBook book) {
    Membership m = s.membership();
    YearMonth month = MembershipJson.premiumMonth(m, current);
    return MembershipJson.of(s, month,
        Premiums.monthly(m.programs(), m.declaredIncome(), m.fundingSource(), m.sector(), month, book));
  }

  static AuditEvent event(Caller caller, String action, Membership before, Membership after) {
    return new AuditEvent(caller == null ? null : caller.userId(), caller == null ? null : caller.role().name(), action,
        "membership", after.id().toString(), before == null ? null : MembershipJson.audit(before), MembershipJson.audit(after));
  }

  static NotFound membershipNotFound() {
    return new NotFound(MoneyError.MEMBERSHIP_NOT_FOUND);
  }
}
