package id.ngopeni.api.worker;

import static org.assertj.core.api.Assertions.assertThat;

import id.ngopeni.domain.worker.Nik;
import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DuplicateWarningTest {
  @RegisterExtension static final WorkerFixture r = new WorkerFixture("duplicates");

  private static List<String> warnings(JsonObject worker) {
    return worker.getJsonArray("warnings").stream().map(w -> ((JsonObject) w).getString("code")).toList();
  }

  @Test
  void sameBirthDateAndTheSameNameUnderTitlesAndSpellingsIsAPossibleDuplicate() {
    LocalDate born = LocalDate.of(1965, 10, 12);
    String first = r.createdId(WorkerFixture.worker("Muhammad Sholeh", born, "M", WorkerFixture.KLOJEN));
    JsonObject second = r.created(r.admin, WorkerFixture.worker("H. Moch. Sholeh, S.Pd.I.", born, "M", WorkerFixture.SAMAAN));
    assertThat(warnings(second)).containsExactly("possible_duplicate");
    assertThat(second.getJsonArray("warnings").getJsonObject(0).getString("workerId")).isEqualTo(first);
  }

  @Test
  void aSimilarButNotEqualNameWarnsToo() {
    LocalDate born = LocalDate.of(1977, 1, 23);
    r.createdId(WorkerFixture.worker("Siti Khoirun Nisa", born, "F", WorkerFixture.KLOJEN));
    JsonObject second = r.created(r.admin, WorkerFixture.worker("Siti Khoirun Nisak", born, "F", WorkerFixture.KLOJEN));
    assertThat(warnings(second)).containsExactly("possible_duplicate");
  }

  @Test
  void theSameNameOnAnotherDayOrAnotherNameOnTheSameDayIsNoWarning() {
    LocalDate born = LocalDate.of(1981, 4, 4);
    r.createdId(WorkerFixture.worker("Eko Prasetyo", born, "M", WorkerFixture.KLOJEN));
    assertThat(warnings(r.created(r.admin, WorkerFixture.worker("Eko Prasetyo", born.plusDays(1), "M", WorkerFixture.KLOJEN)))).isEmpty();
    assertThat(warnings(r.created(r.admin, WorkerFixture.worker("Joko Susilo", born, "M", WorkerFixture.KLOJEN)))).isEmpty();
  }

  @Test
  void aNikOneDigitAwayWithTheSameNameIsAPossibleNikSlip() {
    LocalDate born = LocalDate.of(1990, 6, 15);
    JsonObject first = WorkerFixture.worker("Rudi Hartono", born, "M", WorkerFixture.KLOJEN);
    String firstId = r.createdId(first);
    Nik original = Nik.parse(first.getString("nik"));
    // The serial's last digit mistyped: still a valid NIK for the same person.
    int serial = original.serial();
    int slipped = serial % 10 == 9 ? serial - 1 : serial + 1;
    String slip = first.getString("nik").substring(0, 12) + String.format("%04d", slipped);
    assertThat(original.isOneDigitAwayFrom(Nik.parse(slip))).isTrue();
    JsonObject second = r.created(r.admin, first.copy().put("nik", slip).put("fullName", "RUDI HARTONO"));
    assertThat(warnings(second)).containsExactly("possible_duplicate_nik");
    assertThat(second.getJsonArray("warnings").getJsonObject(0).getString("workerId")).isEqualTo(firstId);
  }

  @Test
  void aFieldOfficerIsWarnedOfADuplicateElsewhereWithoutItsId() {
    LocalDate born = LocalDate.of(1968, 2, 29);
    r.createdId(WorkerFixture.worker("Sri Mulyani", born, "F", WorkerFixture.SAMAAN));
    String officer = r.token("petugas.dup", "FIELD_OFFICER", WorkerFixture.KLOJEN);
    JsonObject mine = r.created(officer, WorkerFixture.worker("Hj. Sri Mulyani", born, "F", WorkerFixture.KLOJEN));
    assertThat(warnings(mine)).containsExactly("possible_duplicate");
    assertThat(mine.getJsonArray("warnings").getJsonObject(0).containsKey("workerId")).isFalse();
  }
}
