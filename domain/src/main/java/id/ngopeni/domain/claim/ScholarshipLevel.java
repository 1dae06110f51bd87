package id.ngopeni.domain.claim;

import id.ngopeni.domain.money.Rupiah;
import java.util.Arrays;

/**
 * Beasiswa per child per school year (PP 82/2019, amending PP 44/2015 Pasal 25 and 34), for at
 * most {@link #MAX_CHILDREN} children: TK and SD Rp1.500.000, SMP Rp2.000.000, SMA Rp3.000.000,
 * higher education or training Rp12.000.000.
 * It is paid year by year while the child studies (it ends when the child turns 23, marries or
 * works), so it is never part of a claim's cash total; the claim only flags it and {@link
 * ScholarshipPlan} schedules it year by year.
 */
public enum ScholarshipLevel {
  TK("Taman kanak-kanak", Rupiah.of(1_500_000), 2),
  SD("Sekolah dasar", Rupiah.of(1_500_000), 6),
  SMP("Sekolah menengah pertama", Rupiah.of(2_000_000), 3),
  SMA("Sekolah menengah atas", Rupiah.of(3_000_000), 3),
  S1_OR_TRAINING("Perguruan tinggi (S1) atau pelatihan", Rupiah.of(12_000_000), 5);

  public static final int MAX_CHILDREN = 2;

  private final String label;
  private final Rupiah perYear;
  private final int maxYears;

  ScholarshipLevel(String label, Rupiah perYear, int maxYears) {
    this.label = label;
    this.perYear = perYear;
    this.maxYears = maxYears;
  }

  public String label() {
    return label;
  }

  public Rupiah perYear() {
    return perYear;
  }

  public int maxYears() {
    return maxYears;
  }

  public Rupiah maxForLevel() {
    return perYear.times(maxYears);
  }

  /** The level after this one, or {@code null} after higher education. */
  public ScholarshipLevel next() {
    return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
  }

  /** The most one child can receive across all levels (Rp87.000.000). */
  public static Rupiah maxPerChild() {
    return Arrays.stream(values()).map(ScholarshipLevel::maxForLevel).reduce(Rupiah.ZERO, Rupiah::plus);
  }

  /** The most a claim can lead to in scholarships (Rp174.000.000, as DOMAIN.md states). */
  public static Rupiah maxPerClaim() {
    return maxPerChild().times(MAX_CHILDREN);
  }
}
