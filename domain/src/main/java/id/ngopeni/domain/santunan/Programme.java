package id.ngopeni.domain.santunan;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A city santunan programme (santunan daerah): a benefit the city pays from its own budget under
 * its own regulation (a Perwali), never a statutory BPJS benefit. Data, not code: an admin
 * creates and edits it; {@link ProgrammeRules#validate} checks it.
 *
 * @param regulationNumber the founding regulation, e.g. "Perwali Kota Malang No. 12 Tahun 2025"
 * @param effectiveTo inclusive; {@code null} while open-ended
 * @param categories the worker categories covered; empty covers every category
 * @param membershipSources the funding sources of the membership covered; empty covers every source
 * @param requiresActiveMembership whether the worker must have had an active membership on the event date
 * @param amounts the amount per event, for the kinds the programme pays
 * @param budgetYear with {@code budgetSource}: the budget line (year, funding source) it draws on
 * @param budgetCeiling what that line holds for this programme: the payouts that hold money never exceed it
 */
public record Programme(
    UUID id,
    String name,
    String regulationNumber,
    LocalDate regulationDate,
    LocalDate effectiveFrom,
    LocalDate effectiveTo,
    Set<String> categories,
    Set<FundingSource> membershipSources,
    boolean requiresActiveMembership,
    Map<EventKind, Rupiah> amounts,
    int budgetYear,
    FundingSource budgetSource,
    Rupiah budgetCeiling,
    long version) {

  public Programme {
    Objects.requireNonNull(id, "id");
    categories = Set.copyOf(categories);
    membershipSources = Set.copyOf(membershipSources);
    amounts = Map.copyOf(amounts);
  }

  /** Whether the programme is in force on {@code date} (both ends inclusive). */
  public boolean inForce(LocalDate date) {
    return effectiveFrom != null && !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
  }

  /** What it pays for an event of this kind, if it pays for it at all. */
  public Optional<Rupiah> amountFor(EventKind kind) {
    return Optional.ofNullable(amounts.get(kind));
  }

  public boolean covers(String category) {
    return categories.isEmpty() || categories.contains(category);
  }

  public boolean coversSource(FundingSource source) {
    return membershipSources.isEmpty() || membershipSources.contains(source);
  }

  /** The same programme at the next version (after an edit). */
  public Programme withVersion(long next) {
    return new Programme(id, name, regulationNumber, regulationDate, effectiveFrom, effectiveTo, categories,
        membershipSources, requiresActiveMembership, amounts, budgetYear, budgetSource, budgetCeiling, next);
  }
}
