package id.ngopeni.domain.santunan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import id.ngopeni.domain.membership.FundingSource;
import id.ngopeni.domain.money.Rupiah;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Invalid;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgrammeRulesTest {
  @Test
  void aWellFormedProgrammeIsAccepted() {
    Programme p = EligibilityTest.deathProgramme();
    assertThat(ProgrammeRules.validate(p)).isSameAs(p);
    assertThat(p.amountFor(EventKind.DEATH)).contains(Rupiah.of(10_000_000));
    assertThat(p.amountFor(EventKind.WORK_ACCIDENT)).isEmpty();
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    Programme bad = new Programme(UUID.randomUUID(), " ", null, null, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 5, 31),
        Set.of("marbot"), Set.of(), true, Map.of(EventKind.DEATH, Rupiah.ZERO), 1999, null, Rupiah.of(-1), 1);
    assertThatThrownBy(() -> ProgrammeRules.validate(bad))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
            .containsExactly(
                tuple("name", "required"),
                tuple("regulationNumber", "required"),
                tuple("regulationDate", "required"),
                tuple("effectiveTo", "effective_to_before_from"),
                tuple("categories", "category_invalid"),
                tuple("amounts", "amounts_required"),
                tuple("budgetYear", "budget_year_invalid"),
                tuple("budgetSource", "required"),
                tuple("budgetCeiling", "negative")));
  }

  @Test
  void aProgrammeThatPaysForNothingIsRefused() {
    Programme p = EligibilityTest.programme(LocalDate.of(2025, 1, 1), null, Set.of(), Set.of(FundingSource.APBD), Map.of());
    assertThatThrownBy(() -> ProgrammeRules.validate(p))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::code)
            .containsExactly("amounts_required"));
  }

  @Test
  void theCeilingMayFallToWhatIsCommittedButNotBelow() {
    ProgrammeRules.checkCeiling(Rupiah.of(30_000_000), Rupiah.of(30_000_000));
    assertThatThrownBy(() -> ProgrammeRules.checkCeiling(Rupiah.of(29_999_999), Rupiah.of(30_000_000)))
        .isInstanceOfSatisfying(Invalid.class, e -> assertThat(e.errors()).extracting(FieldError::field, FieldError::code)
            .containsExactly(tuple("budgetCeiling", "ceiling_below_committed")));
  }
}
