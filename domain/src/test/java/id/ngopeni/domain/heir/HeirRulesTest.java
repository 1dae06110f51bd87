package id.ngopeni.domain.heir;

import static id.ngopeni.domain.heir.HeirRelationship.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.problem.Conflict;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class HeirRulesTest {
  static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

  static Heir heir(HeirRelationship relationship) {
    return new Heir(UUID.randomUUID(), "Siti " + relationship, null, relationship, null);
  }

  static List<FieldError> errorsOf(List<HeirDraft> drafts) {
    try {
      HeirRules.validate(drafts, TODAY);
    } catch (Invalid e) {
      return e.errors();
    }
    throw new AssertionError("expected Invalid");
  }

  @Test
  void acceptsAWellFormedListAndGivesEachHeirAnId() {
    List<Heir> heirs =
        HeirRules.validate(
            List.of(
                new HeirDraft("  Siti Aminah ", "3573024107800001", "SPOUSE", LocalDate.of(1980, 7, 1)),
                new HeirDraft("Budi", null, "CHILD", TODAY),
                new HeirDraft("Sri", "", "PARENT", null)),
            TODAY);

    assertThat(heirs)
        .extracting(Heir::fullName, Heir::nik, Heir::relationship, Heir::priorityClass)
        .containsExactly(
            tuple("Siti Aminah", "3573024107800001", SPOUSE, 1),
            tuple("Budi", null, CHILD, 1),
            tuple("Sri", null, PARENT, 2));
    assertThat(heirs).extracting(Heir::id).doesNotHaveDuplicates().doesNotContainNull();
  }

  @Test
  void anEmptyListIsAllowed() {
    assertThat(HeirRules.validate(List.of(), TODAY)).isEmpty();
  }

  @Test
  void reportsEveryFailingFieldWithItsIndex() {
    List<FieldError> errors =
        errorsOf(
            List.of(
                new HeirDraft(" ", "12345", null, TODAY.plusDays(1)),
                new HeirDraft("A".repeat(201), null, "COUSIN", null)));

    assertThat(errors)
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(
            tuple("heirs[0].fullName", "full_name_required"),
            tuple("heirs[0].relationship", "relationship_required"),
            tuple("heirs[0].birthDate", "birth_date_in_future"),
            tuple("heirs[0].nik", "nik_invalid"),
            tuple("heirs[1].fullName", "full_name_too_long"),
            tuple("heirs[1].relationship", "relationship_unknown"));
  }

  @Test
  void coWidowsMayBeRegisteredUpToFour_PP44_2015_Pasal37_UU1_1974() {
    List<HeirDraft> four = List.of(new HeirDraft("A", null, "SPOUSE", null), new HeirDraft("B", null, "SPOUSE", null),
        new HeirDraft("C", null, "SPOUSE", null), new HeirDraft("D", null, "SPOUSE", null));
    assertThat(HeirRules.validate(four, LocalDate.of(2025, 1, 1))).hasSize(4);
    List<HeirDraft> five = new java.util.ArrayList<>(four);
    five.add(new HeirDraft("E", null, "SPOUSE", null));
    assertThat(errorsOf(five))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("heirs[4].relationship", "spouse_duplicate"));
  }

  @Test
  void twoHeirsCannotShareANik() {
    String nik = "3573020101900001";
    assertThat(errorsOf(List.of(new HeirDraft("A", nik, "CHILD", null), new HeirDraft("B", nik, "CHILD", null))))
        .extracting(FieldError::field, FieldError::code)
        .containsExactly(tuple("heirs[1].nik", "nik_duplicate"));
  }

  @Test
  void nikMustBeSixteenDigits() {
    for (String bad : List.of("357302010190000", "35730201019000011", "357302010190000A")) {
      assertThat(errorsOf(List.of(new HeirDraft("A", bad, "CHILD", null))))
          .extracting(FieldError::code)
          .containsExactly("nik_invalid");
    }
  }

  @Test
  void everyPairOfPriorities() {
    for (HeirRelationship candidate : HeirRelationship.values()) {
      for (HeirRelationship other : HeirRelationship.values()) {
        Heir beneficiary = heir(candidate);
        List<Heir> registered = List.of(beneficiary, heir(other));
        if (other.outranks(candidate)) {
          assertThatThrownBy(() -> HeirRules.checkBeneficiary(beneficiary, registered))
              .as(candidate + " while " + other + " is registered")
              .isInstanceOfSatisfying(
                  Conflict.class, e -> assertThat(e.code()).isEqualTo("heir_not_highest_priority"));
        } else {
          assertThatCode(() -> HeirRules.checkBeneficiary(beneficiary, registered))
              .as(candidate + " while " + other + " is registered")
              .doesNotThrowAnyException();
        }
      }
    }
  }

  @Test
  void aGrandchildIsRefusedWhileAParentIsRegisteredThoughBothAreClassTwo() {
    Heir grandchild = heir(GRANDCHILD);
    assertThatThrownBy(() -> HeirRules.checkBeneficiary(grandchild, List.of(heir(PARENT), grandchild)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("PARENT");
  }

  @ParameterizedTest
  @EnumSource(HeirRelationship.class)
  void anyoneAloneMayReceive(HeirRelationship relationship) {
    Heir only = heir(relationship);
    assertThatCode(() -> HeirRules.checkBeneficiary(only, List.of(only))).doesNotThrowAnyException();
  }

  @Test
  void anUnregisteredBeneficiaryIsRefused() {
    assertThatThrownBy(() -> HeirRules.checkBeneficiary(heir(SPOUSE), List.of(heir(CHILD))))
        .isInstanceOfSatisfying(
            Invalid.class, e -> assertThat(e.errors().get(0).code()).isEqualTo("heir_not_registered"));
  }
}
