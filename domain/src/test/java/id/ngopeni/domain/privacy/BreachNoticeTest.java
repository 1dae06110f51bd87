package id.ngopeni.domain.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BreachNoticeTest {
  private static final UUID ID = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");
  private static final BreachIncident INCIDENT = new BreachIncident(Instant.parse("2026-03-06T08:00:00Z"),
      "Akun petugas dipakai orang lain untuk membuka data pekerja.", "Akun dinonaktifkan dan kata sandi diganti.",
      Set.of(PersonalField.NIK, PersonalField.PHONE, PersonalField.NAME), UUID.randomUUID(), "10.0.0.7",
      Instant.parse("2026-03-05T01:00:00Z"), Instant.parse("2026-03-05T03:30:00Z"));

  @Test
  void theNoticeToThePeopleSaysWhatWhenHowAndWhatIsDonePerPasal46Ayat2() {
    String text = new BreachNotice(ID, INCIDENT, 42, "dewi.operator", null).text(NoticeAddressee.SUBJECTS);
    assertThat(text).startsWith("PEMBERITAHUAN KEGAGALAN PELINDUNGAN DATA PRIBADI\n\nNomor insiden: 0190A1B2")
        .contains("Pasal 46 Undang-Undang Nomor 27 Tahun 2022")
        .contains("1. Data pribadi yang terungkap\n\nNIK (Nomor Induk Kependudukan), nama dan nomor telepon.")
        .contains("Kegagalan ini diketahui pada 6 Maret 2026 pukul 15.00 WIB.")
        .contains("Perkiraan waktu kejadian: 5 Maret 2026 pukul 08.00 WIB sampai 5 Maret 2026 pukul 10.30 WIB.")
        .contains("Akun petugas dipakai orang lain")
        .contains("3. Upaya penanganan dan pemulihan\n\nAkun dinonaktifkan dan kata sandi diganti.")
        // The people are not told who the suspected user is, nor how many others were affected.
        .doesNotContain("dewi.operator").doesNotContain("42 orang");
  }

  @Test
  void theNoticeToTheAuthorityAddsTheSourceTheCountTheSubjectsNoticeAndTheDeadline() {
    String text = new BreachNotice(ID, INCIDENT, 42, "dewi.operator", Instant.parse("2026-03-07T02:00:00Z"))
        .text(NoticeAddressee.AUTHORITY);
    assertThat(text).contains("Kepada Yth. Lembaga Penyelenggara Pelindungan Data Pribadi.")
        .contains("Dugaan sumber: akun pengguna dewi.operator, alamat IP 10.0.0.7.")
        .contains("3. Subjek data pribadi yang terdampak\n\n42 orang")
        .contains("Mereka telah diberi tahu pada 7 Maret 2026 pukul 09.00 WIB.")
        .contains("4. Upaya penanganan dan pemulihan")
        .contains("Batas waktu pemberitahuan 3 x 24 jam sejak diketahui: 9 Maret 2026 pukul 15.00 WIB.");
  }
}
