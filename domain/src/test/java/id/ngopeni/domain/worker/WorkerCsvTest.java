package id.ngopeni.domain.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkerCsvTest {

  @Test
  void headerNamesTheImportColumns() {
    assertThat(WorkerCsv.HEADER)
        .isEqualTo("nik,full_name,birth_date,sex,kelurahan_code,category,phone,address");
  }

  @Test
  void plainRowIsUnquoted() {
    WorkerDraft draft =
        new WorkerDraft(
            "3573020903750007",
            "Sholeh",
            LocalDate.of(1975, 3, 9),
            "M",
            "35.73.02.1001",
            "MARBOT",
            "+6281234567890",
            "Jl. Kawi No. 3");
    assertThat(WorkerCsv.line(draft))
        .isEqualTo(
            "3573020903750007,Sholeh,1975-03-09,M,35.73.02.1001,MARBOT,+6281234567890,Jl. Kawi No."
                + " 3");
  }

  @Test
  void missingValuesAreEmptyFields() {
    WorkerDraft draft = new WorkerDraft(null, null, null, null, null, null, null, null);
    assertThat(WorkerCsv.line(draft)).isEqualTo(",,,,,,,");
  }

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      value = {
        "Sholeh | Sholeh",
        "Sholeh, S.Pd.I. | \"Sholeh, S.Pd.I.\"",
        "Ahmad \"Gus\" Fauzi | \"Ahmad \"\"Gus\"\" Fauzi\"",
        "'' | ''",
        "Ma'ruf | Ma'ruf"
      })
  void quotesPerRfc4180(String value, String field) {
    assertThat(WorkerCsv.field(value)).isEqualTo(field);
  }

  @Test
  void lineBreaksAreQuoted() {
    assertThat(WorkerCsv.field("Jl. Kawi\nNo. 3")).isEqualTo("\"Jl. Kawi\nNo. 3\"");
    assertThat(WorkerCsv.field("Jl. Kawi\r\nNo. 3")).isEqualTo("\"Jl. Kawi\r\nNo. 3\"");
  }
}
