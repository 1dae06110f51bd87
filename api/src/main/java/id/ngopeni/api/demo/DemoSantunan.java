package id.ngopeni.api.demo;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.payout.Batching;
import id.ngopeni.domain.payout.Payout;
import id.ngopeni.domain.payout.PayoutRequest;
import id.ngopeni.domain.payout.PayoutRules;
import id.ngopeni.domain.payout.PayoutTransition;
import id.ngopeni.domain.payout.Reconciliation;
import id.ngopeni.domain.santunan.Eligibility;
import id.ngopeni.domain.santunan.EventKind;
import id.ngopeni.domain.santunan.Programme;
import id.ngopeni.domain.santunan.SantunanEntitlement;
import id.ngopeni.domain.user.Role;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.payout.PayoutBatchRepository;
import id.ngopeni.persistence.payout.PayoutRepository;
import id.ngopeni.persistence.santunan.ProgrammeRepository;
import id.ngopeni.persistence.santunan.SantunanEventRepository;
import id.ngopeni.persistence.user.StoredUser;
import id.ngopeni.persistence.user.UserRepository;
import id.ngopeni.persistence.worker.HeirRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The city's own santunan in the demo: one programme founded on a Perwali (Rp10.000.000 per death
 * of a member paid from APBD or DBHCHT, Rp200 juta of APBD), and five deaths whose santunan stand
 * in every state: awaiting approval, approved, paid through a reconciled batch, rejected, and not
 * yet paid out. Made by the demo operator, decided by the demo approver, through the domain rules.
 */
final class DemoSantunan {
  private static final ProgrammeRepository PROGRAMMES = new ProgrammeRepository();
  private static final SantunanEventRepository EVENTS = new SantunanEventRepository();

  /** The repositories of personal data, made with the instance's crypto. */
  private record Repositories(PayoutRepository payouts, PayoutBatchRepository batches, HeirRepository heirs) {}
  private static final List<String> SPOUSES = List.of("Siti Aminah", "Sri Wahyuni", "Tumini", "Sulastri", "Endang Lestari");

  private DemoSantunan() {}

  static Future<Void> load(AppContext context, LocalDate today) {
    UserRepository users = new UserRepository();
    PayoutRepository payouts = new PayoutRepository(context.crypto());
    Repositories repos = new Repositories(payouts, new PayoutBatchRepository(payouts), new HeirRepository(context.crypto()));
    return context.pool().withTransaction(tx -> users.findByUsername(tx, "operator").compose(maker -> users
        .findByUsername(tx, "approver").compose(checker -> users.findByUsername(tx, "admin").compose(admin -> {
          UUID makerId = maker.map(DemoSantunan::id).orElseThrow();
          UUID checkerId = checker.map(DemoSantunan::id).orElseThrow();
          Programme programme = new Programme(Ids.newId(), "Santunan kematian pekerja rentan Kota Malang",
              "Perwali Kota Malang No. 7 Tahun 2025 (contoh)", LocalDate.of(today.getYear(), 1, 2),
              LocalDate.of(today.getYear(), 1, 1), LocalDate.of(today.getYear(), 12, 31), Set.of(),
              Set.of(FundingSource.APBD, FundingSource.DBHCHT), true, Map.of(EventKind.DEATH, Rupiah.of(10_000_000)),
              today.getYear(), FundingSource.APBD, Rupiah.of(200_000_000), 1);
          Instant now = context.clock().instant();
          LocalDate died = today.minusDays(20);
          return PROGRAMMES.insert(tx, programme, admin.map(DemoSantunan::id).orElse(makerId), now)
              .compose(v -> EVENTS.membersOn(tx, died, List.of(FundingSource.APBD, FundingSource.DBHCHT), SPOUSES.size()))
              .compose(workers -> {
                Future<Void> chain = Future.succeededFuture();
                for (int i = 0; i < workers.size(); i++) {
                  int state = i;
                  UUID worker = workers.get(i);
                  chain = chain.compose(v -> death(tx, repos, programme, worker, SPOUSES.get(state), died, makerId, now)
                      .compose(e -> payout(tx, repos, e, state, makerId, checkerId, now)));
                }
                return chain.compose(v -> context.audit().append(tx, new AuditEvent(null, null, "demo.santunan", "demo",
                    "kota-malang", null, new JsonObject().put("programme", programme.id().toString())
                        .put("deaths", workers.size())))).mapEmpty();
              });
        }))));
  }

  private static UUID id(StoredUser user) {
    return user.user().id();
  }

  /** The worker's spouse registered and their death recorded: the entitlement it gives. */
  private static Future<SantunanEntitlement> death(SqlClient tx, Repositories repos, Programme programme, UUID worker,
      String spouse,
      LocalDate died, UUID maker, Instant now) {
    Heir heir = new Heir(Ids.newId(), spouse, null, HeirRelationship.SPOUSE, null);
    UUID eventId = Ids.newId();
    return repos.heirs().replace(tx, worker, List.of(heir))
        .compose(v -> EVENTS.workerFacts(tx, worker)).map(facts -> Eligibility.entitlements(eventId, EventKind.DEATH,
            died, facts.orElseThrow(), List.of(programme)).get(0))
        .compose(e -> EVENTS.insertEvent(tx, eventId, worker, EventKind.DEATH, died, null,
                "Akta kematian dan surat keterangan ahli waris diperiksa.", maker, now)
            .compose(v -> EVENTS.insertEntitlements(tx, List.of(e))).map(e));
  }

  /** State 0: awaiting approval; 1: approved; 2: paid through a reconciled batch; 3: rejected; 4: none yet. */
  private static Future<Void> payout(SqlClient tx, Repositories repos, SantunanEntitlement e, int state, UUID maker,
      UUID checker, Instant now) {
    PayoutRepository payouts = repos.payouts();
    PayoutBatchRepository batches = repos.batches();
    if (state >= 4) {
      return Future.succeededFuture();
    }
    return repos.heirs().list(tx, e.workerId()).compose(heirs -> {
      Heir heir = heirs.get(0);
      Payout made = PayoutRules.create(new PayoutRequest(heir.id(), "114", "0011223344", heir.fullName(), null), e,
          List.of(), heirs, Rupiah.of(200_000_000), Rupiah.ZERO, maker, now);
      Future<Void> inserted = payouts.insert(tx, made, e.workerId(), heir.fullName(), heir.relationship());
      if (state == 0) {
        return inserted;
      }
      Payout decided = state == 3 ? made.reject(checker, Role.APPROVER, "Nama rekening tidak sesuai buku tabungan.", now)
          : made.approve(checker, Role.APPROVER, now);
      PayoutTransition transition = state == 3 ? PayoutTransition.REJECT : PayoutTransition.APPROVE;
      Future<Void> written = inserted.compose(v -> payouts.decide(tx, decided, transition, 1)).mapEmpty();
      if (state != 2) {
        return written;
      }
      UUID batch = Ids.newId();
      return written.compose(v -> batches.insert(tx, batch, maker))
          .compose(v -> payouts.findById(tx, made.id()))
          .compose(stored -> batches.add(tx, batch, List.of(stored.orElseThrow().payout().addToBatch(batch)),
              List.of(Batching.newTransferReference())))
          .compose(v -> batches.apply(tx, batch, List.of(new Reconciliation.Answer(0, made.id(),
              Reconciliation.Outcome.PAID, "BJTM-" + made.id().toString().substring(0, 8).toUpperCase()))))
          .compose(v -> batches.closeIfComplete(tx, batch)).mapEmpty();
    });
  }
}
