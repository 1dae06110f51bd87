package id.ngopeni.api.demo;

import id.ngopeni.api.platform.AppContext;
import id.ngopeni.domain.Ids;
import id.ngopeni.domain.claim.BenefitRules;
import id.ngopeni.domain.claim.BpjsAnswer;
import id.ngopeni.domain.claim.BpjsOutcome;
import id.ngopeni.domain.claim.Claim;
import id.ngopeni.domain.claim.ClaimType;
import id.ngopeni.domain.claim.CoverageFacts;
import id.ngopeni.domain.claim.EligibilityRules;
import id.ngopeni.domain.claim.Entitlement;
import id.ngopeni.domain.claim.HandOver;
import id.ngopeni.domain.claim.PaymentCheck;
import id.ngopeni.domain.claim.RequiredDocuments;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.persistence.audit.AuditEvent;
import id.ngopeni.persistence.claim.ClaimCaseRepository;
import id.ngopeni.persistence.claim.ClaimFactsRepository;
import id.ngopeni.persistence.claim.ClaimRepository;
import id.ngopeni.persistence.claim.StoredClaim;
import id.ngopeni.persistence.user.UserRepository;
import io.vertx.core.Future;
import io.vertx.core.json.JsonObject;
import io.vertx.sqlclient.SqlClient;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Demo cases the city follows with BPJS, one per stage the console shows: a JKM death being
 * prepared, a complete JKK death file whose accident was reported in time, a JKM file with BPJS
 * for 12 days (overdue), one BPJS paid in full on time, one BPJS paid short (flagged), and a
 * JKK medical case handed over today. Filed by the demo operator, on members whose membership
 * covers the incident; amounts from the real rules.
 */
final class DemoCases {
  private static final ClaimRepository CLAIMS = new ClaimRepository();
  private static final ClaimCaseRepository CASES = new ClaimCaseRepository();
  private static final ClaimFactsRepository FACTS = new ClaimFactsRepository();

  private enum Stage { PREPARING, COMPLETE, OVERDUE, PAID, SHORT, MEDICAL }

  private DemoCases() {}

  static Future<Void> load(AppContext context, List<DemoWorkers.Written> workers, LocalDate today) {
    LocalDate incident = today.minusDays(20);
    return context.pool().withTransaction(tx -> new UserRepository().findByUsername(tx, "operator").compose(user -> {
      UUID operator = user.orElseThrow().user().id();
      return eligible(tx, workers, incident, 0, new ArrayList<>()).compose(chosen -> {
        Future<Void> chain = Future.succeededFuture();
        Stage[] stages = Stage.values();
        for (int i = 0; i < Math.min(stages.length, chosen.size()); i++) {
          Stage stage = stages[i];
          Member m = chosen.get(i);
          chain = chain.compose(v -> one(tx, stage, m, incident, today, operator));
        }
        return chain.compose(v -> context.audit().append(tx, new AuditEvent(null, null, "demo.cases", "demo",
            "kota-malang", null, new JsonObject().put("cases", Math.min(stages.length, chosen.size()))))).mapEmpty();
      });
    }));
  }

  private record Member(UUID workerId, String kelurahan, CoverageFacts coverage) {}

  /** The first members, in registry order, whose membership covered the incident for at least 3 months. */
  private static Future<List<Member>> eligible(SqlClient tx, List<DemoWorkers.Written> workers, LocalDate incident,
      int from, List<Member> found) {
    if (found.size() == Stage.values().length || from >= workers.size()) {
      return Future.succeededFuture(found);
    }
    DemoWorkers.Written w = workers.get(from);
    return FACTS.coverageOn(tx, w.id(), incident).compose(coverage -> {
      Optional<CoverageFacts> ok = coverage.filter(c -> !c.membershipStart().isAfter(incident.minusMonths(4)));
      ok.ifPresent(c -> found.add(new Member(w.id(), w.kelurahanCode(), c)));
      return eligible(tx, workers, incident, from + 1, found);
    });
  }

  private static Future<Void> one(SqlClient tx, Stage stage, Member m, LocalDate incident, LocalDate today, UUID operator) {
    ClaimType type = switch (stage) {
      case COMPLETE -> ClaimType.JKK_DEATH;
      case MEDICAL -> ClaimType.JKK_MEDICAL;
      default -> ClaimType.JKM_DEATH;
    };
    Rupiah costs = type == ClaimType.JKK_MEDICAL ? Rupiah.of(7_450_000) : null;
    Entitlement entitlement = BenefitRules.entitlement(type, m.coverage(), incident, costs);
    var eligibility = EligibilityRules.eligibility(type, m.coverage(), incident, today, false);
    Claim claim = Claim.submit(Ids.newId(), m.workerId(), type, incident);
    StoredClaim stored = new StoredClaim(claim, m.kelurahan(), null, description(type), costs, false, eligibility,
        entitlement, List.copyOf(RequiredDocuments.required(type, entitlement.total(), null, false)), operator, null, null);
    Instant at = today.atStartOfDay(ZoneOffset.ofHours(7)).toInstant();
    Future<Claim> chain = CLAIMS.insert(tx, stored).compose(v -> reread(tx, claim.id(), true));
    if (type.program() == id.ngopeni.domain.membership.Program.JKK) {
      // Reported the day after the accident (in time), or, for the medical case, four days late.
      Instant reported = incident.plusDays(stage == Stage.MEDICAL ? 4 : 1).atTime(9, 0).toInstant(ZoneOffset.ofHours(7));
      chain = chain.compose(c -> CASES.accidentReported(tx, c.id(), c.version(), reported, operator)
          .compose(ok -> reread(tx, c.id(), ok)));
    }
    if (stage == Stage.PREPARING || !eligibility.eligible()) {
      return chain.mapEmpty();
    }
    chain = chain.compose(c -> {
      Claim verified = c.verify(eligibility, java.util.Set.of(), java.util.Set.of(), at);
      return CLAIMS.transition(tx, verified, c.version(), operator, null).compose(ok -> reread(tx, c.id(), ok));
    });
    if (stage == Stage.COMPLETE) {
      return chain.mapEmpty();
    }
    LocalDate handedOver = switch (stage) {
      case OVERDUE -> today.minusDays(12);
      case MEDICAL -> today;
      default -> today.minusDays(9);
    };
    HandOver handOver = new HandOver(handedOverOn(handedOver, incident), "Malang", "DEMO-" + stage.ordinal() + "-" + today.getYear());
    chain = chain.compose(c -> {
      Claim next = c.handOver(at);
      return CASES.handOver(tx, next, c.version(), handOver, operator).compose(ok -> reread(tx, c.id(), ok));
    });
    if (stage != Stage.PAID && stage != Stage.SHORT) {
      return chain.mapEmpty();
    }
    boolean full = stage == Stage.PAID;
    Rupiah amount = full ? entitlement.total() : entitlement.total().minus(Rupiah.of(12_000_000)).max(Rupiah.ZERO);
    BpjsAnswer answer = new BpjsAnswer(full ? BpjsOutcome.PAID : BpjsOutcome.PARTLY_PAID, handOver.handedOverOn().plusDays(2),
        amount, List.of(), null, "Ahli waris (demo)", null, null, "BPJS-DEMO-" + stage.ordinal());
    PaymentCheck check = PaymentCheck.of(type, entitlement, List.of(answer), List.of());
    return chain.compose(c -> {
      Claim next = c.answer(answer.outcome(), at);
      return CASES.insertAnswer(tx, Ids.newId(), c.id(), answer, operator)
          .compose(v -> CASES.answered(tx, next, c.version(), check.paidTotal(), check.followUp(), operator))
          .compose(ok -> reread(tx, c.id(), ok));
    }).mapEmpty();
  }

  /** The claim as stored after a write that must have happened. */
  private static Future<Claim> reread(SqlClient tx, UUID id, boolean written) {
    if (!written) {
      return Future.failedFuture(new IllegalStateException("demo case not written: " + id));
    }
    return CLAIMS.findById(tx, id).map(found -> found.orElseThrow().claim());
  }

  private static LocalDate handedOverOn(LocalDate wanted, LocalDate incident) {
    return wanted.isBefore(incident) ? incident : wanted;
  }

  private static String description(ClaimType type) {
    return switch (type) {
      case JKM_DEATH -> "Meninggal dunia karena sakit di rumah (data demo).";
      case JKK_DEATH -> "Meninggal dunia tertimpa reruntuhan saat bekerja (data demo).";
      case JKK_MEDICAL -> "Jatuh dari tangga saat bekerja, dirawat di rumah sakit (data demo).";
      case JKK_INCAPACITY -> "Patah kaki saat bekerja, tidak mampu bekerja sementara (data demo).";
      case JKK_DISABILITY -> "Kehilangan fungsi tangan setelah kecelakaan kerja (data demo).";
    };
  }

}
