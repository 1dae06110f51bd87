package id.ngopeni.domain.claim;

import id.ngopeni.domain.heir.Heir;
import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.money.Rupiah;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Who receives each rupiah of an entitlement (PP 44/2015 Pasal 37(5)): the lines payable to the
 * worker or the provider go to them; the heirs' lines go to the highest heir class registered,
 * and with no heir and no will only the funeral cost is paid, to whoever arranged the funeral,
 * on proof. Lawful co-widows share the spouse's part equally.
 */
public final class BeneficiaryRules {
  /**
   * One receiver's part.
   *
   * @param heirId the heir, or {@code null} for the worker, the provider or the funeral arranger
   */
  public record Share(Payee payee, UUID heirId, Rupiah amount, String regulation) {}

  /**
   * @param shares who receives what
   * @param notPaid the heirs' part nobody may receive (no heir, no will)
   */
  public record Distribution(List<Share> shares, Rupiah notPaid) {
    public Distribution {
      shares = List.copyOf(shares);
    }
  }

  private BeneficiaryRules() {}

  /**
   * @param heirs the registered heirs
   * @param funeralArrangedWithProof whether someone has proved they arranged the funeral (only
   *     matters when no heir of classes 1–5 is registered)
   */
  public static Distribution distribute(Entitlement entitlement, List<Heir> heirs, boolean funeralArrangedWithProof) {
    List<Share> shares = new ArrayList<>();
    Rupiah heirsPart = Rupiah.ZERO;
    Rupiah funeral = Rupiah.ZERO;
    for (EntitlementLine line : entitlement.lines()) {
      if (line.flagged()) {
        continue;
      }
      if (line.payee() != Payee.HEIR) {
        shares.add(new Share(line.payee(), null, line.amount(), line.regulation()));
      } else {
        heirsPart = heirsPart.plus(line.amount());
        if (line.code().equals("FUNERAL_COST")) {
          funeral = funeral.plus(line.amount());
        }
      }
    }
    List<Heir> receivers = receivers(heirs);
    if (!receivers.isEmpty()) {
      shares.addAll(equalShares(heirsPart, receivers));
      return new Distribution(shares, Rupiah.ZERO);
    }
    if (funeralArrangedWithProof && !funeral.equals(Rupiah.ZERO)) {
      shares.add(new Share(Payee.FUNERAL_ARRANGER, null, funeral,
          Regulation.HEIRS + " (tanpa ahli waris dan wasiat: biaya pemakaman kepada pihak yang mengurus pemakaman)"));
      return new Distribution(shares, heirsPart.minus(funeral));
    }
    return new Distribution(shares, heirsPart);
  }

  /**
   * The heirs of the best (class, rank) registered; in class 1 the widow(s) or widower when
   * there is one, otherwise the children.
   */
  static List<Heir> receivers(List<Heir> heirs) {
    Heir best = heirs.stream()
        .min(Comparator.comparingInt(Heir::priorityClass).thenComparingInt(h -> h.relationship().rank()))
        .orElse(null);
    if (best == null) {
      return List.of();
    }
    List<Heir> group = heirs.stream()
        .filter(h -> h.priorityClass() == best.priorityClass() && h.relationship().rank() == best.relationship().rank())
        .toList();
    List<Heir> spouses = group.stream().filter(h -> h.relationship() == HeirRelationship.SPOUSE).toList();
    return spouses.isEmpty() ? group : spouses;
  }

  /** Equal parts; the rupiah left over by the division go one each to the first heirs listed. */
  private static List<Share> equalShares(Rupiah amount, List<Heir> receivers) {
    long each = amount.amount() / receivers.size();
    long rest = amount.amount() % receivers.size();
    List<Share> shares = new ArrayList<>();
    for (int i = 0; i < receivers.size(); i++) {
      shares.add(new Share(Payee.HEIR, receivers.get(i).id(), Rupiah.of(each + (i < rest ? 1 : 0)),
          Regulation.HEIRS + (receivers.size() > 1 ? " (dibagi sama rata)" : "")));
    }
    return shares;
  }
}
