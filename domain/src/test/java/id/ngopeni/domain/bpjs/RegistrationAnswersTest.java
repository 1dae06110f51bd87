package id.ngopeni.domain.bpjs;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.bpjs.RegistrationAnswers.Answer;
import id.ngopeni.domain.bpjs.RegistrationAnswers.Candidate;
import id.ngopeni.domain.problem.FieldError;
import id.ngopeni.domain.problem.Violations;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RegistrationAnswersTest {
  private static final String NIK_A = "3573010101800001";
  private static final String NIK_B = "3573015101850002";
  private final UUID workerA = UUID.randomUUID();
  private final UUID workerB = UUID.randomUUID();
  private final UUID membershipA = UUID.randomUUID();
  private final UUID membershipB = UUID.randomUUID();

  @Test
  void headersAreFoundByNameWhateverTheirCaseOrderOrSpelling() {
    Violations v = new Violations();
    HeaderMap h = HeaderMap.of(List.of("Alasan", "NO_KPJ", " nik "), RegistrationAnswers.COLUMNS,
        RegistrationAnswers.REQUIRED, v);
    assertThat(v.isEmpty()).isTrue();
    assertThat(h.cell(List.of("", "123 4567 8901", NIK_A), "kpj")).isEqualTo("123 4567 8901");
    assertThat(h.has("reference")).isFalse();
  }

  @Test
  void missingAndRepeatedColumnsAreEachReported() {
    Violations v = new Violations();
    HeaderMap.of(List.of("nik", "NIK", "kpj"), RegistrationAnswers.COLUMNS, RegistrationAnswers.REQUIRED, v);
    assertThat(v.errors()).extracting(FieldError::field).containsExactlyInAnyOrder("header.nik", "header.reason");
  }

  @Test
  void aRowGivesAKpjOrAReasonNeverBothNorNeither() {
    HeaderMap h = HeaderMap.of(List.of("nik", "kpj", "reason"), RegistrationAnswers.COLUMNS,
        RegistrationAnswers.REQUIRED, new Violations());
    Violations v = new Violations();
    assertThat(RegistrationAnswers.read(h, 2, List.of(NIK_A, "1234.5678.901", ""), v).kpj()).isEqualTo("12345678901");
    assertThat(RegistrationAnswers.read(h, 3, List.of(NIK_A, "", ""), v)).isNull();
    assertThat(RegistrationAnswers.read(h, 4, List.of(NIK_A, "12345678901", "ditolak"), v)).isNull();
    assertThat(RegistrationAnswers.read(h, 5, List.of("12345", "1234", ""), v)).isNull();
    assertThat(v.errors()).extracting(e -> e.field() + ":" + e.code()).containsExactly("rows[3].kpj:answer_required",
        "rows[4].kpj:answer_ambiguous", "rows[5].nik:nik_invalid_in_file", "rows[5].kpj:kpj_invalid");
  }

  @Test
  void aKpjBelongsToOneWorkerAndAMembershipKeepsItsKpj() {
    List<Candidate> candidates = List.of(new Candidate(membershipA, workerA, NIK_A, null, null),
        new Candidate(membershipB, workerB, NIK_B, "11111111111", null));
    Violations v = new Violations();
    var outcome = RegistrationAnswers.match(List.of(new Answer(2, null, NIK_A, "11111111111", null),
        new Answer(3, membershipB, NIK_B, "22222222222", null)), candidates, Map.of("11111111111", workerB), v);
    assertThat(outcome.changes()).isEmpty();
    assertThat(v.errors()).extracting(e -> e.field() + ":" + e.code())
        .containsExactly("rows[2].kpj:kpj_taken", "rows[3].kpj:kpj_conflict");
  }

  @Test
  void whatIsAlreadyRecordedIsCountedUnchangedNotChangedAgain() {
    List<Candidate> candidates = List.of(new Candidate(membershipA, workerA, NIK_A, "11111111111", null),
        new Candidate(membershipB, workerB, NIK_B, null, "data tidak lengkap"));
    Violations v = new Violations();
    var outcome = RegistrationAnswers.match(List.of(new Answer(2, null, NIK_A, "11111111111", null),
        new Answer(3, null, NIK_B, "22222222222", null)), candidates, Map.of("11111111111", workerA), v);
    assertThat(v.isEmpty()).isTrue();
    assertThat(outcome.unchanged()).isEqualTo(1);
    assertThat(outcome.changes()).singleElement().satisfies(c -> {
      assertThat(c.membershipId()).isEqualTo(membershipB);
      assertThat(c.registered()).isTrue();
      assertThat(c.row()).isEqualTo(3);
    });
  }
}
