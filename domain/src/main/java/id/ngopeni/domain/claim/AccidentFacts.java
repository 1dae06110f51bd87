package id.ngopeni.domain.claim;

import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a work accident's cash and care benefits are computed from (JKK, PP 44/2015 Pasal 25 and
 * Lampiran III as amended by PP 82/2019).
 *
 * @param declaredIncome declared monthly income (the "upah" of a BPU member)
 * @param accidentDate the benefit schedule in force on this day applies
 * @param medicalCosts medical care, or {@code null}; paid as medically needed, no cap
 * @param medicalPayee the provider (billed directly) or the worker (reimbursed)
 * @param transport transport of the injured worker, by mode
 * @param homeCareCosts care at home for at most one year, or {@code null}
 * @param unableToWorkFrom first day of certified temporary incapacity (STMB), or {@code null}
 * @param unableToWorkUntil last day of it (inclusive): recovery, or the day disability is set
 * @param disabilities permanent partial disabilities found
 * @param totalPermanentDisability cacat total tetap
 */
public record AccidentFacts(
    Rupiah declaredIncome,
    LocalDate accidentDate,
    Rupiah medicalCosts,
    Payee medicalPayee,
    List<Transport> transport,
    Rupiah homeCareCosts,
    LocalDate unableToWorkFrom,
    LocalDate unableToWorkUntil,
    List<Disability> disabilities,
    boolean totalPermanentDisability) {

  public enum TransportMode { LAND, SEA, AIR }

  public record Transport(TransportMode mode, Rupiah cost) {
    public Transport {
      Objects.requireNonNull(mode, "mode");
      Objects.requireNonNull(cost, "cost");
    }
  }

  /**
   * A permanent partial disability.
   *
   * @param tableCode a row of {@link DisabilityTable}
   * @param functionLostPercent {@code null} for the anatomical loss of the part; otherwise how
   *     much of its function is lost, 1–100 ("cacat sebagian fungsi")
   */
  public record Disability(String tableCode, Integer functionLostPercent) {
    public Disability {
      Objects.requireNonNull(tableCode, "tableCode");
      if (functionLostPercent != null && (functionLostPercent < 1 || functionLostPercent > 100)) {
        throw new IllegalArgumentException("function lost must be 1..100 %");
      }
    }
  }

  public AccidentFacts {
    Objects.requireNonNull(declaredIncome, "declaredIncome");
    Objects.requireNonNull(accidentDate, "accidentDate");
    transport = List.copyOf(transport);
    disabilities = List.copyOf(disabilities);
    if ((unableToWorkFrom == null) != (unableToWorkUntil == null)
        || unableToWorkFrom != null && unableToWorkUntil.isBefore(unableToWorkFrom)) {
      throw new IllegalArgumentException("incapacity needs a first and a last day, in order");
    }
    if (medicalCosts != null && medicalPayee == null) {
      throw new IllegalArgumentException("medical costs need a payee");
    }
  }
}
