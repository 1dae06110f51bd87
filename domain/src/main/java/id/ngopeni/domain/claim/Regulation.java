package id.ngopeni.domain.claim;

/**
 * Citations shown next to each entitlement line, so a reviewer can check the source. The
 * version-dependent ones are prefixed with the schedule's regulation ({@link
 * BenefitSchedule#cite}), so a death in 2018 cites PP 44/2015 and one in 2025 PP 82/2019.
 */
final class Regulation {
  /** JKM benefits: PP 44/2015 Pasal 34 as amended. */
  static final String JKM = "Pasal 34, manfaat JKM";
  static final String JKM_BPU_WAITING = "manfaat JKM peserta BPU; masa tunggu 3 bulan (belum dikonfirmasi)";
  /** JKK benefits: PP 44/2015 Pasal 25 and Lampiran III as amended. */
  static final String JKK = "Pasal 25 dan Lampiran III, manfaat JKK";
  static final String JKK_STMB = "Pasal 25 dan Lampiran III, santunan sementara tidak mampu bekerja (STMB)";
  static final String JKK_DISABILITY = "Pasal 25 dan Lampiran III, santunan cacat";
  static final String JKK_TRANSPORT = "Pasal 25 dan Lampiran III, biaya transportasi";
  static final String JKK_HOME_CARE = "Pasal 25 dan Lampiran III, perawatan di rumah (homecare)";
  static final String SCHOLARSHIP = "Pasal 25 (JKK) dan Pasal 34 (JKM), beasiswa pendidikan anak";
  static final String PERMENAKER_5_2021 = "Permenaker 5/2021, manfaat peserta BPU";
  static final String ARREARS =
      "Permenaker 5/2021 dan Perdir BPJS 22/PERDIR.02/072022 §12: perlindungan mengikuti masa iur yang dibayar";
  static final String HEIRS = "PP 44/2015 Pasal 37(5), ahli waris";

  private Regulation() {}
}
