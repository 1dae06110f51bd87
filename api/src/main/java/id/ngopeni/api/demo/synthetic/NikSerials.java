package id.ngopeni.api.demo.synthetic;

import id.ngopeni.domain.worker.Sex;

/**
 * Hands out NIK serials the way Dukcapil does: 0001, 0002, … per kecamatan, birth date and sex.
 * That makes every generated NIK unique without remembering the NIKs themselves, so a million-row
 * stream needs only these counters (two bytes per kecamatan, day and sex).
 */
final class NikSerials {
  static final int MAX_SERIAL = 9999;

  private final int days;
  private final short[][] counters;

  NikSerials(int kecamatanCount, int days) {
    this.days = days;
    this.counters = new short[kecamatanCount][];
  }

  /** The next free serial, or 0 when all 9999 are taken (the caller picks another date). */
  int next(int kecamatan, int day, Sex sex) {
    if (counters[kecamatan] == null) {
      counters[kecamatan] = new short[days * 2]; // allocated on first use: most stay empty
    }
    int slot = day * 2 + sex.ordinal();
    int used = counters[kecamatan][slot];
    if (used >= MAX_SERIAL) {
      return 0;
    }
    counters[kecamatan][slot] = (short) (used + 1);
    return used + 1;
  }
}
