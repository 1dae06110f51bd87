package id.ngopeni.domain.claim;

import static id.ngopeni.domain.claim.DocumentKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.heir.HeirRelationship;
import id.ngopeni.domain.money.Rupiah;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequiredDocumentsTest {
  static final Rupiah JKM_FULL = Rupiah.of(42_000_000);

  @Test
  void jkmDeathForAChild() {
    assertThat(RequiredDocuments.required(ClaimType.JKM_DEATH, JKM_FULL, HeirRelationship.CHILD, false))
        .containsExactlyInAnyOrder(KTP_MEMBER, KTP_HEIR, DEATH_CERTIFICATE, FAMILY_CARD, HEIR_LETTER, BANK_BOOK);
  }

  @Test
  void jkmDeathForTheSpouseAlsoNeedsTheMarriageBook() {
    assertThat(RequiredDocuments.required(ClaimType.JKM_DEATH, JKM_FULL, HeirRelationship.SPOUSE, false))
        .containsExactlyInAnyOrder(
            KTP_MEMBER, KTP_HEIR, DEATH_CERTIFICATE, FAMILY_CARD, HEIR_LETTER, MARRIAGE_BOOK, BANK_BOOK);
  }

  @ParameterizedTest
  @EnumSource(value = HeirRelationship.class, names = "SPOUSE", mode = EnumSource.Mode.EXCLUDE)
  void onlyTheSpouseNeedsTheMarriageBook(HeirRelationship heir) {
    assertThat(RequiredDocuments.required(ClaimType.JKK_DEATH, JKM_FULL, heir, false)).doesNotContain(MARRIAGE_BOOK);
  }

  @Test
  void beneficiaryNotYetChosenNeedsNoMarriageBook() {
    assertThat(RequiredDocuments.required(ClaimType.JKM_DEATH, JKM_FULL, null, false)).doesNotContain(MARRIAGE_BOOK);
  }

  @Test
  void jkkMedicalNeedsAccidentFormsAndReceiptsButNoHeirDocuments() {
    assertThat(RequiredDocuments.required(ClaimType.JKK_MEDICAL, Rupiah.of(5_000_000), null, false))
        .containsExactlyInAnyOrder(
            KTP_MEMBER, ACCIDENT_FORM, INCIDENT_REPORT, WITNESS_KTP, MEDICAL_RECEIPTS, BANK_BOOK);
  }

  @Test
  void jkkDeathNeedsAccidentAndHeirDocuments() {
    assertThat(RequiredDocuments.required(ClaimType.JKK_DEATH, JKM_FULL, HeirRelationship.SPOUSE, true))
        .containsExactlyInAnyOrder(
            KTP_MEMBER, KTP_HEIR, DEATH_CERTIFICATE, FAMILY_CARD, HEIR_LETTER, MARRIAGE_BOOK, BANK_BOOK,
            ACCIDENT_FORM, INCIDENT_REPORT, WITNESS_KTP, POLICE_REPORT);
  }

  @ParameterizedTest
  @EnumSource(value = ClaimType.class, names = {"JKK_DEATH", "JKK_MEDICAL"})
  void aTrafficAccidentNeedsThePoliceReport(ClaimType type) {
    assertThat(RequiredDocuments.required(type, JKM_FULL, null, true)).contains(POLICE_REPORT);
    assertThat(RequiredDocuments.required(type, JKM_FULL, null, false)).doesNotContain(POLICE_REPORT);
  }

  @Test
  void aDeathNotFromWorkNeverNeedsThePoliceReport() {
    assertThat(RequiredDocuments.required(ClaimType.JKM_DEATH, JKM_FULL, null, true)).doesNotContain(POLICE_REPORT);
  }

  @ParameterizedTest
  @EnumSource(ClaimType.class)
  void npwpIsNeverRequiredForJkkOrJkm_onlyForJhtAboveFiftyMillion_NikIsNpwpSince2024(ClaimType type) {
    for (HeirRelationship heir : HeirRelationship.values()) {
      for (long total : new long[] {0, 50_000_000, 50_000_001, 993_600_000, 2_000_000_000}) {
        assertThat(RequiredDocuments.required(type, Rupiah.of(total), heir, true)).doesNotContain(NPWP);
      }
    }
  }
}
