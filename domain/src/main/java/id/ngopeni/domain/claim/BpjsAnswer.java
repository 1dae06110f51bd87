package id.ngopeni.domain.claim;

import id.ngopeni.domain.Components;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One answer of BPJS Ketenagakerjaan on a handed-over case, as the office recorded it.
 *
 * @param amount what BPJS paid with this answer (zero for a refusal)
 * @param lines what it paid per benefit line, when its statement says so; empty when only the
 *     total is known
 * @param payeeName to whom it paid; {@code null} for a refusal
 * @param payeeRelationship the payee's relationship when the payee is a registered heir, else
 *     {@code null} (a provider, the worker, whoever arranged the funeral)
 * @param reason BPJS's reason: required for a refusal and for an amount above the expected one
 */
public record BpjsAnswer(
    BpjsOutcome outcome,
    LocalDate answeredOn,
    Rupiah amount,
    List<PaidLine> lines,
    UUID payeeHeirId,
    String payeeName,
    HeirRelationship payeeRelationship,
    String reason,
    String reference) {

  /** What BPJS paid on one line of the entitlement. */
  public record PaidLine(String code, Rupiah amount) {
    public PaidLine {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(amount, "amount");
    }
  }

  public BpjsAnswer {
    Components.requireNonNull("outcome answeredOn amount", outcome, answeredOn, amount);
    lines = List.copyOf(lines);
  }
}
