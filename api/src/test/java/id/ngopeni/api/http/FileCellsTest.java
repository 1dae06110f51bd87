package id.ngopeni.api.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

/** The one guard of every file the server writes (issue 13.2). */
class FileCellsTest {
  @Test
  void aValueThatCouldBreakARecordIsRefusedNotQuoted() {
    for (String bad : new String[] {"a\r\nb", "a\nb", "a\rb", "a\tb", "a\u0000b", "a\u0085b", "a\u2028b"}) {
      HttpProblem refused = catchThrowableOfType(HttpProblem.class, () -> FileCells.csv("account_name", bad));
      assertThat(refused).as("U+%04X", (int) bad.charAt(1)).isNotNull();
      assertThat(refused.code()).isEqualTo("unsafe_file_value");
      assertThat(refused.status()).isEqualTo(409);
      assertThat(refused.getMessage()).contains("account_name").doesNotContain(bad);
      assertThat(catchThrowableOfType(HttpProblem.class, () -> FileCells.checked("address", bad))).isNotNull();
    }
  }

  @Test
  void safeValuesAreQuotedAndDefused() {
    assertThat(FileCells.csv("x", "Siti Aminah")).isEqualTo("Siti Aminah");
    assertThat(FileCells.csv("x", "Jl. Ijen 5, RT 2")).isEqualTo("\"Jl. Ijen 5, RT 2\"");
    assertThat(FileCells.csv("x", "say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(FileCells.csv("x", "=1+2")).isEqualTo("'=1+2");
    assertThat(FileCells.csv("x", "@SUM(A1,A2)")).isEqualTo("\"'@SUM(A1,A2)\"");
    assertThat(FileCells.csv("x", null)).isEmpty();
    assertThat(FileCells.checked("x", null)).isNull();
  }
}
