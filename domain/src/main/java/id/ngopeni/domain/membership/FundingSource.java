package id.ngopeni.domain.membership;

/**
 * Who pays a membership's monthly contributions. It lives next to {@link Program} because a
 * membership names both, and the tariff and budget packages depend on membership, never the
 * other way round.
 *
 * <p>The source matters for the price, not only for the bill: PP 50/2025 halves BPU JKK+JKM
 * contributions for a limited period, but not for participants paid through APBN/APBD (which
 * DBHCHT is). Tariffs
 * may therefore be specific to a source (see {@code tariff.Tariff#fundingSource()}).
 */
public enum FundingSource {
  /** Anggaran Pendapatan dan Belanja Daerah: the city budget. */
  APBD,
  /**
   * Dana Bagi Hasil Cukai Hasil Tembakau: the tobacco-excise revenue share (PMK 72/2024). It is
   * transfer revenue of the region and is spent through the APBD, so for PP 50/2025 a premium
   * paid from it is a premium paid through the APBD (see {@code tariff.ContributionRelief}).
   */
  DBHCHT,
  /** The worker pays for themself. */
  MANDIRI,
  /** An employer or a company's CSR programme pays. */
  PERUSAHAAN,
  /** A state-owned enterprise pays. */
  BUMN
}
