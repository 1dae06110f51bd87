package id.ngopeni.domain.claim;

/** Citations shown next to each entitlement line, so a reviewer can check the source. */
final class Regulation {
  static final String PP_82_2019_JKM = "PP 82/2019 (perubahan kedua PP 44/2015), manfaat JKM";
  static final String PP_82_2019_JKM_BPU_WAITING =
      "PP 82/2019, manfaat JKM peserta BPU; masa tunggu 3 bulan (belum dikonfirmasi)";
  static final String PP_82_2019_JKK = "PP 82/2019 (perubahan kedua PP 44/2015), manfaat JKK";
  static final String PP_82_2019_SCHOLARSHIP = "PP 82/2019, beasiswa pendidikan anak";

  private Regulation() {}
}
