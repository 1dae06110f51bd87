package id.ngopeni.domain.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.ngopeni.domain.budget.Earmark.Entry;
import id.ngopeni.domain.problem.Invalid;
import id.ngopeni.domain.problem.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;

class EarmarkTest {
  static final List<String> KNOWN = List.of("BURUH_TANI_TEMBAKAU", "BURUH_PABRIK_ROKOK", "MARBOT", "GURU_NGAJI");

  @Test
  void pmk72of2024TobaccoWorkersFirstThenOtherVulnerableWorkers() {
    Violations v = new Violations();
    Earmark dbhcht = Earmark.of("PMK 72/2024", List.of(new Entry("BURUH_TANI_TEMBAKAU", 1),
        new Entry("BURUH_PABRIK_ROKOK", 1), new Entry("MARBOT", 2)), KNOWN, v);
    assertThat(v.isEmpty()).isTrue();
    assertThat(dbhcht.priorities()).containsEntry("BURUH_TANI_TEMBAKAU", 1).containsEntry("MARBOT", 2).hasSize(3);
    assertThat(dbhcht.allows("MARBOT")).isTrue();
    assertThat(dbhcht.allows("GURU_NGAJI")).isFalse();
    assertThatThrownBy(() -> dbhcht.checkAllows("GURU_NGAJI", "fundingSource")).isInstanceOf(Invalid.class)
        .satisfies(e -> assertThat(((Invalid) e).errors()).singleElement()
            .satisfies(f -> assertThat(f.field() + ":" + f.errorCode().code()).isEqualTo("fundingSource:category_not_earmarked")));
  }

  @Test
  void aSourceWithoutEarmarkPaysForAnyCategory() {
    assertThat(Earmark.none().allows("GURU_NGAJI")).isTrue();
    Violations v = new Violations();
    Earmark cleared = Earmark.of(null, List.of(), KNOWN, v);
    assertThat(v.isEmpty()).isTrue();
    assertThat(cleared.allows("ANYTHING")).isTrue();
    assertThat(cleared.basis()).isNull();
  }

  @Test
  void unknownRepeatedOutOfRangeAndMissingBasisAreNamedByField() {
    Violations v = new Violations();
    Earmark.of(" ", List.of(new Entry("PILOT", 1), new Entry("MARBOT", 0), new Entry("MARBOT", 2),
        new Entry("GURU_NGAJI", 10)), KNOWN, v);
    assertThat(v.errors()).extracting(f -> f.field() + ":" + f.errorCode().code()).containsExactly(
        "categories[0].category:earmark_category_unknown", "categories[1].priority:earmark_priority_invalid",
        "categories[2].category:earmark_category_repeated", "categories[3].priority:earmark_priority_invalid",
        "basis:required");
  }

  @Test
  void theBasisHasALimit() {
    Violations v = new Violations();
    Earmark.of("x".repeat(Earmark.MAX_BASIS + 1), List.of(new Entry("MARBOT", 1)), KNOWN, v);
    assertThat(v.errors()).extracting(f -> f.field() + ":" + f.errorCode().code()).containsExactly("basis:too_long");
  }
}
