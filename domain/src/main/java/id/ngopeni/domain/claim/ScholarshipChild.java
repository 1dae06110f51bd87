package id.ngopeni.domain.claim;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child a scholarship may be paid for.
 *
 * @param name as the officer knows the child (not a NIK)
 * @param level where the child studies in the school year of the incident, or {@code null} when
 *     not yet at school: the scholarship then starts when the child enters school
 * @param yearInLevel 1-based year within {@code level} in that school year (ignored without one)
 * @param marriedOrWorkingOn the day the child married or started work, or {@code null}: no
 *     school year starting on or after it is paid
 */
public record ScholarshipChild(
    String name, LocalDate birthDate, ScholarshipLevel level, int yearInLevel, LocalDate marriedOrWorkingOn) {
  public ScholarshipChild {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(birthDate, "birthDate");
    if (level != null && (yearInLevel < 1 || yearInLevel > level.maxYears())) {
      throw new IllegalArgumentException("year in level must be 1.." + level.maxYears());
    }
  }
}
