package id.ngopeni.domain.claim;

/** Kinds of supporting document a claim can carry (codes from API.md). */
public enum DocumentKind {
  KTP_MEMBER("e-KTP dan kartu peserta"),
  KTP_HEIR("e-KTP ahli waris"),
  DEATH_CERTIFICATE("Akta kematian"),
  FAMILY_CARD("Kartu Keluarga"),
  HEIR_LETTER("Surat keterangan ahli waris"),
  MARRIAGE_BOOK("Buku nikah"),
  BANK_BOOK("Buku tabungan"),
  /** Never required for JKK/JKM (only for a JHT balance above Rp50 juta); kept for old uploads. */
  NPWP("NPWP"),
  ACCIDENT_FORM("Formulir kecelakaan kerja (3, 3a, 3b)"),
  INCIDENT_REPORT("Kronologi kejadian"),
  WITNESS_KTP("KTP dua orang saksi"),
  POLICE_REPORT("Laporan polisi"),
  MEDICAL_RECEIPTS("Kuitansi biaya pengobatan"),
  BPJS_RECEIPT("Tanda terima berkas BPJS"),
  BPJS_ANSWER("Surat jawaban atau bukti bayar BPJS");

  private final String label;

  DocumentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
