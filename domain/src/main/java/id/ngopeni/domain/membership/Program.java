package id.ngopeni.domain.membership;

/** BPJS Ketenagakerjaan programmes a non-wage (BPU) participant can be enrolled in. */
public enum Program {
  /** Jaminan Kecelakaan Kerja: work accident. Required. */
  JKK,
  /** Jaminan Kematian: death. Required. */
  JKM,
  /** Jaminan Hari Tua: old-age savings. Optional. */
  JHT
}
