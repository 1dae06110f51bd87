package id.ngopeni.domain.worker;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.problem.WorkerError;
import id.ngopeni.domain.worker.OfficeVocabulary.Category;
import id.ngopeni.domain.worker.OfficeVocabulary.Place;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficeVocabularyTest {
  private final OfficeVocabulary words = new OfficeVocabulary(List.of(
      new Place("35.73.02.1001", "Klojen", "35.73.02", "Klojen"),
      new Place("35.73.05.1001", "Sumbersari", "35.73.05", "Lowokwaru"),
      new Place("35.07.01.2001", "Sumbersari", "35.07.01", "Donomulyo")),
      List.of(new Category("GURU_NGAJI", "Guru ngaji", "Quran teacher")));

  @Test
  void kelurahanByCodeOrNameNarrowedByKecamatan() {
    assertThat(words.kelurahan("35.73.02.1001", null).code()).isEqualTo("35.73.02.1001");
    assertThat(words.kelurahan("35.73.09.1001", null).error()).isEqualTo(WorkerError.KELURAHAN_UNKNOWN);
    assertThat(words.kelurahan("  kel. KLOJEN ", "").code()).isEqualTo("35.73.02.1001");
    assertThat(words.kelurahan("Sumbersari", null).error()).isEqualTo(WorkerError.KELURAHAN_AMBIGUOUS);
    assertThat(words.kelurahan("Sumbersari", "Kec. Lowokwaru").code()).isEqualTo("35.73.05.1001");
    assertThat(words.kelurahan("Sumbersari", "35.07.01").code()).isEqualTo("35.07.01.2001");
    assertThat(words.kelurahan("Sumbersari (Kec. Donomulyo)", null).code()).isEqualTo("35.07.01.2001");
    assertThat(words.kelurahan("Klojen", "Lowokwaru").error()).isEqualTo(WorkerError.KELURAHAN_UNKNOWN);
    assertThat(words.kelurahan("Atlantis", null).error()).isEqualTo(WorkerError.KELURAHAN_UNKNOWN);
  }

  @Test
  void theTemplateLabelsNamesTwoKecamatanShare() {
    assertThat(words.places().stream().map(words::label))
        .containsExactly("Klojen", "Sumbersari (Kec. Lowokwaru)", "Sumbersari (Kec. Donomulyo)");
  }

  @Test
  void categoryByCodeOrEitherName() {
    assertThat(words.category("GURU_NGAJI")).contains("GURU_NGAJI");
    assertThat(words.category("guru  Ngaji")).contains("GURU_NGAJI");
    assertThat(words.category("Quran teacher")).contains("GURU_NGAJI");
    assertThat(words.category("Dukun")).isEmpty();
  }

  @Test
  void sexAsOfficesWriteIt() {
    assertThat(List.of("L", "l", "LK", "Laki-laki", "laki laki", "Pria", "M").stream().map(OfficeVocabulary::sex))
        .containsOnly("M");
    assertThat(List.of("P", "PR", "Perempuan", "wanita", "F").stream().map(OfficeVocabulary::sex)).containsOnly("F");
    assertThat(OfficeVocabulary.sex("X")).isEqualTo("X");
    assertThat(OfficeVocabulary.sex(null)).isNull();
  }
}
