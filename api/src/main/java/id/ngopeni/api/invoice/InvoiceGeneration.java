package id.ngopeni.api.invoice;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.api.http.Caller;
import id.ngopeni.domain.budget.GroupPrices;
import id.ngopeni.domain.invoice.InvoiceEstimate;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.membership.Membership;
import id.ngopeni.domain.membership.MembershipPolicy;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.tariff.Premium;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.domain.budget.BilledGroup;
import id.ngopeni.persistence.invoice.InvoiceRepository;
import id.ngopeni.persistence.invoice.PriceRow;
import id.ngopeni.persistence.invoice.StoredInvoice;
import id.ngopeni.persistence.membership.MembershipRepository;
import id.ngopeni.persistence.tariff.TariffRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Generates a month's premium invoices in one transaction (a request's: {@link InvoiceRuns}), set-based:
 *
 * <ol>
 *   <li><b>Lapse</b> first: an ACTIVE membership on an unpaid invoice in each of the {@code
 *       unpaidInvoicesBeforeLapse} (3) months before this one is lapsed by the domain ({@link
 *       Membership#lapse}, covered to the end of its last paid month), so it is not billed again.
 *       Generation is the moment an arrear becomes visible, once a month, so that is where the
 *       rule runs; marking an invoice paid later never revives a lapsed membership.
 *   <li>Count the month's billed members per source and pricing group (one scan); per source
 *       with members, create the invoice (the unique constraint on period + source makes this
 *       idempotent: a second call creates nothing) and price each group with the domain; write
 *       the lines of every invoice created at once, priced from those groups (staged by one
 *       parallel query over membership ⋈ worker, then inserted: {@code InvoiceLineSnapshot}; the
 *       worker table read once, whatever the number of sources). An invoice's total is its
 *       groups' counts times their prices; exactly the groups' count of lines must be written.
 *   <li>Audit every lapse and every new invoice, last.
 * </ol>
 *
 * <p>The transaction first takes the membership table in SHARE mode: it waits for membership
 * writes in flight and holds new ones (an enrolment during generation waits a few seconds, once a
 * month), so the lines are exactly the memberships committed before it, counted and written from
 * the same state.
 */
public final class InvoiceGeneration {
  private final AppContext context;
  private final InvoiceRepository invoices;
  private final MembershipRepository memberships;
  private final TariffRepository tariffs;
  private final MembershipPolicy policy;

  public InvoiceGeneration(AppContext context, InvoiceRepository invoices, MembershipRepository memberships,
      TariffRepository tariffs, MembershipPolicy policy) {
    this.context = context;
    this.invoices = invoices;
    this.memberships = memberships;
    this.tariffs = tariffs;
    this.policy = policy;
  }

  /** The result: every invoice of the period, and how many this call created. */
  public record Generated(List<StoredInvoice> invoices, int created) {}

  /** In a transaction of its own (the demo data set; requests go through {@link InvoiceRuns}). */
  public Future<Generated> generate(Caller caller, YearMonth period) {
    return context.pool().withTransaction(tx -> generate(tx, caller, period));
  }

  /** In the caller's transaction {@code tx}, which it then commits or rolls back. */
  public Future<Generated> generate(SqlClient tx, Caller caller, YearMonth period) {
    List<AuditEvent> events = new ArrayList<>();
    return invoices.holdMemberships(tx)
        .compose(v -> lapse(tx, caller, period, events))
        .compose(v -> tariffs.book(tx))
        .compose(book -> invoices.groups(tx, period).compose(groups -> invoice(tx, caller, period, groups,
            new GroupPrices(book), events)))
        .compose(v -> appendAll(tx, events))
        .compose(v -> invoices.ofPeriod(tx, period))
        .map(all -> new Generated(all, (int) events.stream().filter(e -> e.action().equals("invoice.generated")).count()));
  }

  /**
   * What {@link #generate} would bill for the period, done nothing: per funding source the
   * memberships billed once the lapses are made and their premiums; the invoices the period
   * already has (generation leaves those as they are); how many memberships would lapse first.
   */
  public record Preview(YearMonth period, List<InvoiceEstimate> estimates, List<StoredInvoice> existing, int lapsing) {}

  public Future<Preview> preview(YearMonth period) {
    SqlClient db = context.pool();
    int months = policy.unpaidInvoicesBeforeLapse();
    Future<List<BilledGroup>> billed = invoices.billedAfterLapses(db, period, months);
    Future<List<StoredInvoice>> existing = invoices.ofPeriod(db, period);
    Future<List<UUID>> lapsing = invoices.unpaidRuns(db, period, months);
    return Future.all(billed, existing, lapsing, tariffs.book(db)).map(all -> new Preview(period,
        InvoiceEstimate.of(period, billed.result(), new GroupPrices(all.resultAt(3))), existing.result(),
        lapsing.result().size()));
  }

  private Future<Void> lapse(SqlClient tx, Caller caller, YearMonth period, List<AuditEvent> events) {
    int months = policy.unpaidInvoicesBeforeLapse();
    return invoices.unpaidRuns(tx, period, months).compose(ids -> {
      Future<Void> chain = Future.succeededFuture();
      for (UUID id : ids) {
        chain = chain.compose(v -> memberships.find(tx, id)).compose(found -> {
          Membership m = found.orElseThrow().membership();
          if (!policy.shouldLapse(m, months)) {
            return Future.succeededFuture();
          }
          Membership lapsed = m.lapse(policy.lapseDate(period));
          return memberships.close(tx, lapsed, m.version()).map(written -> {
            written.ifPresent(w -> events.add(new AuditEvent(caller.userId(), caller.role().name(), "membership.lapsed",
                "membership", id.toString(), null, new JsonObject().put("status", "LAPSED")
                    .put("endDate", lapsed.endDate().toString()).put("unpaidInvoices", months))));
            return null;
          });
        });
      }
      return chain;
    });
  }

  /**
   * Creates the invoice of every source with billed groups (in source order), then writes the
   * lines of those it created all at once and their totals; an invoice the period already had
   * is left as it is.
   */
  private Future<Void> invoice(SqlClient tx, Caller caller, YearMonth period, List<BilledGroup> groups,
      GroupPrices prices, List<AuditEvent> events) {
    Map<FundingSource, List<BilledGroup>> bySource = new TreeMap<>();
    groups.forEach(g -> bySource.computeIfAbsent(g.fundingSource(), s -> new ArrayList<>()).add(g));
    Map<UUID, Invoice> created = new LinkedHashMap<>();
    Future<Void> chain = Future.succeededFuture();
    for (var source : bySource.entrySet()) {
      UUID id = Ids.newId();
      chain = chain.compose(v -> invoices.create(tx, id, period, source.getKey(), caller.userId())).map(made -> {
        made.ifPresent(i -> created.put(i, Invoice.of(i, source.getKey(), source.getValue(), prices)));
        return null;
      });
    }
    return chain.compose(v -> created.isEmpty() ? Future.succeededFuture() : addLines(tx, period, created.values()))
        .map(v -> {
          created.values().forEach(i -> events.add(new AuditEvent(caller.userId(), caller.role().name(),
              "invoice.generated", "premium_invoice", i.id().toString(), null, new JsonObject()
                  .put("period", period.toString()).put("fundingSource", i.source().name()).put("lineCount", i.lines()))));
          return null;
        });
  }

  /** A new invoice: its source's groups priced by the domain, its total and line count from them. */
  private record Invoice(UUID id, FundingSource source, List<PriceRow> prices, long total, int lines) {
    static Invoice of(UUID id, FundingSource source, List<BilledGroup> groups, GroupPrices prices) {
      List<PriceRow> rows = groups.stream().map(g -> priceRow(id, g, prices)).toList();
      long total = 0;
      long count = 0;
      for (int i = 0; i < groups.size(); i++) {
        PriceRow row = rows.get(i);
        total = Math.addExact(total, Math.multiplyExact(groups.get(i).count(), row.jkk() + row.jkm() + row.jht()));
        count += groups.get(i).count();
      }
      return new Invoice(id, source, rows, total, Math.toIntExact(count));
    }
  }

  /** Writes the lines of every new invoice at once, then each invoice's totals. */
  private Future<Void> addLines(SqlClient tx, YearMonth period, Collection<Invoice> created) {
    List<PriceRow> rows = created.stream().flatMap(i -> i.prices().stream()).toList();
    long expected = created.stream().mapToLong(Invoice::lines).sum();
    return invoices.addLines(tx, period, rows).compose(written -> {
      if (written != expected) {
        // The membership table is held in SHARE mode: the two statements see the same rows.
        return Future.failedFuture(new IllegalStateException(
            "invoices of " + period + ": " + written + " lines written for " + expected + " billed memberships"));
      }
      Future<Void> totals = Future.succeededFuture();
      for (Invoice i : created) {
        totals = totals.compose(v -> invoices.setTotals(tx, i.id(), i.total(), i.lines()));
      }
      return totals;
    });
  }

  private static PriceRow priceRow(UUID invoice, BilledGroup g, GroupPrices prices) {
    Premium p = prices.premium(g);
    return new PriceRow(invoice, g.fundingSource().name(), g.programs(), g.declaredIncome(), g.sector().name(), amount(p, Program.JKK), amount(p, Program.JKM),
        amount(p, Program.JHT));
  }

  private static long amount(Premium p, Program program) {
    return p.lines().stream().filter(l -> l.program() == program).mapToLong(l -> l.amount().amount()).sum();
  }

  private Future<Void> appendAll(SqlClient tx, List<AuditEvent> events) {
    Future<Void> chain = Future.succeededFuture();
    for (AuditEvent e : events) {
      chain = chain.compose(v -> context.audit().append(tx, e).mapEmpty());
    }
    return chain;
  }
}
