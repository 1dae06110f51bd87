package id.ngopeni.persistence.subject;

import static id.ngopeni.persistence.subject.Timestamps.instant;

import id.ngopeni.persistence.subject.SubjectBenefits.Death;
import id.ngopeni.persistence.subject.SubjectBenefits.Difference;
import id.ngopeni.persistence.subject.SubjectBenefits.Entitlement;
import id.ngopeni.persistence.subject.SubjectBenefits.Refund;
import id.ngopeni.persistence.subject.SubjectBenefits.SantunanEvent;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The BPJS reconciliation and santunan records of one person ({@link SubjectBenefits}), for their report. */
public final class SubjectBenefitRepository {
  private static final String REFUNDS = """
      SELECT f.id, f.period, i.funding_source, f.amount, f.status, f.received_on, f.reference, f.created_at
      FROM bpjs_refund f JOIN premium_invoice i ON i.id = f.invoice_id
      WHERE f.worker_id = $1 ORDER BY f.period DESC, f.id""";

  /** By the worker, or by one of their memberships (a bill row matched to a membership only). */
  private static final String DIFFERENCES = """
      SELECT d.id, r.period, d.kind, d.funding_source, d.city_amount, d.bpjs_amount, d.detail, d.action, d.reason,
             d.amount_to_pay, d.resolved_at
      FROM bpjs_difference d JOIN bpjs_reconciliation r ON r.id = d.reconciliation_id
      WHERE d.worker_id = $1 OR d.membership_id IN (SELECT id FROM membership WHERE worker_id = $1)
      ORDER BY r.period DESC, d.id""";

  private static final String EVENTS = """
      SELECT e.id, e.kind, e.event_date, e.claim_id, e.proof_note, e.created_at,
             coalesce(array_agg(p.name ORDER BY p.name) FILTER (WHERE p.id IS NOT NULL), '{}'::text[]) AS programmes,
             coalesce(array_agg(en.amount ORDER BY p.name) FILTER (WHERE p.id IS NOT NULL), '{}'::bigint[]) AS amounts
      FROM santunan_event e
      LEFT JOIN santunan_entitlement en ON en.event_id = e.id
      LEFT JOIN santunan_programme p ON p.id = en.programme_id
      WHERE e.worker_id = $1 GROUP BY e.id ORDER BY e.event_date DESC, e.id""";

  private static final String DEATH = "SELECT death_date, source, recorded_at FROM worker_death WHERE worker_id = $1";

  /** All four, read together on {@code db}. */
  public Future<SubjectBenefits> of(SqlClient db, UUID workerId) {
    var refunds = PerWorker.list(db, REFUNDS, workerId, r -> new Refund(r.getUUID("id"), r.getLocalDate("period"),
        r.getString("funding_source"), r.getLong("amount"), r.getString("status"), r.getLocalDate("received_on"),
        r.getString("reference"), instant(r, "created_at")));
    var differences = PerWorker.list(db, DIFFERENCES, workerId, r -> new Difference(r.getUUID("id"),
        r.getLocalDate("period"), r.getString("kind"), r.getString("funding_source"), r.getLong("city_amount"),
        r.getLong("bpjs_amount"), r.getString("detail"), r.getString("action"), r.getString("reason"),
        r.getLong("amount_to_pay"), instant(r, "resolved_at")));
    var events = PerWorker.list(db, EVENTS, workerId, SubjectBenefitRepository::event);
    var death = PerWorker.one(db, DEATH, workerId, r -> new Death(r.getLocalDate("death_date"), r.getString("source"),
        instant(r, "recorded_at")));
    return Future.all(refunds, differences, events, death)
        .map(all -> new SubjectBenefits(refunds.result(), differences.result(), events.result(), death.result()));
  }

  private static SantunanEvent event(Row r) {
    List<String> programmes = PerWorker.strings(r, "programmes");
    Long[] amounts = r.getArrayOfLongs("amounts");
    List<Entitlement> given = new ArrayList<>();
    for (int i = 0; i < programmes.size(); i++) {
      given.add(new Entitlement(programmes.get(i), amounts[i]));
    }
    return new SantunanEvent(r.getUUID("id"), r.getString("kind"), r.getLocalDate("event_date"), r.getUUID("claim_id"),
        r.getString("proof_note"), instant(r, "created_at"), given);
  }
}
