package id.ngopeni.domain.worker;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Violations;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkerCategoryTest {
  private static List<String> problems(String code, String nameId, String nameEn, Long sortOrder) {
    Violations v = new Violations();
    WorkerCategory.check(v, code, nameId, nameEn, sortOrder);
    return v.errors().stream().map(FieldError::field).toList();
  }

  @Test
  void aWellFormedCategoryPasses() {
    assertThat(problems("PENJAGA_MAKAM", "Penjaga makam", "Grave keeper", 40L)).isEmpty();
    assertThat(problems("PENJAGA_MAKAM", "Penjaga makam", "Grave keeper", null)).isEmpty();
  }

  @Test
  void missingValuesWereReportedAlreadyAndAreNotCheckedAgain() {
    assertThat(problems(null, null, null, null)).isEmpty();
  }

  @Test
  void codeNamesAndSortOrderAreChecked() {
    assertThat(problems("penjaga", "x".repeat(101), " " + "x".repeat(100) + " ", 10_001L))
        .containsExactly("code", "nameId", "sortOrder");
    assertThat(problems("A", "ok", "ok", -1L)).containsExactly("code", "sortOrder");
  }
}
