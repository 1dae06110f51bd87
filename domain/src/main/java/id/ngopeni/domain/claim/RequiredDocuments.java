package id.ngopeni.domain.claim;

import static id.ngopeni.domain.claim.DocumentKind.*;

import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.membership.Program;
import id.ngopeni.domain.money.Rupiah;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which documents a claim needs before it can be verified (DOMAIN.md, Documents per claim).
 * Never the NPWP: BPJS asks for it only when a JHT balance exceeds Rp50.000.000 (and the NIK
 * serves as NPWP since 2024, PMK 112/2022), so it is no requirement of a JKK or JKM claim,
 * whatever the amount. {@link DocumentKind#NPWP} stays only so old uploads remain readable.
 */
public final class RequiredDocuments {
  private RequiredDocuments() {}

  /**
   * @param cashTotal the entitlement's cash total; no document depends on it any more (the
   *     parameter stays for the callers)
   * @param beneficiary relationship of the heir the benefit goes to, or {@code null} if not yet
   *     chosen (or for a medical claim, which pays the worker)
   * @param trafficAccident whether the work accident happened on the road
   */
  public static Set<DocumentKind> required(
      ClaimType type, Rupiah cashTotal, HeirRelationship beneficiary, boolean trafficAccident) {
    Set<DocumentKind> kinds = EnumSet.of(KTP_MEMBER, BANK_BOOK);
    if (type.isDeath()) {
      // A death claim pays an heir, who proves the death and their right to it.
      kinds.addAll(EnumSet.of(KTP_HEIR, DEATH_CERTIFICATE, FAMILY_CARD, HEIR_LETTER));
      if (beneficiary == HeirRelationship.SPOUSE) {
        kinds.add(MARRIAGE_BOOK);
      }
    }
    if (type.program() == Program.JKK) {
      kinds.addAll(EnumSet.of(ACCIDENT_FORM, INCIDENT_REPORT, WITNESS_KTP));
      if (trafficAccident) {
        kinds.add(POLICE_REPORT);
      }
    }
    if (type == ClaimType.JKK_MEDICAL) {
      kinds.add(MEDICAL_RECEIPTS);
    }
    return kinds;
  }
}
